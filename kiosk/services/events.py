"""Typed change events the services publish, and the feed that carries them.

Every use case that changes something a screen shows publishes one event
after its commit. Views subscribe instead of polling. Events are small and
carry ids, never patient text, so they are safe to send between processes
(PostgreSQL ``NOTIFY`` payloads, an in-process queue) and to log.

The feed is thread-agnostic: :meth:`ChangeFeed.publish` calls each callback in
the publisher's thread. Views wrap their callbacks so that they run on the GUI
thread (a queued Qt signal); services and tests may subscribe directly.

``to_payload``/``from_payload`` turn an event into a short JSON text and back,
for the cross-process transports.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from typing import Any, TypeVar

__all__ = [
    "AlertRaised", "AlertResolved", "AlertSeen", "AnswerSaved", "ChangeFeed",
    "CheckinCompleted", "CheckinDue", "Event", "ReadyToGoRequested", "Resync",
    "SettingsChanged", "Unsubscribe", "VisitEnded", "VisitStarted", "from_payload",
    "to_payload",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Event:
    """Something changed; subclasses say what."""


@dataclass(frozen=True)
class AlertRaised(Event):
    """A new open alert (a call, a red-flag answer, a nurse-entered finding)."""

    visit_id: int
    alert_id: int
    severity: str


@dataclass(frozen=True)
class AlertSeen(Event):
    """A nurse acknowledged an alert ("on the way")."""

    visit_id: int
    alert_id: int
    staff_id: int | None


@dataclass(frozen=True)
class AlertResolved(Event):
    """An alert was dealt with and closed."""

    visit_id: int
    alert_id: int


@dataclass(frozen=True)
class AnswerSaved(Event):
    """A check-in answer was stored (or cleared)."""

    visit_id: int
    checkin_id: int
    link_id: str


@dataclass(frozen=True)
class CheckinDue(Event):
    """A visit's next check-in is due."""

    visit_id: int


@dataclass(frozen=True)
class CheckinCompleted(Event):
    """A check-in (recurring or ready-to-go) was completed."""

    visit_id: int
    checkin_id: int


@dataclass(frozen=True)
class VisitStarted(Event):
    """A nurse started a visit in a bay."""

    visit_id: int
    bay: str


@dataclass(frozen=True)
class VisitEnded(Event):
    """A visit was discharged or cancelled."""

    visit_id: int
    bay: str


@dataclass(frozen=True)
class ReadyToGoRequested(Event):
    """A nurse asked the patient's tablet for the ready-to-go questionnaire."""

    visit_id: int


@dataclass(frozen=True)
class SettingsChanged(Event):
    """Clinic settings were saved; ``keys`` are the dotted names that changed."""

    keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resync(Event):
    """Anything may have changed (a slow resync, or a remote change of unknown kind)."""


_KINDS: dict[str, type[Event]] = {
    cls.__name__: cls for cls in (
        AlertRaised, AlertSeen, AlertResolved, AnswerSaved, CheckinDue, CheckinCompleted,
        VisitStarted, VisitEnded, ReadyToGoRequested, SettingsChanged, Resync)
}

E = TypeVar("E", bound=Event)
Unsubscribe = Callable[[], None]


def to_payload(event: Event) -> str:
    """A short JSON text naming the event's kind and fields (ids only)."""
    return json.dumps({"kind": type(event).__name__, **asdict(event)}, separators=(",", ":"))


def from_payload(text: str) -> Event:
    """The event a payload describes; :class:`Resync` for anything unreadable."""
    try:
        data: Any = json.loads(text)
        cls = _KINDS[data.pop("kind")]
        values = {f.name: data[f.name] for f in fields(cls)}
        if cls is SettingsChanged:
            values["keys"] = tuple(values["keys"])
        return cls(**values)
    except (ValueError, KeyError, TypeError, AttributeError):
        return Resync()


class ChangeFeed:
    """Publish/subscribe for change events within one process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[tuple[type[Event], Callable[[Any], None]]] = []

    def subscribe(self, kind: type[E], callback: Callable[[E], None]) -> Unsubscribe:
        """Call ``callback`` for every published event of ``kind`` (or a subclass).

        ``subscribe(Event, cb)`` receives everything. Returns a function that
        ends the subscription.
        """
        entry = (kind, callback)
        with self._lock:
            self._subscribers.append(entry)

        def unsubscribe() -> None:
            with self._lock:
                if entry in self._subscribers:
                    self._subscribers.remove(entry)
        return unsubscribe

    def publish(self, event: Event) -> None:
        """Hand ``event`` to every matching subscriber, in subscription order.

        A failing subscriber is logged and does not stop the others.
        """
        with self._lock:
            targets = [cb for kind, cb in self._subscribers if isinstance(event, kind)]
        for callback in targets:
            try:
                callback(event)
            except Exception:
                log.exception("a subscriber to %s failed", type(event).__name__)
