"""Copies of a SQLite database kept before each migration, and putting one back.

A backup is named by the database, the schema revision it holds and the UTC
time it was taken (``kiosk-r0002-20260301T093000123456.sqlite3``), so a restore
can pick the newest copy of a revision and a human can read the folder. Only
:data:`KEEP` copies per database are kept; older ones are pruned.

Two rules keep a backup trustworthy:

* a copy is taken only of a file that passes ``PRAGMA quick_check``, and it is
  written under a temporary name and renamed when complete, so neither a
  damaged database nor a half-written copy (a kill mid-backup) ever carries a
  backup's name;
* :func:`discard` lets the migration drop the copy it just took when the
  migration failed and left the database untouched, so repeated failed starts
  do not push the older good copies out of the kept set.

Only the standard library's ``sqlite3`` is used: ``--restore`` and ``--check``
need no SQLAlchemy.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.storage import cipher

KEEP = 5
"""Backups kept per database file; the oldest beyond this are deleted."""

_NAME = re.compile(r"^(?P<stem>.+)-r(?P<revision>[0-9A-Za-z_]+)-(?P<stamp>\d{8}T\d{12})"
                   r"\.sqlite3$")
_PARTIAL = ".partial"


class BackupError(Exception):
    """A backup could not be taken, checked or restored; the message is one line."""


@dataclass(frozen=True)
class Backup:
    """One kept copy.

    Attributes:
        path: the file.
        stem: the database file's name without its suffix.
        revision: the schema revision the copy holds.
        taken_at: when it was taken (UTC).
    """

    path: Path
    stem: str
    revision: str
    taken_at: datetime


def parse_name(path: Path) -> Backup | None:
    """The backup a file name describes, or None if it is not one of ours."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
    return Backup(path, match["stem"], match["revision"], taken)


def list_backups(folder: Path, stem: str | None = None) -> list[Backup]:
    """The kept backups in ``folder`` (of one database if ``stem``), newest first."""
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if (b := parse_name(p)) is not None
             and (stem is None or b.stem == stem)]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _open(path: Path, key: bytes | None, *, read_only: bool = True) -> Any:
    """A connection to ``path``; with ``key`` the SQLCipher-encrypted file (cipher.py)."""
    return cipher.connect_file(path, key, read_only=read_only, timeout=5)


def _errors(key: bytes | None) -> tuple[type[BaseException], ...]:
    return cipher.errors() if key is not None else (sqlite3.Error,)


def quick_check(path: Path, key: bytes | None = None) -> str | None:
    """Run ``PRAGMA quick_check`` read-only; None if the file is sound, else why not."""
    try:
        connection = _open(path, key)
    except _errors(key) as exc:
        return str(exc)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except _errors(key) as exc:
        return str(exc)
    finally:
        connection.close()
    verdict = " ".join("; ".join(str(r[0]) for r in rows[:3]).split())  # one line
    return None if verdict == "ok" else verdict[:200]


def stored_revision(path: Path, key: bytes | None = None) -> str | None:
    """The schema revision stored in a SQLite file (None: no schema yet)."""
    connection = _open(path, key)
    try:
        has = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                 "AND name = 'alembic_version'").fetchone()
        if has is None:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        connection.close()


def fingerprint(path: Path, key: bytes | None = None) -> str:
    """A digest of the file's schema and the row count of every table.

    Two equal fingerprints around a failed migration mean it changed nothing a
    migration changes (tables, columns, indexes, rows moved between tables).
    """
    import hashlib

    connection = _open(path, key)
    try:
        schema = connection.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master "
                                    "ORDER BY type, name").fetchall()
        digest = hashlib.sha256(repr(schema).encode())
        for kind, name, _ in schema:
            if kind == "table":
                quoted = '"' + str(name).replace('"', '""') + '"'
                digest.update(repr(connection.execute(
                    f"SELECT count(*) FROM {quoted}").fetchone()).encode())
        return digest.hexdigest()
    finally:
        connection.close()


def take(database: Path, folder: Path, revision: str, *, keep: int = KEEP,
         now: datetime | None = None, key: bytes | None = None) -> Path:
    """Copy ``database`` (at ``revision``) into ``folder``; return the copy's path.

    Raises:
        BackupError: the database fails its quick check, or the copy failed.
    """
    problem = quick_check(database, key)
    if problem is not None:
        raise BackupError(f"{database.name} is damaged ({problem}); no backup taken over "
                          "the good ones")
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{database.stem}-r{revision}-{stamp}.sqlite3"
    _copy(database, target, key)  # an encrypted database gets an encrypted copy
    prune(folder, database.stem, keep=keep)
    return target


def discard(backup: Path) -> None:
    """Delete a copy just taken that turned out not to be needed."""
    backup.unlink(missing_ok=True)


def prune(folder: Path, stem: str, *, keep: int = KEEP) -> list[Path]:
    """Delete all but the ``keep`` newest backups of ``stem``; return what was deleted."""
    for leftover in folder.glob(f"{stem}-r*{_PARTIAL}"):
        leftover.unlink(missing_ok=True)  # a copy a kill interrupted
    old = [b.path for b in list_backups(folder, stem)[keep:]]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def restore(backup: Path, database: Path, *, known_revisions: set[str] | None = None,
            key: bytes | None = None) -> str:
    """Check ``backup`` and put it in place of ``database``; return its revision.

    The copy is written next to the database and renamed over it, so a kill
    mid-restore leaves either the old file or the restored one. The old WAL
    and shared-memory files are removed: they belong to the replaced file.

    Raises:
        BackupError: the backup is missing, damaged or at an unknown revision.
    """
    if not backup.is_file():
        raise BackupError(f"{backup}: backup file not found")
    problem = quick_check(backup, key)
    if problem is not None:
        raise BackupError(f"{backup}: not a sound database ({problem})")
    revision = stored_revision(backup, key)
    if revision is None or (known_revisions is not None and revision not in known_revisions):
        raise BackupError(f"{backup}: schema revision {revision or 'none'} is not one this "
                          "app knows")
    database.parent.mkdir(parents=True, exist_ok=True)
    _copy(backup, database, key)
    return revision


def _copy(source: Path, target: Path, key: bytes | None = None) -> None:
    """Copy with SQLite's online backup API into a temporary file, then rename."""
    partial = target.with_name(target.name + _PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        reader = _open(source, key)
        try:
            writer = _open(partial, key, read_only=False)
            try:
                reader.backup(writer)
                # A standalone file: no WAL left behind that the rename would orphan.
                writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
        os.chmod(partial, 0o600)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        os.replace(partial, target)
    except (*_errors(key), OSError) as exc:  # type: ignore[misc]
        partial.unlink(missing_ok=True)
        raise BackupError(f"cannot copy {source.name} to {target}: {exc}") from exc
