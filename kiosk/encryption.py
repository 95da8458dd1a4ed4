"""Which key opens the embedded database, and turning encryption on for it.

Called before the database is opened (normal start, quick restart, ``--check``):

* a PostgreSQL URL or an in-memory database: no key (PostgreSQL is protected by
  TLS and the server's own storage, docs/deployment.md);
* no database file yet: with ``[security] encrypt_database`` (the default) a key
  is created and the new file will be encrypted;
* a plain file: with encryption on, it is converted once, after an encrypted
  backup (:mod:`kiosk.storage.cipher_convert`); with it off it stays plain;
* an encrypted file: its key must be found, else one line names the file and the
  key's place, and the start stops (exit code 2).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from kiosk.config import Settings
from kiosk.inputs import StartupError
from kiosk.paths import AppPaths
from kiosk.storage import cipher

log = logging.getLogger(__name__)

KEYRING_SERVICE = "RecoveryKiosk"


def key_file(settings: Settings, paths: AppPaths) -> Path:
    """Where the key file is (the ``[security] key_folder`` setting moves it)."""
    folder = settings.security.key_folder
    return (Path(folder).expanduser() if folder else paths.data_dir / "keys") \
        / cipher.KEY_FILE_NAME


def keyring_lock(database: Path) -> Path:
    """The lock file that serialises creating ``database``'s keyring entry (beside it).

    Beside the database, not in the data folder: the entry is named after the
    database, and two starts with different data folders may share the file.
    """
    return database.parent / f".{database.name}.key-lock"


def _keyring_key(database: Path, create: bool) -> bytes | None:
    try:
        import keyring  # optional: only where the OS has a keyring
    except ImportError:
        raise StartupError(["[security] key_store = 'keyring' needs the keyring package "
                            "(pip install keyring), or use key_store = 'file'"]) from None
    name = str(database.resolve())
    try:
        stored = keyring.get_password(KEYRING_SERVICE, name)
        if stored is None and create:
            stored = _create_keyring_key(keyring, database, name)
    except StartupError:
        raise
    except Exception as exc:
        raise StartupError([f"OS keyring: cannot use it for {name} ({exc})"]) from None
    if stored is None:
        return None
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != cipher.KEY_BYTES:
        raise StartupError([f"OS keyring: the entry for {name} is not a database key "
                            f"({cipher.KEY_BYTES * 2} hex digits expected)"])
    return key


def _create_keyring_key(keyring: Any, database: Path, name: str) -> str:
    """Store a new key for ``name`` unless another start just did; the stored key.

    The keyring has no atomic "create if absent", so this holds
    :func:`keyring_lock`, looks again, and reads the entry back after writing:
    the key returned (and so the one the new file is created with) is the one kept.
    """
    import secrets

    from kiosk.storage.create_lock import held

    database.parent.mkdir(parents=True, exist_ok=True)
    with held(keyring_lock(database)):
        stored: str | None = keyring.get_password(KEYRING_SERVICE, name)
        if stored is not None:  # another start created it a moment ago
            return stored
        keyring.set_password(KEYRING_SERVICE, name, secrets.token_hex(cipher.KEY_BYTES))
        stored = keyring.get_password(KEYRING_SERVICE, name)
    if stored is None:
        raise StartupError([f"OS keyring: it did not keep the new database key for {name}; "
                            "use [security] key_store = 'file'"])
    return stored


def _find_key(database: Path, settings: Settings, paths: AppPaths, *,
              create: bool) -> tuple[bytes | None, str]:
    """The key (None if not found) and where it is, in words."""
    if settings.security.key_store == "keyring":
        return _keyring_key(database, create), f"the OS keyring ({KEYRING_SERVICE})"
    where = key_file(settings, paths)
    try:
        key = cipher.load_or_create_key(where) if create else cipher.read_key_file(where)
    except (cipher.KeyError_, OSError) as exc:
        raise StartupError([str(exc)]) from None
    return key, str(where)


def database_key(database: Path | None, settings: Settings, paths: AppPaths,
                 *, convert: bool = True, verify: bool = True) -> bytes | None:
    """The key for the SQLite file ``database`` (None: a plain file or not SQLite).

    Args:
        database: the SQLite file, or None for another kind of database.
        settings: the settings in force (``[security]``).
        paths: the data folder (default key folder, backups).
        convert: convert a plain file when encryption is on (False: only read).
        verify: open the file once to check the key (False: the caller's own first
            read will fail on a wrong key, as the quick restart's peek does).

    Raises:
        StartupError: the key is missing or wrong, or the conversion failed.
    """
    if database is None:
        return None
    encrypt = settings.security.encrypt_database
    if not database.is_file() or cipher.is_empty(database):  # a new database
        return _find_key(database, settings, paths, create=True)[0] if encrypt else None
    if cipher.is_plain(database):
        if not (encrypt and convert):
            return None
        key, _ = _find_key(database, settings, paths, create=True)
        assert key is not None
        return _convert(database, key, paths)
    key, where = _find_key(database, settings, paths, create=False)
    if key is None:
        raise StartupError([f"Database {database}: it is encrypted and its key was not found "
                            f"in {where}; restore the key file or set [security] key_folder"])
    if verify and not cipher.opens_with(database, key):
        raise StartupError([f"Database {database}: the key in {where} does not open it "
                            f"(a wrong key, or the file is damaged)"])
    return key


def _convert(database: Path, key: bytes, paths: AppPaths) -> bytes:
    from kiosk.domain.errors import DatabaseFault
    from kiosk.storage.cipher_convert import convert_plain
    from kiosk.storage.integrity import check_at_start

    try:  # a damaged plain file is not converted: the way out is a backup
        check_at_start(database, str(database))
    except DatabaseFault as exc:
        raise StartupError([str(exc)]) from None
    failures: tuple[type[BaseException], ...] = (RuntimeError, OSError, *cipher.errors())
    try:
        backup = convert_plain(database, key, paths.backups)
    except failures as exc:
        raise StartupError([f"Database {database}: encrypting it failed, nothing was "
                            f"changed ({exc})"]) from None
    log.info("Database encrypted; an encrypted copy of the plain file is in %s", backup)
    return key


def key_for_url(url: str, settings: Settings, paths: AppPaths,
                *, convert: bool = True, verify: bool = True) -> bytes | None:
    """:func:`database_key` for a database URL."""
    from kiosk.storage.peek import sqlite_file

    return database_key(sqlite_file(url, paths.default_database), settings, paths,
                        convert=convert, verify=verify)
