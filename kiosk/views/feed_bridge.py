"""Change-feed events delivered to a view on the GUI thread.

The feed (:mod:`kiosk.services.events`) calls subscribers in the publisher's
thread. A view subscribes through :func:`subscribe_on_gui`: an event published
on the GUI thread reaches it at once (Qt's direct delivery), one published
elsewhere (a worker, a cross-process listener) is queued to the GUI thread. The
subscription ends when the view is destroyed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.services.events import ChangeFeed, Event, Unsubscribe

E = TypeVar("E", bound=Event)


class _Relay(QObject):
    """Lives in the receiver's thread; its signal carries events across threads."""

    arrived = Signal(object)


def subscribe_on_gui(feed: ChangeFeed, kind: type[E], receiver: QObject,
                     callback: Callable[[E], None]) -> Unsubscribe:
    """Call ``callback`` on ``receiver``'s thread for every ``kind`` event, while it lives.

    Returns a function that ends the subscription sooner.
    """
    relay = _Relay(receiver)
    relay.arrived.connect(callback)  # auto connection: direct on the same thread, else queued
    unsubscribe = feed.subscribe(kind, relay.arrived.emit)
    relay.destroyed.connect(lambda *_args: unsubscribe())
    return unsubscribe
