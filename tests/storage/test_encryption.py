"""Encryption at rest: the file, its WAL and backups hold no readable health data."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.app import prepare
from kiosk.cli import Options
from kiosk.config import Settings
from kiosk.domain.records import Treatment
from kiosk.encryption import key_file
from kiosk.inputs import StartupError
from kiosk.services.container import build_services
from kiosk.storage import cipher, migrate
from kiosk.storage.cipher_convert import row_counts
from kiosk.storage.db import make_engine, open_database, sqlite_url
from kiosk.storage.peek import peek_bay

ROOT = Path(__file__).resolve().parents[2]
LABEL, JOURNAL = "Zelda Quintero-Marsh", "my private words about the ketamine dream"
BAY = "Bay 4"


def start(paths, clock):
    return prepare(Options(None, None, True, False, BAY), paths=paths, clock=clock).services


def fill(services) -> int:
    services.staff.create_first_admin("Ana Admin", "482916")
    visit = services.visits.start(patient_label=LABEL, bay=BAY, treatment=Treatment.IV_KETAMINE)
    services.journal.save(visit.id, JOURNAL, shared=False)
    checkin = services.checkins.start_now(visit.id)
    services.checkins.record_answer(checkin.id, "nausea", 3)
    return visit.id


def file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_a_new_database_is_encrypted_with_an_owner_only_key_file(paths, clock):
    services = start(paths, clock)
    fill(services)
    services.db.close()
    data = file_bytes(paths.default_database)
    for secret in (LABEL, JOURNAL, "Ana Admin"):
        assert secret.encode() not in data
    assert not cipher.is_plain(paths.default_database)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(paths.default_database).execute("SELECT * FROM visit").fetchall()
    keyfile = key_file(Settings(), paths)
    assert keyfile.stat().st_mode & 0o777 == 0o600
    assert keyfile.parent.stat().st_mode & 0o777 == 0o700
    again = start(paths, clock)  # the next start finds the key
    assert again.visits.active_for_bay(BAY).patient_label == LABEL
    again.db.close()


def test_the_quick_restart_reads_the_encrypted_file(paths, clock):
    services = start(paths, clock)
    visit_id = fill(services)
    services.db.close()
    key = cipher.read_key_file(key_file(Settings(), paths))
    peek = peek_bay(paths.default_database, BAY, key)
    assert peek is not None and peek.visit_id == visit_id and peek.answers == {"nausea": 3}
    assert peek_bay(paths.default_database, BAY) is None  # without the key: normal start


def test_opening_without_the_key_is_one_line_and_exit_2(paths, clock, tmp_path):
    services = start(paths, clock)
    fill(services)
    services.db.close()
    key_file(Settings(), paths).unlink()
    with pytest.raises(StartupError, match="encrypted and its key was not found"):
        start(paths, clock)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(paths.data_dir)}
    env.pop("KIOSK_DATABASE_URL", None)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--station", BAY],
                            env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "key was not found" in lines[0] and "Traceback" not in lines[0]


def test_a_wrong_key_is_refused_in_one_line(paths, clock):
    start(paths, clock).db.close()
    keyfile = key_file(Settings(), paths)
    keyfile.write_text("ab" * 32)
    with pytest.raises(StartupError, match="does not open it"):
        start(paths, clock)


def test_a_plain_database_is_converted_once_keeping_every_row(services, paths, clock):
    fill(services)
    for n in range(30):
        services.audit.record("export", detail=f"n{n}")
    services.db.close()
    before = row_counts(paths.default_database, None)
    assert cipher.is_plain(paths.default_database)
    converted = start(paths, clock)
    converted.db.close()
    key = cipher.read_key_file(key_file(Settings(), paths))
    assert not cipher.is_plain(paths.default_database)
    assert row_counts(paths.default_database, key) == before
    assert LABEL.encode() not in file_bytes(paths.default_database)
    backups = list(paths.backups.glob("*before-encryption*"))
    assert len(backups) == 1 and not cipher.is_plain(backups[0])
    assert row_counts(backups[0], key) == before
    assert backups[0].stat().st_mode & 0o077 == 0
    reopened = start(paths, clock)  # the second start converts nothing more
    assert len(list(paths.backups.glob("*before-encryption*"))) == 1
    with reopened.db.engine.connect() as c:
        from kiosk.storage.audit_chain import verify_chain

        assert verify_chain(c).ok
    reopened.db.close()


def test_encryption_off_keeps_a_plain_file_plain(services, paths, clock, tmp_path):
    services.db.close()
    config = tmp_path / "clinic.toml"
    config.write_text("[security]\nencrypt_database = false\n")
    kept = prepare(Options(None, config, True, False, BAY), paths=paths, clock=clock).services
    kept.db.close()
    assert cipher.is_plain(paths.default_database)


def test_a_migration_backup_of_an_encrypted_database_is_encrypted(tmp_path, questionnaires,
                                                                    clock, paths):
    key = os.urandom(32)
    path = tmp_path / "k.sqlite3"
    engine = make_engine(sqlite_url(path), key=key)
    migrate.upgrade_if_needed(engine, backups=None, target="0002")
    with engine.begin() as c:
        c.execute(text("INSERT INTO visit (id, patient_label, bay, treatment, infusion_end,"
                       " language, status, created_at) VALUES (1, :l, 'Bay 1', 'esketamine',"
                       " '2026-01-05 09:00:00', 'en', 'recovering', '2026-01-05 09:00:00')"),
                  {"l": LABEL})
    engine.dispose()
    db = open_database(sqlite_url(path), backups=tmp_path / "bk", key=key)
    services = build_services(settings=Settings(), clock=clock, paths=paths, db=db,
                              questionnaires=questionnaires)
    assert services.visits.get(1).patient_label == LABEL
    db.close()
    (backup,) = (tmp_path / "bk").glob("k-r0002-*.sqlite3")
    assert not cipher.is_plain(backup) and LABEL.encode() not in backup.read_bytes()
    assert row_counts(backup, key)["visit"] == 1
