"""Run something once a widget has painted for the first time and the event loop is free."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Calls ``callback`` after ``target()`` first paints (then the event loop is free).

    ``target`` is asked on every paint, so it may name a page that changes (the
    current page of a stack). The call comes from a zero timer after the paint,
    that is once Qt has finished the frame and could take a tap.
    """

    def __init__(self, watched: QObject, target: Callable[[], QWidget | None],
                 callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self._watched = watched
        self._target = target
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch paint events until the target's first one."""
        if event.type() == QEvent.Type.Paint and watched is self._target():
            self._watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False
