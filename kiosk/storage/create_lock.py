"""One creator at a time: an exclusive OS lock on a lock file, for the database key.

Two first starts at the same instant (two launches, or a bay tablet and a nurse
station on one shared SQLite file) must not each make a different database key:
the one whose key is not kept would create or open a file the other cannot read.
Neither a key file's folder nor the OS keyring has an atomic "create if absent",
so reading-or-creating the key is done while holding this lock
(:mod:`kiosk.encryption`, :func:`kiosk.storage.cipher.load_or_create_key`).

The lock is ``fcntl.flock`` on POSIX and ``msvcrt.locking`` on Windows. The OS
drops it when the holder ends, even by a crash, so a lock file left behind does
no harm; it is never removed (removing it would let a third start lock a new
file while a second still holds the old one). Only creation takes the lock: a
plain read of an existing key (every later start, the quick restart) does not.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_MODE = 0o600


@contextmanager
def held(path: Path) -> Iterator[None]:
    """Hold the exclusive lock on ``path`` (created if needed) for the ``with`` block.

    Waits for another holder to finish (creating a key takes milliseconds; an OS
    keyring that asks to be unlocked takes as long as the person at the screen).

    Raises:
        OSError: the lock file cannot be created or locked.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT, LOCK_MODE)
    try:
        _lock(fd)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        while True:
            try:  # LK_LOCK gives up after about 10 s of retries: keep waiting
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                return
            except OSError as exc:
                if exc.errno not in (errno.EDEADLK, errno.EACCES):
                    raise

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
