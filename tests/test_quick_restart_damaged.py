"""A restart on a damaged file: one line and exit 2, and the patient's page is never painted.

The quick restart (kiosk/quick_start.py) paints the patient's page before the
full start checks the file. Here the damage sits in a page the quick restart's
own queries never read (the audit trail's), so only its ``quick_check``
(kiosk/storage/peek.py) can see it. Real files, encrypted and plain; a real
``python main.py`` with the benchmark probe (bench/probe.py), which prints
``ready`` once a page has painted.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.app import prepare
from kiosk.config import load_settings
from kiosk.domain.records import Treatment
from kiosk.encryption import key_file
from kiosk.inputs import Options
from kiosk.paths import AppPaths
from kiosk.quick_start import quick_plan
from kiosk.storage import cipher
from kiosk.storage.peek import _read

ROOT = Path(__file__).resolve().parent.parent
BAY = "Bay 1"
APP_LOG = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (INFO|WARNING) kiosk\.")


def _options(config: Path | None) -> Options:
    return Options(db_url=None, config=config, windowed=False, demo=False, station=BAY)


def _bay_mid_checkin(data: Path, config: Path | None) -> AppPaths:
    """A set-up clinic whose bay tablet crashed during a check-in."""
    paths = AppPaths(root=ROOT, data_dir=data)
    services = prepare(_options(config), paths=paths).services
    services.staff.create_first_admin("Ana Admin", "482916")
    visit = services.visits.start(patient_label="Maya R.", bay=BAY,
                                  treatment=Treatment.IV_KETAMINE)
    checkin = services.checkins.start_now(visit.id)
    services.checkins.record_answer(checkin.id, "overall-feeling", "uneasy")
    services.db.close()  # checkpoints: every page is in the main file
    assert not Path(f"{paths.default_database}-wal").exists()
    return paths


def _key(paths: AppPaths, config: Path | None) -> bytes | None:
    return cipher.read_key_file(key_file(load_settings(config), paths))


def _damage_audit_page(path: Path, key: bytes | None) -> None:
    """Overwrite the audit trail's root page, which the quick restart does not read."""
    connection = cipher.connect_file(path, key)
    try:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'audit_event'").fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    size = int(page_size)  # SQLCipher gives it as text
    with path.open("r+b") as handle:
        handle.seek((int(root) - 1) * size)
        handle.write(b"\xde\xad" * (size // 2))


def _start(paths: AppPaths, config: Path | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(paths.data_dir),
           "KIOSK_PLUGIN": "bench.probe:BenchProbe", "KIOSK_BENCH_T0": repr(time.time())}
    env.pop("KIOSK_DATABASE_URL", None)
    env.pop("KIOSK_QUICK_START", None)
    argv = [sys.executable, str(ROOT / "main.py"), "--station", BAY]
    if config is not None:
        argv += ["--config", str(config)]
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.fixture(params=["encrypted", "plain"])
def config(request, tmp_path) -> Path | None:
    if request.param == "encrypted":
        return None  # the default
    path = tmp_path / "plain.toml"
    path.write_text("[security]\nencrypt_database = false\n", encoding="utf-8")
    return path


def test_sound_file_paints_the_patients_page(tmp_path):
    """The control: the same start on an undamaged file takes the quick path and paints."""
    paths = _bay_mid_checkin(tmp_path / "data", None)
    done = _start(paths, None)
    assert done.returncode == 0, done.stderr
    assert "quick restart: the patient's checkin screen is shown" in done.stderr
    assert [line.split()[-1] for line in done.stdout.splitlines()
            if line.startswith("ready ")] == ["CheckinPage"]


def test_damaged_file_is_one_line_and_exit_2_before_any_paint(tmp_path, config):
    paths = _bay_mid_checkin(tmp_path / "data", config)
    database = paths.default_database
    key = _key(paths, config)
    assert (key is None) == (config is not None)
    assert quick_plan(_options(config), paths) is not None  # a quick restart, undamaged
    _damage_audit_page(database, key)
    # The quick restart's own queries still read the damaged file without a fault...
    connection = cipher.connect_file(database, key, read_only=True)
    try:
        assert _read(connection, BAY) is not None
    finally:
        connection.close()
    # ...but it no longer vouches for it.
    assert quick_plan(_options(config), paths) is None

    done = _start(paths, config)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    problems = [line for line in lines if line.startswith("recovery-kiosk: ")]
    assert len(problems) == 1, done.stderr
    # Beside it only the app's own log lines (no SQLCipher "hmac check failed" lines).
    assert all(APP_LOG.match(line) for line in lines if line not in problems), done.stderr
    assert str(database) in problems[0] and "damaged" in problems[0]
    assert "--restore" in problems[0]
    assert not [line for line in done.stdout.splitlines() if line.startswith("ready ")]


def test_restore_replaces_an_encrypted_file_too_damaged_to_open(tmp_path):
    """Page 1 damaged: the key no longer opens the file, yet --restore puts a backup back."""
    paths = _bay_mid_checkin(tmp_path / "data", None)
    database = paths.default_database
    backup = tmp_path / "kept.sqlite3"
    backup.write_bytes(database.read_bytes())
    with database.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\xde\xad" * 512)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(paths.data_dir)}
    env.pop("KIOSK_DATABASE_URL", None)

    def main(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120, check=False)

    checked = main("--check")
    assert checked.returncode == 2
    assert checked.stderr.splitlines() == [
        f"recovery-kiosk: Database {database}: the key in {paths.data_dir / 'keys' / 'kiosk.key'}"
        " does not open it (a wrong key, or the file is damaged)"]
    restored = main("--restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"Restored {backup.name}")
    again = main("--check")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == (
        f"{database}: OK (integrity, revision, foreign keys, staff, audit chain)")
