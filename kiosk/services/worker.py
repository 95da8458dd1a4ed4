"""The database worker: one thread that runs every database operation, in order.

Views never call a service that touches the database on the GUI thread; they
hand the call to a worker (through :mod:`kiosk.views.operations`) and get the
result or the error back on the GUI thread. The worker owns the connections:
everything the services do with the database happens on its thread.

* Operations run one at a time in the order they were submitted, so the
  writes of a visit (answers, the call, the completion) land in the order the
  patient made them.
* A write that meets a passing problem (a locked SQLite file, a dropped or
  stalled PostgreSQL connection: :func:`kiosk.storage.engine_options.is_transient`)
  is tried again, with a growing pause up to :data:`MAX_BACKOFF_S`, until it
  lands. Nothing after it overtakes it. A read fails at once: its caller shows
  what it has and asks again later.
* :meth:`DatabaseWorker.close` lets the queued writes land before it returns.

:class:`InlineWorker` runs each operation in the caller's thread at once: for
tools and for tests that need no thread.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from kiosk.storage.engine_options import is_transient

__all__ = ["DatabaseWorker", "Done", "InlineWorker", "Worker"]

log = logging.getLogger(__name__)

FIRST_BACKOFF_S = 0.1
MAX_BACKOFF_S = 2.0

Done = Callable[[Any, BaseException | None], None]
"""Called with (result, None) or (None, error) in the worker's thread."""


class Worker(Protocol):
    """Runs database operations; see :class:`DatabaseWorker`."""

    def submit(self, op: Callable[[], Any], done: Done, *, write: bool) -> None:
        """Run ``op`` (retried while transient if ``write``), then call ``done``."""

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every submitted operation has finished; False on timeout."""

    def close(self, timeout: float = 10.0) -> None:
        """Finish what is queued (writes first of all) and stop."""


@dataclass
class _Job:
    op: Callable[[], Any]
    done: Done
    write: bool


def _finish(job: _Job, result: Any, error: BaseException | None) -> None:
    try:
        job.done(result, error)
    except Exception:
        log.exception("an operation's completion failed")


class InlineWorker:
    """Runs each operation at once in the caller's thread (no retry, no thread)."""

    threaded = False

    def submit(self, op: Callable[[], Any], done: Done, *, write: bool) -> None:
        """Run ``op`` now and call ``done`` with its outcome."""
        job = _Job(op, done, write)
        try:
            result = op()
        except Exception as exc:
            _finish(job, None, exc)
        else:
            _finish(job, result, None)

    def wait_idle(self, timeout: float) -> bool:
        """Always idle."""
        return True

    def close(self, timeout: float = 10.0) -> None:
        """Nothing to stop."""


class DatabaseWorker:
    """A daemon thread running operations in submission order.

    Args:
        name: the thread's name (shows in logs and debuggers).
        on_stall: called with the worker thread's ident when one try of an
            operation has run ``stall_s`` seconds (it may cut the connection the
            thread waits on: :class:`kiosk.storage.stall_guard.StallGuard`).
        stall_s: how long one try may take before ``on_stall``.
    """

    threaded = True

    def __init__(self, name: str = "kiosk-db", *,
                 on_stall: Callable[[int], object] | None = None,
                 stall_s: float = 12.0) -> None:
        self._on_stall = on_stall
        self._stall_s = stall_s
        self._try_started: float | None = None
        self.stalls = 0
        """How many times a stalled try was given up (tests and logs)."""
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._idle = threading.Condition()
        self._pending = 0
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._started = False
        self._start_lock = threading.Lock()

    @property
    def thread(self) -> threading.Thread:
        """The worker's thread (tests check that operations run on it)."""
        return self._thread

    def submit(self, op: Callable[[], Any], done: Done, *, write: bool) -> None:
        """Queue ``op``; ``done`` is called in the worker's thread once it has run."""
        with self._start_lock:
            if not self._started:
                self._started = True
                self._thread.start()
                if self._on_stall is not None:
                    threading.Thread(target=self._watch, name=f"{self._thread.name}-watch",
                                     daemon=True).start()
        with self._idle:
            self._pending += 1
        self._queue.put(_Job(op, done, write))

    def wait_idle(self, timeout: float) -> bool:
        """Wait until the queue is empty and nothing runs; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    def close(self, timeout: float = 10.0) -> None:
        """Let queued operations finish (up to ``timeout`` s), then stop the thread."""
        if not self._started:
            return
        self.wait_idle(timeout)
        self._closing.set()
        self._queue.put(None)
        self._thread.join(1.0)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                self._run_job(job)
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    def _run_job(self, job: _Job) -> None:
        pause = FIRST_BACKOFF_S
        tries = 0
        while True:
            tries += 1
            self._try_started = time.monotonic()
            try:
                result = job.op()
            except Exception as exc:
                self._try_started = None
                if job.write and is_transient(exc) and not self._closing.is_set():
                    if tries == 1 or tries % 10 == 0:
                        log.warning("a write could not land yet (%s); trying again",
                                    type(exc.__cause__ or exc).__name__)
                    self._closing.wait(pause)
                    pause = min(pause * 2, MAX_BACKOFF_S)
                    continue
                _finish(job, None, exc)
                return
            self._try_started = None
            if tries > 1:
                log.info("a write landed after %d tries", tries)
            _finish(job, result, None)
            return

    def _watch(self) -> None:
        """Once a try has run ``stall_s``, ask ``on_stall`` (each check) until it cuts."""
        assert self._on_stall is not None
        given_up: float | None = None
        while not self._closing.wait(min(1.0, self._stall_s / 4)):
            started = self._try_started
            if started is None or started == given_up:
                continue
            if time.monotonic() - started >= self._stall_s:
                ident = self._thread.ident
                if ident is not None and self._on_stall(ident):
                    given_up = started
                    self.stalls += 1
