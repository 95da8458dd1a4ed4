"""Subscribing a view to the change feed on the GUI thread.

Services publish events in whichever thread committed (the database worker,
or the watcher that brings other processes' changes). A view subscribes
through :func:`subscribe`, which runs its callback on the GUI thread
(:mod:`kiosk.views.gui_thread`) and ends the subscription when the view is
deleted::

    live.subscribe(self, services.feed, (AlertRaised, Resync), self._changed)

:class:`Coalescer` turns a burst of events into one reload: the board
reloads once per burst, not once per answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from kiosk.services.events import ChangeFeed, Event
from kiosk.views.gui_thread import dispatcher

__all__ = ["Coalescer", "subscribe"]


def subscribe(owner: QObject, feed: ChangeFeed, kinds: type[Event] | tuple[type[Event], ...],
              callback: Callable[[Any], None]) -> Callable[[], None]:
    """Call ``callback(event)`` on the GUI thread for each event of ``kinds``.

    Call on the GUI thread. The subscription ends when ``owner`` is destroyed
    (events already on their way are dropped), or when the returned function
    is called.
    """
    gui = dispatcher()
    wanted = kinds if isinstance(kinds, tuple) else (kinds,)

    def post(event: Event) -> None:
        if isinstance(event, wanted):
            gui.post(owner, callback, event)

    stop = feed.subscribe(Event, post)
    owner.destroyed.connect(lambda *_: stop())
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
