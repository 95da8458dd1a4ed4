"""Start-up faults give one line and exit 2; --check and --restore work on real files."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk import cli
from kiosk.storage import backups
from kiosk.storage.db import make_engine, open_database, sqlite_url
from tests.storage.old_database import counts, make_old_database
from tests.test_cli import ROOT, run_main


def _one_line(result) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    # Log lines (the quick restart's "shown while the app loads") may come first.
    lines = [line for line in result.stderr.strip().splitlines()
             if line.startswith("recovery-kiosk: ")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def _corrupt(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad" * 4096)


@pytest.fixture
def data_db(tmp_path) -> Path:
    path = tmp_path / "d" / "kiosk.sqlite3"
    path.parent.mkdir()
    make_old_database(path, visits=300)
    open_database(sqlite_url(path), backups=tmp_path / "d" / "backups").close()
    return path


def test_restart_on_a_corrupted_file_is_one_line_and_exit_2(data_db, tmp_path):
    _corrupt(data_db)
    line = _one_line(run_main("--station", "Bay 2", tmp_path=tmp_path))
    assert str(data_db) in line and "damaged" in line and "--restore" in line


def test_newer_schema_revision_is_one_line_and_exit_2(data_db, tmp_path):
    engine = make_engine(sqlite_url(data_db))
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    line = _one_line(run_main(tmp_path=tmp_path))
    assert "0999" in line and "newer than this app" in line


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_read_only_or_unopenable_data_folder_is_one_line(tmp_path, monkeypatch, capsys, code):
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    real_mkdir = Path.mkdir

    def refuse(self, *args, **kwargs):
        if self == tmp_path / "data":  # what the kernel says for that folder
            raise OSError(code, os.strerror(code), str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", refuse)
    assert cli.main(["--station", "Bay 1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(tmp_path / "data") in err[0]
    assert os.strerror(code) in err[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root traverses any folder")
def test_untraversable_data_folder_is_one_line(tmp_path):
    outer = tmp_path / "locked"
    (outer / "d").mkdir(parents=True)
    outer.chmod(0)
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(outer / "d")}
        result = subprocess.run([sys.executable, str(ROOT / "main.py")], env=env,
                                capture_output=True, text=True, timeout=60, check=False)
        assert str(outer / "d") in _one_line(result)
    finally:
        outer.chmod(0o700)


def test_check_says_ok_then_names_the_fault(data_db, tmp_path):
    ok = run_main("--check", tmp_path=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == (
        f"{data_db}: OK (integrity, revision, foreign keys, staff, audit chain)")
    _corrupt(data_db)
    line = _one_line(run_main("--check", tmp_path=tmp_path))
    assert line.startswith(f"recovery-kiosk: {data_db}: FAULT: integrity")


def test_restore_puts_back_a_checked_backup_and_keeps_the_replaced_file(data_db, tmp_path):
    (backup,) = backups.list_backups(data_db.parent / "backups")
    rows = counts(backup.path)
    _corrupt(data_db)
    result = run_main("--restore", str(backup.path), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"Restored {backup.path.name} (schema revision 0001)" in result.stdout
    assert counts(data_db) == rows
    assert list((data_db.parent / "backups").glob("kiosk-replaced-*.sqlite3"))
    assert run_main("--check", tmp_path=tmp_path).returncode == 2  # at 0001 until started
    open_database(sqlite_url(data_db), backups=data_db.parent / "backups").close()
    assert run_main("--check", tmp_path=tmp_path).returncode == 0


def test_restore_refuses_a_damaged_backup_and_leaves_the_database(data_db, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    shutil.copy(data_db, bad)
    _corrupt(bad)
    before = data_db.read_bytes()
    line = _one_line(run_main("--restore", str(bad), tmp_path=tmp_path))
    assert "not restored" in line
    assert data_db.read_bytes() == before


def test_emptied_database_on_a_set_up_device_offers_no_first_admin(data_db, tmp_path):
    from kiosk.services.setup_marker import marker_path

    # A first normal start finds the staff account and leaves the marker.
    result = run_main("--check", tmp_path=tmp_path)
    assert result.returncode == 0
    from kiosk.app import prepare
    from kiosk.cli import parse_args
    from kiosk.paths import AppPaths

    paths = AppPaths(root=ROOT, data_dir=data_db.parent)
    prepare(parse_args([]), paths=paths).services.db.close()
    assert marker_path(data_db.parent).exists()
    for suffix in ("", "-wal", "-shm"):  # the database lost: a fresh empty file next start
        Path(str(data_db) + suffix).unlink(missing_ok=True)
    line = _one_line(run_main("--station", "Bay 2", tmp_path=tmp_path))
    assert "has no staff account, but this device was set up" in line
    assert "--restore" in line


def test_first_start_without_a_marker_still_sets_up(tmp_path):
    from kiosk.app import prepare
    from kiosk.cli import parse_args
    from kiosk.paths import AppPaths
    from kiosk.services.setup_marker import marker_path

    paths = AppPaths(root=ROOT, data_dir=tmp_path / "fresh")
    prepared = prepare(parse_args([]), paths=paths)
    assert prepared.services.staff.needs_first_run()
    assert not marker_path(paths.data_dir).exists()
    prepared.services.db.close()
