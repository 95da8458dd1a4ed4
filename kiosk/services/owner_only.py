"""Writing files only their owner can read: exports and take-home sheets hold patient data."""

from __future__ import annotations

import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it owner-only (0700)."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, FOLDER_MODE)
    return path


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to the open descriptor ``fd``, then close it.

    No buffered file object: for many small files (an export's bundles) or a
    file made with its mode already set by :func:`os.open`.
    """
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def write_private(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` with mode 0600 from the first byte on.

    The file is created with owner-only rights (never briefly world-readable),
    replaced whole if it exists, and its folder is made owner-only too.
    """
    private_folder(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    os.chmod(path, FILE_MODE)
    return path
