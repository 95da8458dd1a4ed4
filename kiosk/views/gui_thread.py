"""Handing a call to the GUI thread from any thread, safely for views that may go away.

One small dispatcher object per application lives on the GUI thread (a child
of the ``QApplication``, never deleted before it). Worker and watcher threads
emit its signal; Qt queues the call to the GUI thread. A call made on the GUI
thread itself runs at once. Each call names the view it is for, and is
dropped if that view has been deleted meanwhile: no per-call Qt object exists
whose deletion could race with a thread emitting on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import Shiboken

__all__ = ["Dispatcher", "dispatcher"]

_NAME = "kiosk-gui-dispatcher"


class Dispatcher(QObject):
    """Runs posted calls on the thread it lives in (the GUI thread)."""

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self._posted.connect(self._run)

    def post(self, owner: QObject, call: Callable[..., Any], *args: Any) -> None:
        """Run ``call(*args)`` on the GUI thread unless ``owner`` is deleted by then.

        Safe from any thread.
        """
        self._posted.emit((owner, call, args))

    @staticmethod
    def _run(item: tuple[QObject, Callable[..., Any], tuple[Any, ...]]) -> None:
        owner, call, args = item
        if Shiboken.isValid(owner):
            call(*args)


def dispatcher() -> Dispatcher:
    """The application's dispatcher (made on first use; call on the GUI thread)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication: views need one")
    found = app.findChild(Dispatcher, _NAME)
    return found if isinstance(found, Dispatcher) else Dispatcher(app)
