"""The database key in the OS keyring (``[security] key_store = "keyring"``).

A real keyring backend that works headless: keyrings.alt's file keyring, chosen
the way a deployment chooses one (``PYTHON_KEYRING_BACKEND``; it keeps its file
under ``XDG_DATA_HOME``). Every start is a real process, as on a tablet: a first
start creates the key in the keyring and no key file; later starts, ``--check``
and the quick restart find it there; without it the start stops with one line.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.storage import cipher

pytest.importorskip("keyring")
pytest.importorskip("keyrings.alt")

ROOT = Path(__file__).resolve().parents[2]
BAY = "Bay 1"
LABEL = "Zelda Quintero-Marsh"
FIRST_START = f"""
import sys
from pathlib import Path
from kiosk.app import prepare
from kiosk.cli import parse_args
from kiosk.domain.records import Treatment
from kiosk.paths import AppPaths

services = prepare(parse_args(sys.argv[1:]), paths=AppPaths.default()).services
services.staff.create_first_admin("Ana Admin", "482916")
visit = services.visits.start(patient_label={LABEL!r}, bay={BAY!r},
                              treatment=Treatment.IV_KETAMINE)
checkin = services.checkins.start_now(visit.id)
services.checkins.record_answer(checkin.id, "overall-feeling", "uneasy")
services.db.close()
"""


class Device:
    """A data folder, a settings file choosing the keyring, and the keyring's file."""

    def __init__(self, tmp: Path) -> None:
        self.data = tmp / "data"
        self.config = tmp / "kiosk.toml"
        self.config.write_text('[security]\nkey_store = "keyring"\n', encoding="utf-8")
        self.xdg = tmp / "xdg"
        self.keyring_file = self.xdg / "python_keyring" / "keyring_pass.cfg"
        self.database = self.data / "kiosk.sqlite3"

    def env(self) -> dict[str, str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(self.data),
               "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
               "XDG_DATA_HOME": str(self.xdg), "KIOSK_PLUGIN": "bench.probe:BenchProbe",
               "KIOSK_BENCH_T0": repr(time.time())}
        env.pop("KIOSK_DATABASE_URL", None)
        env.pop("KIOSK_QUICK_START", None)
        return env

    def run(self, *args: str, script: str | None = None) -> subprocess.CompletedProcess[str]:
        head = ["-c", script, "--config", str(self.config)] if script else \
            [str(ROOT / "main.py"), "--config", str(self.config)]
        return subprocess.run([sys.executable, *head, *args], cwd=ROOT, env=self.env(),
                              capture_output=True, text=True, timeout=120, check=False)


def one_problem(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("recovery-kiosk: ")]
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.fixture
def device(tmp_path) -> Device:
    made = Device(tmp_path)
    first = made.run("--station", BAY, script=FIRST_START)
    assert first.returncode == 0, first.stderr
    return made


def test_a_first_start_keeps_the_key_in_the_keyring_not_in_a_file(device):
    assert not cipher.is_plain(device.database)
    assert LABEL.encode() not in device.database.read_bytes()
    assert not (device.data / "keys").exists()  # no key file anywhere in the data folder
    from keyrings.alt.file import PlaintextKeyring

    keyring = PlaintextKeyring()
    keyring.file_path = str(device.keyring_file)  # the file the app's processes used
    stored = keyring.get_password("RecoveryKiosk", str(device.database.resolve()))
    assert stored is not None and len(stored) == 2 * cipher.KEY_BYTES
    assert cipher.opens_with(device.database, bytes.fromhex(stored))


def test_later_starts_find_the_key_in_the_keyring(device):
    lock = device.database.parent / f".{device.database.name}.key-lock"
    lock.unlink()  # made by the first start, which created the key under it
    checked = device.run("--check")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip().endswith(": OK (integrity, revision, foreign keys, staff, "
                                           "audit chain)")
    # The quick restart reads the encrypted file with the keyring's key and paints.
    restart = device.run("--station", BAY)
    assert restart.returncode == 0, restart.stderr
    assert "quick restart: the patient's checkin screen is shown" in restart.stderr
    assert [line.split()[-1] for line in restart.stdout.splitlines()
            if line.startswith("ready ")] == ["CheckinPage"]
    assert not lock.exists()  # reading a stored key takes no lock


def test_a_keyring_that_keeps_nothing_stops_the_first_start_in_one_line(tmp_path):
    made = Device(tmp_path)
    env = made.env
    made.env = lambda: {**env(), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    line = one_problem(made.run("--station", BAY))
    assert "did not keep the new database key" in line and str(made.database) in line
    assert not made.database.exists()


def test_without_the_keyring_entry_the_start_stops_in_one_line(device):
    device.keyring_file.unlink()  # the keyring lost (another user, a wiped profile)
    for args in (("--check",), ("--station", BAY)):
        line = one_problem(device.run(*args))
        assert str(device.database) in line and "OS keyring" in line
    assert not (device.data / "keys").exists()  # and no new key was made to replace it
