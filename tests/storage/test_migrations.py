from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from kiosk.domain.records import Treatment
from kiosk.storage import migrate
from kiosk.storage.db import BUSY_TIMEOUT_MS, make_engine, open_database, sqlite_url
from kiosk.storage.models import Base

VERSIONS = Path(migrate.__file__).parent / "migrations" / "versions"


def test_head_constant_matches_newest_migration_file():
    revisions, parents = set(), set()
    for path in VERSIONS.glob("*.py"):
        body = path.read_text()
        revisions.add(re.search(r'^revision = "(\w+)"', body, re.M).group(1))
        down = re.search(r'^down_revision = "(\w+)"', body, re.M)
        if down:
            parents.add(down.group(1))
    assert revisions - parents == {migrate.HEAD_REVISION}


def test_empty_database_migrates_to_head_with_every_table(tmp_path):
    db = open_database(sqlite_url(tmp_path / "k.sqlite3"), backups=tmp_path / "bk")
    with db.engine.connect() as c:
        assert migrate.current_revision(c) == migrate.HEAD_REVISION
        tables = set(inspect(c).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert not (tmp_path / "bk").exists(), "nothing to back up on a new database"
    db.close()


def test_migrated_schema_matches_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(sqlite_url(tmp_path / "k.sqlite3"))
    with db.engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
    assert diff == []
    db.close()


def test_previous_revision_with_rows_upgrades_intact_after_backup(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade_if_needed(engine, backups=None, target="0001")
    stamp = datetime(2026, 3, 1, 9, 30)
    with engine.begin() as c:
        c.execute(text("INSERT INTO staff (id, name, role, pin_hash, failed_tries, lock_count,"
                       " active, created_at) VALUES (1, 'Ana', 'nurse', 'x', 0, 0, 1, :t)"),
                  {"t": stamp})
        c.execute(text("INSERT INTO visit (id, patient_label, bay, treatment, infusion_end,"
                       " language, status, created_at) VALUES (7, 'Sam P.', 'Bay 2',"
                       " 'esketamine', :t, 'en', 'recovering', :t)"), {"t": stamp})
        c.execute(text("INSERT INTO checkin (id, visit_id, questionnaire_url,"
                       " questionnaire_version, kind, status, due_at, entered_by)"
                       " VALUES (3, 7, 'u', '1', 'checkin', 'started', :t, 'patient')"),
                  {"t": stamp})
        c.execute(text("INSERT INTO answer (checkin_id, link_id, value_type, value_json,"
                       " answered_at) VALUES (3, 'nausea', 'integer', '5', :t)"), {"t": stamp})
    engine.dispose()

    db = open_database(sqlite_url(path), backups=tmp_path / "backups")
    with db.engine.connect() as c:
        assert migrate.current_revision(c) == migrate.HEAD_REVISION
        visit = c.execute(text("SELECT patient_label, escort_confirmed FROM visit")).one()
        answer = c.execute(text("SELECT link_id, value_json FROM answer")).one()
        assert c.execute(text("SELECT name FROM staff")).scalar() == "Ana"
    assert tuple(visit) == ("Sam P.", 0)
    assert tuple(answer) == ("nausea", "5")
    backups = list((tmp_path / "backups").glob("old-r0001-*.sqlite3"))
    assert len(backups) == 1
    assert backups[0].stat().st_mode & 0o077 == 0
    old = make_engine(sqlite_url(backups[0]))
    with old.connect() as c:
        assert migrate.current_revision(c) == "0001"
        assert c.execute(text("SELECT count(*) FROM answer")).scalar() == 1
    old.dispose()
    db.close()


def test_second_open_at_head_runs_no_migration(tmp_path):
    url = sqlite_url(tmp_path / "k.sqlite3")
    open_database(url).close()
    engine = make_engine(url)
    assert migrate.upgrade_if_needed(engine, backups=tmp_path) is False
    engine.dispose()


def test_sqlite_pragmas_on_every_connection(db):
    with db.engine.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert c.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS


def test_database_file_is_owner_only(db, paths):
    assert paths.default_database.stat().st_mode & 0o077 == 0


def test_foreign_keys_are_enforced(db):
    from kiosk.domain.errors import StorageError

    with pytest.raises(StorageError, match="FOREIGN KEY"), db.unit() as s:
        s.execute(text("INSERT INTO checkin (visit_id, questionnaire_url,"
                       " questionnaire_version, kind, status, due_at, entered_by)"
                       " VALUES (999, 'u', '1', 'checkin', 'due', :t, 'patient')"),
                  {"t": datetime(2026, 1, 1)})


def test_utc_datetimes_round_trip_aware(db, services, clock):
    visit = services.visits.start(patient_label="Ada L.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    again = services.visits.get(visit.id)
    assert again.infusion_end == clock.now()
    assert again.infusion_end.tzinfo is UTC


def test_unreachable_database_names_it(tmp_path):
    from kiosk.domain.errors import StorageError

    blocker = tmp_path / "blocked"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(StorageError, match="blocked"):
        open_database(sqlite_url(blocker / "k.sqlite3"))
