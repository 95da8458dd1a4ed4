"""Notices every touch, click or key press anywhere in the app (rest mode, auto-logoff)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

_TOUCHES = frozenset({
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
})


class ActivityMonitor(QObject):
    """An application event filter that reports user input.

    Signals:
        touched: someone touched the screen or pressed a key.
    """

    touched = Signal()

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report input; never swallows it."""
        # A press reaches the filter once per widget up the parent chain; only
        # the first (the window handle or the widget hit) matters, and a repeat
        # is harmless: it only restarts timers.
        if event.type() in _TOUCHES and watched.isWidgetType():
            self.touched.emit()
        return False

    def stop(self) -> None:
        """Stop listening."""
        self._app.removeEventFilter(self)
