"""Subscribing a view to the change feed on the GUI thread.

Services publish events in whichever thread committed (the database worker,
or the watcher that brings other processes' changes). A view subscribes
through :func:`subscribe`, which runs its callback on the GUI thread (a
queued signal) and ends the subscription when the view is deleted::

    live.subscribe(self, services.feed, (AlertRaised, Resync), self._changed)

:class:`Coalescer` turns a burst of events into one reload: the board
reloads once per burst, not once per answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer

from kiosk.services.events import ChangeFeed, Event
from kiosk.views.gui_thread import mailbox, post_to_gui

__all__ = ["Coalescer", "subscribe"]


class _Inbox(QObject):
    """Marks the subscription's lifetime: a child of its owner."""


def subscribe(owner: QObject, feed: ChangeFeed, kinds: type[Event] | tuple[type[Event], ...],
              callback: Callable[[Any], None]) -> Callable[[], None]:
    """Call ``callback(event)`` on ``owner``'s thread for each event of ``kinds``.

    The subscription ends when ``owner`` is destroyed, or when the returned
    function is called.
    """
    inbox = _Inbox(owner)
    box = mailbox()
    wanted = kinds if isinstance(kinds, tuple) else (kinds,)

    def deliver(event: Event) -> None:
        if shiboken6.isValid(inbox):  # the owner may have gone while it travelled
            callback(event)

    def post(event: Event) -> None:
        if isinstance(event, wanted):
            post_to_gui(box, lambda: deliver(event))

    stop = feed.subscribe(Event, post)
    inbox.destroyed.connect(lambda *_: stop())
    return stop


class Coalescer(QObject):
    """Calls ``action`` once, ``delay_ms`` after the first of a burst of pokes.

    Args:
        action: what to do (on the GUI thread).
        delay_ms: how long to gather pokes; 0 runs at the next turn of the event loop.
        parent: owner.
    """

    def __init__(self, action: Callable[[], None], *, delay_ms: int = 0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(action)

    def poke(self, *_args: Any) -> None:
        """Ask for the action (once, however many pokes arrive before it runs)."""
        if not self._timer.isActive():
            self._timer.start()
