"""Encryption at rest for the SQLite file: SQLCipher keys, key files, the one-time conversion.

The database file, its WAL, every backup and the quick-restart read use
SQLCipher (the ``sqlcipher3`` package: SQLite with AES-256 pages) with a raw
256-bit key, so opening a connection costs no key derivation. The key lives in
a key file readable by the owner only (``kiosk.key``, 64 hex digits) in a
folder the ``[security] key_folder`` setting can move off the data disk, or in
the OS keyring (:mod:`kiosk.encryption` decides which).

Only the standard library is needed here, and ``sqlcipher3`` is imported on
first use: the quick restart reads the file with it before SQLAlchemy loads.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

KEY_BYTES = 32
KEY_FILE_NAME = "kiosk.key"
SQLITE_HEADER = b"SQLite format 3\x00"

_engine_keys: WeakKeyDictionary[Any, bytes] = WeakKeyDictionary()


class KeyError_(Exception):
    """A key file is missing, unreadable or malformed; the message is one line."""


_quiet: list[bool] = []


def dbapi() -> Any:
    """The ``sqlcipher3`` DB-API module (imported on first use).

    SQLCipher's own log is turned off for the process (``cipher_log_level`` is
    global): it would print "hmac check failed for pgno=..." lines on stderr
    beside the app's one line about a damaged file or a wrong key.
    """
    import sqlcipher3.dbapi2

    if not _quiet:
        connection = sqlcipher3.dbapi2.connect(":memory:")
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.close()
        _quiet.append(True)
    return sqlcipher3.dbapi2


def errors() -> tuple[type[BaseException], ...]:
    """The database errors of both drivers (``sqlcipher3``'s are not ``sqlite3``'s)."""
    import sqlite3

    return (sqlite3.Error, dbapi().Error)


def key_pragma(key: bytes) -> str:
    """The ``PRAGMA key`` statement for a raw key (no passphrase derivation)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(dbapi_connection: Any, key: bytes) -> None:
    """Key a fresh connection; must be its first statement."""
    cursor = dbapi_connection.cursor()
    cursor.execute(key_pragma(key))
    cursor.close()


def remember(engine: Any, key: bytes) -> None:
    """Note which key an engine uses (backups of its file need the same)."""
    _engine_keys[engine] = key


def key_of(engine: Any) -> bytes | None:
    """The key an engine was made with, or None for a plain file."""
    return _engine_keys.get(engine)


def connect_file(path: Path | str, key: bytes | None, *, read_only: bool = False,
                 timeout: float = 5.0) -> Any:
    """A DB-API connection to a SQLite file: SQLCipher with ``key``, plain ``sqlite3`` without.

    Raises:
        sqlite3.Error or sqlcipher3.Error: the file cannot be opened.
    """
    from urllib.parse import quote

    target = f"file:{quote(str(path))}?mode=ro" if read_only else str(path)
    if key is not None:
        module = dbapi()
    else:  # a plain file only: an encrypted one's restart never loads this driver
        import sqlite3 as module
    connection = module.connect(target, uri=read_only, timeout=timeout)
    if key is not None:
        apply_key(connection, key)
    return connection


def is_plain(path: Path) -> bool:
    """True when ``path`` is an unencrypted SQLite file (its header is readable)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_empty(path: Path) -> bool:
    """True when there is no database yet (no file, or an empty one)."""
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return True


# -- key files -------------------------------------------------------------------
def read_key_file(path: Path) -> bytes | None:
    """The key in ``path``, or None if the file does not exist.

    Raises:
        KeyError_: the file cannot be read or does not hold a key.
    """
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyError_(f"{path}: cannot read the database key ({exc})") from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyError_(f"{path}: not a database key ({KEY_BYTES * 2} hex digits expected)")
    return key


def key_lock(path: Path) -> Path:
    """The lock file that serialises creating the key file ``path`` (beside it)."""
    return path.with_name(path.name + ".lock")


def create_key_file(path: Path) -> bytes:
    """Write a fresh random key to ``path`` (owner-only); return it.

    The caller holds :func:`key_lock` and has seen no key file. The key is written
    whole to a temporary file, flushed to disk and then renamed into place, so a
    reader never sees a part-written key, and a crash leaves no empty key file.
    """
    import secrets  # (hashlib, hmac: not on the quick restart's path)

    key = secrets.token_bytes(KEY_BYTES)
    temporary = path.with_name(f".{path.name}.new")
    temporary.unlink(missing_ok=True)  # left by a start that crashed while writing
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key.hex() + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _sync_folder(path.parent)  # the rename too: the database is created with this key
    return key


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def load_or_create_key(path: Path) -> bytes:
    """The key in ``path``, creating it first if there is none.

    An existing key is read without any lock (every later start, the quick
    restart). Creating one holds :func:`key_lock`: the key file is looked for
    again under it (another start may have just made one: its key is used), and
    a new key is read back before it is returned.

    Raises:
        KeyError_: the key file is unreadable, or did not read back as written.
        OSError: the key folder, lock or key file cannot be made.
    """
    key = read_key_file(path)
    if key is not None:
        return key
    from kiosk.storage.create_lock import held

    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    with held(key_lock(path)):
        key = read_key_file(path)
        if key is not None:  # another start created it a moment ago
            return key
        key = create_key_file(path)
        if read_key_file(path) != key:
            raise KeyError_(f"{path}: the new database key did not read back as written")
    return key


def opens_with(path: Path, key: bytes) -> bool:
    """True when ``key`` opens the encrypted file at ``path``."""
    try:
        connection = connect_file(path, key, read_only=True, timeout=5.0)
    except errors():
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except errors():
        return False
    finally:
        connection.close()
