"""The integrity watch: a sound file at start, the same file while running.

* At start, :func:`check_at_start` runs ``PRAGMA quick_check`` on an existing
  SQLite file, so garbage in the middle of the file stops the start with one
  line instead of surfacing mid-visit.
* While running, :class:`FileWatch` remembers the device and inode of the file
  it opened. Before each unit of work commits, it compares them with what the
  path names now: a deleted or replaced file would otherwise take writes into an
  unlinked inode that vanish at the next start.
* :func:`is_fault` tells a broken database (corrupted, disk I/O error, not a
  database) from a busy one, so only the former becomes a
  :class:`~kiosk.domain.errors.DatabaseFault`.

A fault is sticky: once seen, every later unit of work raises it at once, so
nothing is confirmed "saved" into a file that is no longer trusted.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from kiosk.domain.errors import DatabaseFault, StorageError
from kiosk.storage import backups

_FAULT_WORDS = (
    "malformed",  # SQLITE_CORRUPT: database disk image is malformed
    "disk i/o error",  # SQLITE_IOERR
    "not a database",  # SQLITE_NOTADB: file is not a database
    "no such table",  # the file was swapped for an empty one
    "readonly database",  # the file or folder lost its write permission
    "unable to open database file",
    # Not "database or disk is full": space can be freed, and a call waiting in the
    # durable queue must then be stored (issue 10); the worker retries it meanwhile.
)


def is_fault(exc: BaseException) -> bool:
    """Whether a driver error means the database is broken, not merely busy."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(word in text for word in _FAULT_WORDS)


def check_at_start(path: Path, where: str, key: bytes | None = None) -> None:
    """Refuse to start on a damaged SQLite file.

    Raises:
        DatabaseFault: one line naming the file, the problem and the way out.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    problem = backups.quick_check(path, key)
    if problem is not None:
        raise DatabaseFault(f"Database {where} is damaged ({problem}); nothing was changed. "
                            "Check it with --check and restore a backup with --restore")


class FileWatch:
    """The opened SQLite file's identity, compared with its path before each commit.

    Attributes:
        path: the database file.
        fault: the first fault seen (sticky), or None.
    """

    def __init__(self, path: Path, where: str) -> None:
        self.path = path
        self.where = where
        self.fault: str | None = None
        self._identity = self._stat()
        self._listeners: list[Callable[[str], None]] = []
        self._lock = threading.Lock()

    def _stat(self) -> tuple[int, int] | None:
        try:
            status = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (status.st_dev, status.st_ino)

    def on_fault(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(message)`` once, from the thread that finds the fault."""
        self._listeners.append(listener)

    def verify(self) -> None:
        """Raise the fault if the file is gone, replaced, or a fault was seen before.

        Raises:
            DatabaseFault: with a one-line message for the log and the station.
        """
        if self.fault is None:
            now = self._stat()
            if now is None:
                self.report(f"Database {self.where}: the file was deleted while in use")
            elif self._identity is not None and now != self._identity:
                self.report(f"Database {self.where}: the file was replaced while in use")
        if self.fault is not None:
            raise DatabaseFault(self.fault)

    def report(self, message: str) -> None:
        """Record a fault (the first one wins) and tell the listeners."""
        with self._lock:
            if self.fault is not None:
                return
            self.fault = message
        for listener in self._listeners:
            listener(message)

    def as_error(self, error: StorageError, exc: BaseException) -> StorageError:
        """Turn a driver error that means a broken database into a sticky fault."""
        if is_fault(exc):
            self.report(str(error))
            return DatabaseFault(self.fault or str(error))
        return error
