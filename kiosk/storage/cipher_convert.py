"""Converting an existing plain SQLite database to SQLCipher, once, with a backup first.

1. The plain file's WAL is folded in (a checkpoint), so the file holds everything.
2. An encrypted copy goes to the backups folder and is checked row for row: that is
   the backup taken before anything changes (a plain copy would leave the health
   data readable on disk).
3. A second encrypted copy is written next to the database, checked again, synced,
   and moved over the plain file in one rename; the plain WAL and shared-memory
   files go with it.

A failure at any step leaves the plain file as it was.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from kiosk.storage.cipher import connect_file, dbapi, key_pragma


def _tables(connection: object) -> list[str]:
    rows = connection.execute(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name").fetchall()
    return [str(r[0]) for r in rows]


def row_counts(path: Path, key: bytes | None) -> dict[str, int]:
    """Rows per table of a database file (plain when ``key`` is None)."""
    connection = connect_file(path, key)
    try:
        return {t: int(connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
                for t in _tables(connection)}
    finally:
        connection.close()


def _export(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of ``plain`` to ``target`` with sqlcipher_export."""
    target.unlink(missing_ok=True)
    connection = dbapi().connect(str(plain))  # no key: SQLCipher reads a plain file
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        quoted = str(target).replace("'", "''")
        connection.execute(f"ATTACH DATABASE '{quoted}' AS encrypted KEY \"x'{key.hex()}'\"")
        connection.execute("SELECT sqlcipher_export('encrypted')")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    os.chmod(target, 0o600)
    check = dbapi().connect(str(target))
    try:
        check.execute(key_pragma(key))
        check.execute("PRAGMA journal_mode=WAL")
    finally:
        check.close()


def convert_plain(path: Path, key: bytes, backups: Path) -> Path:
    """Encrypt the plain database at ``path`` in place; return the encrypted backup's path.

    Raises:
        RuntimeError: a copy did not hold every row (the plain file is untouched).
        OSError, sqlite3.Error, sqlcipher3.Error: as raised by the steps.
    """
    counts = row_counts(path, None)
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    backup = backups / f"{path.stem}-before-encryption-{stamp}.sqlite3"
    _export(path, backup, key)
    if row_counts(backup, key) != counts:
        raise RuntimeError(f"{backup}: the encrypted backup does not hold every row")
    fresh = path.with_name(path.name + ".encrypting")
    _export(path, fresh, key)
    if row_counts(fresh, key) != counts:
        fresh.unlink(missing_ok=True)
        raise RuntimeError(f"{fresh}: the encrypted copy does not hold every row")
    with fresh.open("rb") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(fresh, path)
    return backup
