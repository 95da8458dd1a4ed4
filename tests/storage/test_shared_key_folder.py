"""A bay tablet and a station on one encrypted SQLite file, each with its own data folder.

The key is looked for in ``[security] key_folder`` or else in the process's own
data folder (kiosk/encryption.py), not next to the database: two processes with
different data folders share the key only through the same ``key_folder``
(docs/deployment.md, "One encrypted SQLite file, two processes"). Real processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.storage import cipher

ROOT = Path(__file__).resolve().parents[2]
FIRST_START = """
import sys
from kiosk.app import prepare
from kiosk.cli import parse_args
from kiosk.paths import AppPaths

services = prepare(parse_args(sys.argv[1:]), paths=AppPaths.default()).services
services.staff.create_first_admin("Ana Admin", "482916")
services.db.close()
"""


def run(data: Path, *args: str, script: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(data)}
    env.pop("KIOSK_DATABASE_URL", None)
    head = ["-c", script] if script else [str(ROOT / "main.py")]
    return subprocess.run([sys.executable, *head, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def settings_with_key_folder(path: Path, folder: Path) -> Path:
    path.write_text(f'[security]\nkey_folder = "{folder}"\n', encoding="utf-8")
    return path


def test_the_same_key_folder_lets_both_processes_open_the_file(tmp_path):
    database = tmp_path / "shared" / "kiosk.sqlite3"
    database.parent.mkdir(mode=0o700)
    keys = tmp_path / "shared-keys"
    url = f"sqlite:///{database}"
    station = settings_with_key_folder(tmp_path / "station.toml", keys)
    tablet = settings_with_key_folder(tmp_path / "tablet.toml", keys)
    first = run(tmp_path / "station-data", "--db", url, "--config", str(station),
                "--station", "nurse", script=FIRST_START)
    assert first.returncode == 0, first.stderr
    assert not cipher.is_plain(database)
    key = keys / cipher.KEY_FILE_NAME
    assert key.stat().st_mode & 0o777 == 0o600 and keys.stat().st_mode & 0o777 == 0o700
    assert not (tmp_path / "station-data" / "keys").exists()
    checked = run(tmp_path / "tablet-data", "--db", url, "--config", str(tablet), "--check")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == (
        f"{database}: OK (integrity, revision, foreign keys, staff, audit chain)")


def test_without_it_the_second_process_names_where_it_looked(tmp_path):
    database = tmp_path / "shared" / "kiosk.sqlite3"
    database.parent.mkdir(mode=0o700)
    url = f"sqlite:///{database}"
    first = run(tmp_path / "station-data", "--db", url, "--station", "nurse",
                script=FIRST_START)
    assert first.returncode == 0, first.stderr
    refused = run(tmp_path / "tablet-data", "--db", url, "--check")
    assert refused.returncode == 2, refused.stderr
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in refused.stderr
    assert "key was not found" in lines[0]
    assert str(tmp_path / "tablet-data" / "keys" / cipher.KEY_FILE_NAME) in lines[0]
    assert "key_folder" in lines[0]
