"""Waking when a folder's files are written: Linux inotify, or a plain timed wait.

The SQLite change watcher used to ask ``PRAGMA data_version`` every 50 ms,
which costs a resting tablet about 0.4 % of a core in wake-ups alone. Another
process's commit always writes the database's ``-wal`` (or the file itself),
and inotify reports that at once; memory-mapped writes to ``-shm`` (readers)
do not wake it. Where inotify is missing (not Linux, or no watch left) the
watcher falls back to its timed poll.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import select
import threading
from pathlib import Path

# <sys/inotify.h>
_IN_MODIFY = 0x002
_IN_CLOSE_WRITE = 0x008
_IN_MOVED_TO = 0x080
_IN_CREATE = 0x100
_IN_DELETE = 0x200
_IN_NONBLOCK = 0o4000
_IN_CLOEXEC = 0o2000000
_MASK = _IN_MODIFY | _IN_CLOSE_WRITE | _IN_MOVED_TO | _IN_CREATE | _IN_DELETE


class FileWake:
    """Waits until a file in ``folder`` is written, ``timeout`` passes or stop is set.

    Args:
        folder: the folder of the database file.
        fallback_s: the timed wait used where inotify is not available.
    """

    def __init__(self, folder: Path, fallback_s: float) -> None:
        self._fallback_s = fallback_s
        self._fd = _inotify_folder(folder)
        self.woken = False
        """Whether the last wait ended on a write (not its timeout)."""
        self._bell_r, self._bell_w = os.pipe()  # interrupt(): a stop wakes the wait at once
        os.set_blocking(self._bell_r, False)

    @property
    def notified(self) -> bool:
        """True where writes wake the watcher (inotify), False for a timed poll."""
        return self._fd is not None

    def wait(self, stop: threading.Event, timeout: float) -> bool:
        """Wait for a write (or ``timeout``); False once ``stop`` is set."""
        if self._fd is None:
            return not stop.wait(self._fallback_s)
        if stop.is_set():
            return False
        ready, _, _ = select.select([self._fd, self._bell_r], [], [], timeout)
        for fd in ready:
            _drain(fd)  # one look at the database serves every event so far
        self.woken = self._fd in ready
        return not stop.is_set()

    def interrupt(self) -> None:
        """End a wait now (after setting the stop event)."""
        with contextlib.suppress(OSError):  # closed already
            os.write(self._bell_w, b"!")

    def close(self) -> None:
        """Release the descriptors."""
        for fd in (self._fd, self._bell_r, self._bell_w):
            if fd is not None:
                os.close(fd)
        self._fd = None
        self._bell_r = self._bell_w = -1


def _drain(fd: int) -> None:
    with contextlib.suppress(BlockingIOError):
        while os.read(fd, 65536):
            pass


def _inotify_folder(folder: Path) -> int | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        init, add = libc.inotify_init1, libc.inotify_add_watch
    except (OSError, AttributeError):
        return None
    fd = init(_IN_NONBLOCK | _IN_CLOEXEC)
    if fd < 0:
        return None
    if add(fd, os.fsencode(folder), _MASK) < 0:
        os.close(fd)
        return None
    return int(fd)
