"""Holding a database back on purpose, and measuring the GUI meanwhile.

Shared by the stalled-database tests and the GUI-stall benchmark:

* :class:`SqliteLock`: a second connection takes the SQLite write lock
  (``BEGIN IMMEDIATE``) and holds it until released.
* :class:`StallProxy`: a TCP proxy in front of PostgreSQL that can stop
  forwarding (bytes wait in the socket buffers, as on a stalled network) and
  start again.
* :class:`GuiProbe`: a 10 ms Qt timer that records the longest gap between two
  of its ticks, i.e. the longest time the GUI event loop was not running.
"""

from __future__ import annotations

import contextlib
import select
import socket
import sqlite3
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

PROBE_MS = 10


class SqliteLock:
    """Another connection holding the write lock of a SQLite file."""

    def __init__(self, path: Path) -> None:
        self._raw = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.held = False

    def hold(self) -> None:
        """Take the write lock (returns once it is held)."""
        self._raw.execute("BEGIN IMMEDIATE")
        self.held = True

    def release(self) -> None:
        """Let writers in again."""
        if self.held:
            self._raw.execute("COMMIT")
            self.held = False

    def close(self) -> None:
        """Release and close."""
        self.release()
        self._raw.close()


class StallProxy:
    """Forwards TCP connections to ``target``; :meth:`stall` stops forwarding until :meth:`flow`.

    Args:
        target: (host, port) of the real server.
    """

    def __init__(self, target: tuple[str, int]) -> None:
        self._target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._flowing = threading.Event()
        self._flowing.set()
        self._closed = threading.Event()
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, name="stall-proxy", daemon=True).start()

    def stall(self) -> None:
        """Stop forwarding in both directions (connections stay open)."""
        self._flowing.clear()

    def flow(self) -> None:
        """Forward again; what waited is delivered."""
        self._flowing.set()

    def close(self) -> None:
        """Close every connection and the listener."""
        self._closed.set()
        self._flowing.set()
        for sock in [self._listener, *self._sockets]:
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._flowing.wait()
            try:
                server = socket.create_connection(self._target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        pair = {a: b, b: a}
        try:
            while not self._closed.is_set():
                self._flowing.wait()
                ready, _, _ = select.select([a, b], [], [], 0.05)
                if not self._flowing.is_set():
                    continue  # a stall began while waiting: read nothing more
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    pair[sock].sendall(data)
        except OSError:
            return
        finally:
            for sock in (a, b):
                with contextlib.suppress(OSError):
                    sock.close()


class GuiProbe(QObject):
    """Measures the longest pause of the GUI event loop while it runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.longest_ms = 0.0
        self.longest_at = 0.0
        """When the longest pause ended, in seconds after :meth:`start`."""
        self._started = 0.0
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Begin measuring (from now)."""
        self.longest_ms = 0.0
        self._started = self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop; return the longest pause seen (ms) beyond the timer's own interval."""
        self._timer.stop()
        self._tick()
        return self.longest_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            gap = (now - self._last) * 1000 - PROBE_MS
            if gap > self.longest_ms:
                self.longest_ms, self.longest_at = gap, now - self._started
        self._last = now
