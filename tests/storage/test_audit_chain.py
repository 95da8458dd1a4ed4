"""The audit trail's hash chain: plain-SQL edits and deletions are found and named."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.domain.errors import StorageError
from kiosk.storage import migrate
from kiosk.storage.audit_chain import GENESIS, verify_chain
from kiosk.storage.db import make_engine, open_database, sqlite_url

ROOT = Path(__file__).resolve().parents[2]


def record_some(services, n: int = 6) -> None:
    for i in range(n):
        services.audit.record("export", staff_id=None, visit_id=i or None, detail=f"x{i}")


def tamper(path: Path, *statements: str) -> None:
    """What someone with the file and plain sqlite3 can do: drop the guard, then edit."""
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        raw.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        for statement in statements:
            raw.execute(statement)


def report(db):
    with db.engine.connect() as c:
        return verify_chain(c)


def test_a_whole_chain_verifies(services):
    record_some(services)
    result = report(services.db)
    assert result.ok and result.checked == 6
    with services.db.engine.connect() as c:
        first = c.execute(text("SELECT prev_hash FROM audit_event ORDER BY id LIMIT 1")).scalar()
    assert first == GENESIS


def test_an_edited_row_is_named(services, paths):
    record_some(services)
    tamper(paths.default_database, "UPDATE audit_event SET detail = 'nothing' WHERE id = 3")
    result = report(services.db)
    assert not result.ok and result.first_break.event_id == 3
    assert "changed" in str(result.first_break)


def test_a_deleted_row_is_named_by_the_one_after_it(services, paths):
    record_some(services)
    tamper(paths.default_database, "DELETE FROM audit_event WHERE id = 4")
    result = report(services.db)
    assert not result.ok and result.first_break.event_id == 5
    assert "deleted" in str(result.first_break)


def test_a_row_slipped_in_is_named(services, paths):
    record_some(services, 3)
    tamper(paths.default_database, "INSERT INTO audit_event (at, action) "
           "VALUES ('2026-01-05 09:00:00.000000', 'export')")
    result = report(services.db)
    assert not result.ok and result.first_break.event_id == 4


def test_the_app_connection_cannot_change_or_delete_events(services):
    record_some(services, 2)
    for statement in ("UPDATE audit_event SET detail = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(StorageError, match="audit events cannot be"), \
                services.db.unit() as s:
            s.execute(text(statement))
    assert report(services.db).ok


def test_concurrent_writers_keep_one_chain(services):
    import threading

    from kiosk.services.audit import AuditService

    barrier = threading.Barrier(8)

    def writer() -> None:
        audit = AuditService(services.db, services.clock)
        barrier.wait()
        for _ in range(5):
            audit.record("export")

    threads = [threading.Thread(target=writer) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result = report(services.db)
    assert result.ok and result.checked == 40


def test_migration_chains_the_events_already_stored(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade_if_needed(engine, backups=None, target="0002")
    stamp = datetime(2026, 3, 1, 9, 30, 15, 123456)
    with engine.begin() as c:
        c.execute(text("INSERT INTO visit (id, patient_label, bay, treatment, infusion_end,"
                       " language, status, created_at) VALUES (7, 'Sam P.', 'Bay 2',"
                       " 'esketamine', :t, 'en', 'recovering', :t)"), {"t": stamp})
        for action in ("staff_login", "visit_started", "export"):
            c.execute(text("INSERT INTO audit_event (at, action, visit_id, detail)"
                           " VALUES (:t, :a, 7, NULL)"), {"t": stamp, "a": action})
    engine.dispose()
    db = open_database(sqlite_url(path), backups=tmp_path / "bk")
    result = report(db)
    assert result.ok and result.checked == 3
    with db.unit() as s:  # purging the visit leaves its events (and hashes) alone
        s.execute(text("DELETE FROM visit WHERE id = 7"))
    assert report(db).ok
    db.close()


def test_check_option_prints_the_first_break_and_exits_2(services, paths, tmp_path):
    record_some(services)
    with sqlite3.connect(paths.default_database) as raw:  # --check wants a staff account
        raw.execute("INSERT INTO staff (name, role, pin_hash, failed_tries, lock_count, "
                    "active, created_at) VALUES ('Ada Admin', 'admin', 'x', 0, 0, 1, "
                    "'2026-12-01 00:00:00.000000')")
    url = sqlite_url(paths.default_database)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(tmp_path / "d")}
    command = [sys.executable, str(ROOT / "main.py"), "--db", url, "--check"]
    ok = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert ok.returncode == 0 and "audit chain" in ok.stdout, ok.stderr
    tamper(paths.default_database, "UPDATE audit_event SET staff_id = NULL, action = 'x' "
           "WHERE id = 2")
    broken = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert broken.returncode == 2
    assert "audit event 2" in broken.stderr and "Traceback" not in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1


def test_event_time_round_trips_through_the_hash(services):
    services.clock.current = datetime(2026, 7, 1, 23, 59, 59, 999999, tzinfo=UTC)
    record_some(services, 2)
    assert report(services.db).ok
