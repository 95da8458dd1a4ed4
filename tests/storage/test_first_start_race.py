"""Simultaneous first starts on one new encrypted SQLite file agree on one key.

Real processes, as a bay tablet and a nurse station on one shared file (or two
launches) would be, each with its own data folder and the same key store: a
shared ``[security] key_folder``, or the OS keyring (keyrings.alt's file keyring,
a real headless backend, as in test_key_keyring.py). Each process imports
everything first, then waits on one pipe; closing its write end releases them
all at once (a barrier, no sleeps). Each then makes the key and opens, creates
and migrates the file, and writes a visit in its own bay. Every one must end
with the key that is stored, and the file must hold every process's visit.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

import pytest

from kiosk.encryption import keyring_lock
from kiosk.storage import cipher
from kiosk.storage.create_lock import held

ROOT = Path(__file__).resolve().parents[2]
STARTS = 6
START = """
import os, sys
from kiosk.app import prepare
from kiosk.cli import parse_args
from kiosk.domain.records import Treatment
from kiosk.paths import AppPaths
from kiosk.storage import cipher

gate, bay = int(sys.argv[1]), sys.argv[2]
print("ready", flush=True)
assert os.read(gate, 1) == b""  # every start is ready: the test closed the pipe
services = prepare(parse_args(["--station", bay, *sys.argv[3:]]),
                   paths=AppPaths.default()).services
services.visits.start(patient_label="Pat " + bay[-1], bay=bay, treatment=Treatment.IV_KETAMINE)
print("key", cipher.key_of(services.db.engine).hex(), flush=True)
services.db.close()
"""


def first_starts(tmp_path: Path, config: Path, database: Path, env: dict[str, str],
                 meanwhile: Callable[[], None] | None = None) -> list[str]:
    """Start :data:`STARTS` processes together; the key each one used.

    ``meanwhile`` runs once they are released, before their results are read.
    """
    gate, release = os.pipe()
    starts = []
    try:
        for number in range(STARTS):
            own = {**env, "QT_QPA_PLATFORM": "offscreen",
                   "KIOSK_DATA_DIR": str(tmp_path / f"data-{number}")}
            own.pop("KIOSK_DATABASE_URL", None)
            own.pop("KIOSK_QUICK_START", None)
            starts.append(subprocess.Popen(
                [sys.executable, "-c", START, str(gate), f"Bay {chr(ord('A') + number)}",
                 "--db", f"sqlite:///{database}", "--config", str(config)],
                cwd=ROOT, env=own, pass_fds=(gate,), stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        for start in starts:
            assert start.stdout is not None
            assert start.stdout.readline() == "ready\n", start.communicate()[1]
    finally:
        os.close(gate)
        os.close(release)  # the barrier opens for all of them at once
    if meanwhile is not None:
        meanwhile()
    keys = []
    for start in starts:
        out, err = start.communicate(timeout=120)
        assert start.returncode == 0, err
        keys.append(out.split()[-1])
    return keys


def assert_one_key_opens_every_visit(database: Path, keys: list[str], stored: bytes) -> None:
    assert keys == [stored.hex()] * STARTS
    assert not cipher.is_plain(database)
    connection = cipher.connect_file(database, stored, read_only=True)
    try:
        bays = sorted(bay for (bay,) in connection.execute("SELECT bay FROM visit"))
    finally:
        connection.close()
    assert bays == [f"Bay {chr(ord('A') + number)}" for number in range(STARTS)]


def test_first_starts_sharing_a_key_folder_make_one_key_file(tmp_path):
    database = tmp_path / "shared" / "kiosk.sqlite3"
    keys_folder = tmp_path / "shared-keys"
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[security]\nkey_folder = "{keys_folder}"\n', encoding="utf-8")
    keys = first_starts(tmp_path, config, database, dict(os.environ))
    key_file = keys_folder / cipher.KEY_FILE_NAME
    stored = cipher.read_key_file(key_file)
    assert stored is not None and key_file.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in keys_folder.iterdir()) == [cipher.KEY_FILE_NAME,
                                                             cipher.KEY_FILE_NAME + ".lock"]
    assert_one_key_opens_every_visit(database, keys, stored)


def keyring_setup(tmp_path: Path) -> tuple[Path, Path, dict[str, str], object]:
    """The database, config, environment and keyring (keyrings.alt's file keyring)."""
    pytest.importorskip("keyring")
    pytest.importorskip("keyrings.alt")
    from keyrings.alt.file import PlaintextKeyring

    database = tmp_path / "shared" / "kiosk.sqlite3"
    config = tmp_path / "kiosk.toml"
    config.write_text('[security]\nkey_store = "keyring"\n', encoding="utf-8")
    xdg = tmp_path / "xdg"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "XDG_DATA_HOME": str(xdg)}
    keyring = PlaintextKeyring()
    keyring.file_path = str(xdg / "python_keyring" / "keyring_pass.cfg")
    return database, config, env, keyring


def test_first_starts_with_the_os_keyring_make_one_keyring_entry(tmp_path):
    database, config, env, keyring = keyring_setup(tmp_path)
    keys = first_starts(tmp_path, config, database, env)
    stored = keyring.get_password("RecoveryKiosk", str(database.resolve()))  # type: ignore[attr-defined]
    assert stored is not None
    assert not any((tmp_path / f"data-{n}" / "keys").exists() for n in range(STARTS))
    assert_one_key_opens_every_visit(database, keys, bytes.fromhex(stored))


def test_a_plain_read_takes_no_lock_and_a_crashed_write_leaves_no_key(tmp_path):
    key_file = tmp_path / "keys" / cipher.KEY_FILE_NAME
    key_file.parent.mkdir()
    left = key_file.with_name(f".{cipher.KEY_FILE_NAME}.new")
    left.write_text("12", encoding="ascii")  # a start that crashed while writing its key
    assert cipher.read_key_file(key_file) is None
    key = cipher.load_or_create_key(key_file)
    assert cipher.read_key_file(key_file) == key and not left.exists()
    cipher.key_lock(key_file).unlink()
    assert cipher.load_or_create_key(key_file) == key  # every later start, the quick restart
    assert not cipher.key_lock(key_file).exists()


# Released at once, the starts above rarely meet inside the few milliseconds
# between looking for a key and storing one (the code before the fix passed them
# on a quiet machine). Below, the test itself is the start that wins: it holds
# the creation lock until every process is waiting on it (the kernel's lock
# table, /proc/locks, lists them), stores its key, and lets go. Every process
# must then use that key: each looked again under the lock instead of keeping
# the key it would have made. Without the lock none would wait, and the wait
# below would time out.


def lock_waiters(lock: Path) -> int:
    """How many processes wait for the flock on ``lock`` (Linux's /proc/locks)."""
    inode = f":{lock.stat().st_ino} "
    with open("/proc/locks", encoding="ascii") as table:
        return sum(1 for line in table if "->" in line and "FLOCK" in line and inode in line)


needs_lock_table = pytest.mark.skipif(not Path("/proc/locks").is_file(),
                                      reason="needs Linux's /proc/locks")


def wins_the_race(qtbot, lock: Path, store: Callable[[], None]) -> Callable[[], None]:
    """Hold ``lock`` now; once every start waits on it, ``store`` the key and let go."""
    holding = ExitStack()
    holding.enter_context(held(lock))

    def meanwhile() -> None:
        with holding:
            qtbot.waitUntil(lambda: lock_waiters(lock) == STARTS, timeout=120_000)
            store()
    return meanwhile


@needs_lock_table
def test_starts_waiting_on_the_lock_take_the_key_file_made_meanwhile(tmp_path, qtbot):
    database = tmp_path / "shared" / "kiosk.sqlite3"
    keys_folder = tmp_path / "shared-keys"
    keys_folder.mkdir(mode=0o700)
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[security]\nkey_folder = "{keys_folder}"\n', encoding="utf-8")
    key_file = keys_folder / cipher.KEY_FILE_NAME
    made: list[bytes] = []
    keys = first_starts(tmp_path, config, database, dict(os.environ), wins_the_race(
        qtbot, cipher.key_lock(key_file), lambda: made.append(cipher.create_key_file(key_file))))
    assert cipher.read_key_file(key_file) == made[0]
    assert_one_key_opens_every_visit(database, keys, made[0])


@needs_lock_table
def test_starts_waiting_on_the_lock_take_the_keyring_entry_made_meanwhile(tmp_path, qtbot):
    database, config, env, keyring = keyring_setup(tmp_path)
    database.parent.mkdir()
    made = os.urandom(cipher.KEY_BYTES)
    name = str(database.resolve())
    keys = first_starts(tmp_path, config, database, env, wins_the_race(
        qtbot, keyring_lock(database),
        lambda: keyring.set_password("RecoveryKiosk", name, made.hex())))  # type: ignore[attr-defined]
    assert keyring.get_password("RecoveryKiosk", name) == made.hex()  # type: ignore[attr-defined]
    assert_one_key_opens_every_visit(database, keys, made)
