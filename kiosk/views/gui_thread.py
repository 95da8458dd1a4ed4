"""Handing work from any thread to the GUI thread, safely.

The database worker and the change-feed watcher finish their work in their
own threads. They never emit on a view's object: the GUI thread could be
deleting it at that moment, and emitting on a freed object crashed the
interpreter. They post a closure to one mailbox that belongs to the
application and outlives every view; the closure runs on the GUI thread, in
posting order, and checks there that its view still exists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

__all__ = ["post_to_gui"]

log = logging.getLogger(__name__)

_NAME = "kiosk-gui-mailbox"


class _Mailbox(QObject):
    """A child of the application; its queued signal carries closures to the GUI thread."""

    arrived = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self.arrived.connect(self._run)

    @staticmethod
    def _run(deliver: Callable[[], Any]) -> None:
        deliver()


def mailbox() -> QObject:
    """The application's mailbox, made on first use (call once from the GUI thread)."""
    app = QCoreApplication.instance()
    assert app is not None, "posting to the GUI thread needs a Q(Core)Application"
    box = app.findChild(_Mailbox, _NAME)
    return box if box is not None else _Mailbox(app)


def post_to_gui(box: QObject, deliver: Callable[[], Any]) -> None:
    """Run ``deliver()`` on the GUI thread: at once if called there, else queued.

    ``box`` is :func:`mailbox`'s object, fetched on the GUI thread beforehand.
    """
    assert isinstance(box, _Mailbox)
    try:
        box.arrived.emit(deliver)
    except RuntimeError:  # the application itself is gone (shutting down)
        log.debug("work for the GUI thread arrived after the application closed")
