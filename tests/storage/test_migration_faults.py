"""Migrations that cannot brick a tablet: kills mid-migration, failures, newer schemas."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.domain.errors import StorageError
from kiosk.storage import backups, migrate
from kiosk.storage.db import make_engine, open_database, sqlite_url
from tests.storage.old_database import PREVIOUS, counts, make_old_database

ROOT = Path(__file__).resolve().parents[2]
CHILD = ("import sys\nfrom pathlib import Path\n"
         "from kiosk.storage.db import open_database, sqlite_url\n"
         "print('go', flush=True)\n"
         "open_database(sqlite_url(Path(sys.argv[1])), backups=Path(sys.argv[2])).close()\n"
         "print('done', flush=True)\n")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("old") / "kiosk.sqlite3"
    return path, make_old_database(path, visits=1500)


def _start_child(db: Path, folder: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(folder)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env, cwd=ROOT)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "go"  # imports done; the migration starts
    return child


def _assert_at_head_with_all_rows(db: Path, folder: Path, rows: dict[str, int]) -> None:
    opened = open_database(sqlite_url(db), backups=folder)
    with opened.engine.connect() as c:
        assert migrate.current_revision(c) == migrate.HEAD_REVISION
    opened.close()
    assert counts(db) == rows
    assert backups.quick_check(db) is None


def _kill_at_random_points(pristine, tmp_path: Path, trials: int) -> None:
    source, rows = pristine
    timing = tmp_path / "timing.sqlite3"
    shutil.copy(source, timing)
    child = _start_child(timing, tmp_path / "timing-bk")
    began = time.monotonic()
    _, errors = child.communicate(timeout=120)
    assert child.returncode == 0, errors
    span = time.monotonic() - began
    rng = random.Random(11)
    killed = 0
    for trial in range(trials):
        db, folder = tmp_path / f"t{trial}.sqlite3", tmp_path / f"bk{trial}"
        shutil.copy(source, db)
        child = _start_child(db, folder)
        try:  # the kill point: a random moment of the measured migration
            child.wait(timeout=rng.uniform(0, span))
        except subprocess.TimeoutExpired:
            child.kill()
            killed += 1
        child.communicate(timeout=30)
        _assert_at_head_with_all_rows(db, folder, rows)
        for kept in backups.list_backups(folder):
            assert kept.revision == PREVIOUS
            assert backups.quick_check(kept.path) is None
            assert counts(kept.path) == rows
        assert not list(folder.glob("*.partial")), "a half copy was left with no cleanup"
    assert killed >= trials // 3, f"only {killed} of {trials} kills landed mid-start"


def test_kill_during_migration_never_bricks(pristine, tmp_path):
    _kill_at_random_points(pristine, tmp_path, trials=6)


@pytest.mark.slow(thorough=True)
def test_kill_during_migration_never_bricks_many(pristine, tmp_path):
    _kill_at_random_points(pristine, tmp_path, trials=40)


def test_upgrade_is_one_transaction(pristine, tmp_path, monkeypatch):
    """A failure after the batch rebuild leaves the file exactly at the old revision."""
    source, rows = pristine
    db = tmp_path / "k.sqlite3"
    shutil.copy(source, db)
    real = migrate.run_alembic

    def fail_at_the_end(engine, target):
        from alembic import command

        def stamped(*args, **kwargs):
            raise RuntimeError("power cut after the last statement")
        monkeypatch.setattr(command, "upgrade", _then(command.upgrade, stamped))
        real(engine, target)

    monkeypatch.setattr(migrate, "run_alembic", fail_at_the_end)
    with pytest.raises(migrate.MigrationError, match="unchanged at revision 0001"):
        open_database(sqlite_url(db), backups=tmp_path / "bk")
    assert backups.stored_revision(db) == PREVIOUS
    engine = make_engine(sqlite_url(db))
    with engine.connect() as c:
        tables = {r[0] for r in c.execute(text("SELECT name FROM sqlite_master"))}
    engine.dispose()
    assert "setting_value" not in tables, "DDL of the failed upgrade was committed"
    assert counts(db) == rows
    monkeypatch.undo()
    _assert_at_head_with_all_rows(db, tmp_path / "bk", rows)


def _then(first, second):
    def both(*args, **kwargs):
        first(*args, **kwargs)
        second(*args, **kwargs)
    return both


def test_failure_that_changed_the_file_restores_the_backup_and_says_so(pristine, tmp_path,
                                                                        monkeypatch):
    source, rows = pristine
    db = tmp_path / "k.sqlite3"
    shutil.copy(source, db)

    def damage(engine, target):
        with engine.begin() as c:  # committed on its own, as the old code's DDL was
            c.execute(text("CREATE TABLE setting_value (x INTEGER)"))
            c.execute(text("DELETE FROM answer"))
        raise RuntimeError("table setting_value already exists")

    monkeypatch.setattr(migrate, "run_alembic", damage)
    with pytest.raises(migrate.MigrationError, match=r"backup k-r0001-\d+T\d+\.sqlite3 "
                                                    "taken before it was restored"):
        open_database(sqlite_url(db), backups=tmp_path / "bk")
    assert counts(db) == rows
    assert backups.stored_revision(db) == PREVIOUS


def test_failed_starts_do_not_push_good_backups_out(pristine, tmp_path, monkeypatch):
    source, rows = pristine
    db = tmp_path / "k.sqlite3"
    shutil.copy(source, db)

    def refuse(engine, target):
        raise RuntimeError("no space left on device")

    monkeypatch.setattr(migrate, "run_alembic", refuse)
    for _ in range(backups.KEEP + 3):
        with pytest.raises(migrate.MigrationError, match="unchanged"):
            open_database(sqlite_url(db), backups=tmp_path / "bk")
    kept = backups.list_backups(tmp_path / "bk")
    assert len(kept) == 1 and counts(kept[0].path) == rows


def test_damaged_file_is_not_backed_up_or_migrated(pristine, tmp_path):
    source, _ = pristine
    db = tmp_path / "k.sqlite3"
    shutil.copy(source, db)
    _corrupt_middle(db)
    with pytest.raises(StorageError, match="is damaged") as raised:
        open_database(sqlite_url(db), backups=tmp_path / "bk")
    assert "\n" not in str(raised.value)
    assert not backups.list_backups(tmp_path / "bk")


def _corrupt_middle(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(8192))


def test_newer_schema_is_one_line(tmp_path):
    url = sqlite_url(tmp_path / "k.sqlite3")
    open_database(url).close()
    engine = make_engine(url)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    with pytest.raises(migrate.MigrationError, match="revision 0999, newer than this app"):
        open_database(url, backups=tmp_path / "bk")


def test_backups_named_by_revision_and_time_and_pruned(pristine, tmp_path):
    from datetime import UTC, datetime, timedelta

    source, _ = pristine
    folder = tmp_path / "bk"
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    made = [backups.take(source, folder, PREVIOUS, now=start + timedelta(minutes=m))
            for m in range(backups.KEEP + 2)]
    assert made[0].name == "kiosk-r0001-20260301T090000000000.sqlite3"
    kept = backups.list_backups(folder, "kiosk")
    assert [b.path for b in kept] == made[::-1][:backups.KEEP]
    assert all(b.path.stat().st_mode & 0o077 == 0 for b in kept)
