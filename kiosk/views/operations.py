"""Database operations from the views, off the GUI thread (after Anki's ``aqt.operations``).

A view never calls a service that touches the database on the GUI thread.
It describes the call and what to do with its outcome::

    QueryOp(self, services, lambda s: s.board.rows()).success(
        self.model.set_rows).failure(self._show_problem).run()

    CollectionOp(self, services, lambda s: s.checkins.record_answer(cid, link, value)).success(
        self._saved).hint(self._show_saving, self._hide_saving).run()

The operation runs on ``services.worker`` (:mod:`kiosk.services.worker`);
``success(result)`` or ``failure(error)`` then runs on the GUI thread, in
submission order. If ``parent`` is deleted first, neither runs.

* :class:`QueryOp` reads: it fails at once on a database problem (the view
  keeps what it shows and says so).
* :class:`CollectionOp` changes something: the worker retries it while the
  problem is passing (locked, stalled, reconnecting), keeping its place in the
  queue, so a visit's writes land in the order they were made. ``hint`` shows
  a "Saving…" sign only if the write takes longer than :data:`HINT_AFTER_MS`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer

from kiosk.services.container import Services
from kiosk.views.gui_thread import mailbox, post_to_gui

__all__ = ["HINT_AFTER_MS", "CollectionOp", "QueryOp"]

log = logging.getLogger(__name__)

HINT_AFTER_MS = 400
"""A write that lands within this shows no "Saving…" sign."""

T = TypeVar("T")


class _Relay(QObject):
    """Lives as long as the operation's view: owns the hint timer."""


class _Op(Generic[T]):
    _write = False

    def __init__(self, parent: QObject, services: Services,
                 op: Callable[[Services], T]) -> None:
        self._parent = parent
        self._services = services
        self._op = op
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[Exception], Any] | None = None
        self._hint: tuple[Callable[[], Any], Callable[[], Any], int] | None = None

    def success(self, callback: Callable[[T], Any]) -> _Op[T]:
        """Run ``callback(result)`` on the GUI thread once the operation has run."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], Any]) -> _Op[T]:
        """Run ``callback(error)`` on the GUI thread if it failed (default: log it)."""
        self._failure = callback
        return self

    def hint(self, show: Callable[[], Any], hide: Callable[[], Any], *,
             after_ms: int = HINT_AFTER_MS) -> _Op[T]:
        """Call ``show`` if it has not finished after ``after_ms``, ``hide`` once it has."""
        self._hint = (show, hide, after_ms)
        return self

    def run(self) -> None:
        """Hand the operation to the worker; returns at once."""
        relay = _Relay(self._parent)
        timer: QTimer | None = None
        if self._hint is not None:
            show, _hide, after = self._hint
            timer = QTimer(relay)
            timer.setSingleShot(True)
            timer.setInterval(after)
            timer.timeout.connect(show)
            timer.start()
        box = mailbox()
        services, op = self._services, self._op

        def deliver(result: Any, error: BaseException | None) -> None:
            if not shiboken6.isValid(relay):  # the view went away meanwhile: nobody to tell
                log.debug("an operation finished after its view was deleted")
                return
            self._settle(relay, timer, result, error)

        def done(result: Any, error: BaseException | None) -> None:
            post_to_gui(box, lambda: deliver(result, error))

        services.worker.submit(lambda: op(services), done, write=self._write)

    def _settle(self, relay: _Relay, timer: QTimer | None, result: Any,
                error: BaseException | None) -> None:
        hinted = timer is not None and not timer.isActive()
        if timer is not None:
            timer.stop()
        relay.deleteLater()
        if hinted and self._hint is not None:
            self._hint[1]()
        if error is None:
            if self._success is not None:
                self._success(result)
        elif not isinstance(error, Exception):
            raise error
        elif self._failure is not None:
            self._failure(error)
        else:
            log.warning("a database operation failed: %s", type(error).__name__)


class QueryOp(_Op[T]):
    """A read on the worker; fails at once if the database is not there."""


class CollectionOp(_Op[T]):
    """A change on the worker, retried while the problem passes, in submission order."""

    _write = True
