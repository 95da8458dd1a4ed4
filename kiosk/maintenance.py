"""``--check`` and ``--restore``: look after a database without opening the app.

Both print one line and return an exit code: 0 when the database is sound (or
the restore worked), 2 otherwise, like every other start-up problem.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

EXIT_OK = 0
EXIT_FAULT = 2


def check_database(url: str, sqlite_path: Path | None,
                   key: bytes | None = None) -> tuple[int, str]:
    """Run every check of :mod:`kiosk.storage.check` on the database, read-only.

    ``key`` opens a SQLCipher-encrypted file (:mod:`kiosk.storage.cipher`).
    """
    from sqlalchemy import create_engine

    from kiosk.storage import cipher
    from kiosk.storage.check import run_checks, verdict
    from kiosk.storage.db import describe_url, make_engine

    if sqlite_path is not None:
        if not sqlite_path.is_file():
            return EXIT_FAULT, f"{sqlite_path}: FAULT: no database file here"
        where = str(sqlite_path)
        path = sqlite_path
        engine = create_engine("sqlite://", creator=lambda: cipher.connect_file(
            path, key, read_only=True))
    else:
        where = describe_url(url)
        engine = make_engine(url)
    try:
        with engine.connect() as connection:
            results = run_checks(connection)
    except Exception as exc:  # cannot even connect: that is the verdict
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
        return EXIT_FAULT, f"{where}: FAULT: cannot open ({reason})"
    finally:
        engine.dispose()
    ok, line = verdict(where, results)
    return (EXIT_OK if ok else EXIT_FAULT), line


def restore_database(backup: Path, database: Path, backups_dir: Path,
                     key: bytes | None = None) -> tuple[int, str]:
    """Check ``backup`` and put it in place of ``database``, keeping the replaced file.

    ``key`` opens SQLCipher-encrypted backups (the database's own key).

    Run it with the kiosk stopped on every device that uses the file.
    """
    from kiosk.storage import backups, migrate

    if backup.resolve() == database.resolve():
        return EXIT_FAULT, f"{backup}: that is the database itself, not a backup"
    try:
        known = migrate.known_revisions()
        problem = backups.quick_check(backup, key) if backup.is_file() else "backup file not found"
        if problem is not None:
            return EXIT_FAULT, f"{backup}: not restored: {problem}"
        stored = backups.stored_revision(backup, key)
        if stored not in known:
            return EXIT_FAULT, (f"{backup}: not restored: schema revision {stored or 'none'} "
                                "is not one this app knows")
        kept = _set_aside(database, backups_dir)
        revision = backups.restore(backup, database, known_revisions=known, key=key)
    except (backups.BackupError, OSError, sqlite3.Error, *cipher_errors()) as exc:  # type: ignore[misc]
        return EXIT_FAULT, f"{backup}: not restored: {exc}"
    aside = f"; the file it replaced is kept as {kept}" if kept else ""
    return EXIT_OK, (f"Restored {backup.name} (schema revision {revision}) to {database}{aside}. "
                     "The next start brings it to the current revision.")


def cipher_errors() -> tuple[type[BaseException], ...]:
    """The SQLCipher driver's errors (a wrong key, an encrypted file read without one)."""
    from kiosk.storage import cipher

    return cipher.errors()


def _set_aside(database: Path, folder: Path) -> Path | None:
    """Move the current file (and its WAL) into the backups folder, never deleting it."""
    if not database.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{database.stem}-replaced-{stamp}.sqlite3"
    for suffix in ("-wal", "-shm", ""):
        source = Path(str(database) + suffix)
        if source.exists():
            os.replace(source, Path(str(target) + suffix))
    return target
