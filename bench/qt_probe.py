"""In-process Qt helpers: a themed QApplication and waiting for a widget's paint."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from bench.common import ROOT

PAINT_TIMEOUT_S = 10.0


def themed_app() -> QApplication:
    """The QApplication with the kiosk's theme applied (as kiosk/app.py does)."""
    from kiosk.views.theme import apply_theme

    app = QApplication.instance() or QApplication(["bench"])
    assert isinstance(app, QApplication)
    apply_theme(app, ROOT / "resources" / "theme")
    return app


class PaintWatch(QObject):
    """Waits for a widget's next paint event.

    Only the widgets named are watched, and only around one timed action: an
    application-wide Python event filter is called for every event of every
    widget and would add its own cost to what is measured (tens of
    milliseconds on a first show, and CPU while idle).

    Attributes:
        painted: widget id -> perf_counter time of its latest paint while watched.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.painted: dict[int, float] = {}
        self._watched: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the time of a paint event."""
        if event.type() == QEvent.Type.Paint:
            self.painted[id(watched)] = time.perf_counter()
        return False

    def reset(self) -> None:
        """Forget earlier paints (call before each timed action, so nothing accumulates)."""
        self.painted.clear()

    def watch(self, *widgets: QWidget) -> None:
        """Start watching ``widgets`` now (before an action that may paint them at once)."""
        for widget in widgets:
            if widget not in self._watched:
                widget.installEventFilter(self)
                self._watched.append(widget)

    def wait_painted(self, widget: QWidget, after: float) -> float:
        """Process events until ``widget`` paints after ``after``; return that time.

        Stops watching every widget afterwards. Qt paints from the event loop,
        so a widget not watched before the action is watched from here on.
        """
        deadline = time.perf_counter() + PAINT_TIMEOUT_S
        self.watch(widget)
        try:
            while self.painted.get(id(widget), 0.0) <= after:
                # Deferred deletes run in the app's event loop too; processEvents skips them.
                self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                self.app.processEvents()
                if time.perf_counter() > deadline:
                    raise TimeoutError(f"{type(widget).__name__} did not paint")
        finally:
            self.close()
        return self.painted[id(widget)]

    def close(self) -> None:
        """Stop watching."""
        for widget in self._watched:
            widget.removeEventFilter(self)
        self._watched.clear()


def wait_until(app: QApplication, done: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Run the event loop until ``done()``, sleeping between events as the app's loop does.

    A busy ``processEvents`` loop would hold the interpreter lock and starve
    the database worker thread whose answer is awaited; waiting for the next
    event releases it, as a real event loop does.

    Raises:
        TimeoutError: ``done()`` stayed false for ``timeout_s``.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.perf_counter() + timeout_s
    heartbeat = QTimer()
    heartbeat.start(50)  # wakes the wait now and then to look at the deadline
    try:
        while not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() > deadline:
                raise TimeoutError("what the benchmark waited for never happened")
    finally:
        heartbeat.stop()
