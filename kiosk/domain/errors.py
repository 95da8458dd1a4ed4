"""Errors that cross the layers: raised by storage, shown by views.

Views catch :class:`StorageError` without importing the storage package (whose
import pulls in SQLAlchemy); storage raises it.
"""

from __future__ import annotations

__all__ = ["StorageError"]


class StorageError(RuntimeError):
    """The database cannot be opened or used; the message is for a person."""
