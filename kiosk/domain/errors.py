"""Errors that cross the layers: raised by storage, shown by views.

Views catch :class:`StorageError` without importing the storage package (whose
import pulls in SQLAlchemy); storage raises it.
"""

from __future__ import annotations

__all__ = ["DatabaseFault", "StorageError"]


class StorageError(RuntimeError):
    """The database cannot be opened or used; the message is for a person."""


class DatabaseFault(StorageError):
    """The database itself is broken (deleted, replaced, corrupted, disk failing).

    Unlike a locked or busy database, retrying will not help: nothing more can be
    confirmed as saved until a person fixes it (``python main.py --check``).
    """
