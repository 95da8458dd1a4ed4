"""When a station chimes: new alerts, the urgent repeat, and escalation when unanswered.

Modelled on the hospital nurse-call standard UL 1069: every call is announced;
an urgent one has a distinctive signal that repeats about every
:data:`REPEAT_EVERY` until a nurse acknowledges it; a call left unacknowledged
for its escalation time is announced again as overdue, with a stronger signal
that then repeats too. Pure logic on an injected "now", so a test runs two
minutes of paging in microseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

REPEAT_EVERY = timedelta(seconds=10)


class Signal(StrEnum):
    """What the station plays."""

    PAGE = "page"          # a new request or review: one two-note chime
    URGENT = "urgent"      # a new or repeating urgent alert
    OVERDUE = "overdue"    # escalated: unacknowledged past its time, strongest


@dataclass(frozen=True)
class Pageable:
    """Something waiting for a nurse's "I'm on my way".

    Attributes:
        key: stable id ("alert:12", "tablet:Bay 3").
        urgent: urgent kind (urgent alert, a tablet gone quiet).
        since: when it was raised.
    """

    key: str
    urgent: bool
    since: datetime


@dataclass(frozen=True)
class Announcement:
    """One chime to play now, for one item."""

    key: str
    signal: Signal
    escalated: bool


@dataclass
class _Track:
    last_chime: datetime
    escalated: bool = False


@dataclass
class PagingPolicy:
    """Remembers what was announced and decides what to announce next.

    Attributes:
        escalate_urgent: unacknowledged urgent items escalate after this.
        escalate_other: requests and reviews escalate after this.
    """

    escalate_urgent: timedelta
    escalate_other: timedelta
    _tracks: dict[str, _Track] = field(default_factory=dict)

    def escalated(self, key: str) -> bool:
        """The item was announced again as overdue."""
        track = self._tracks.get(key)
        return track is not None and track.escalated

    def update(self, waiting: list[Pageable], now: datetime) -> list[Announcement]:
        """The announcements due now for the items still waiting.

        Items no longer waiting (seen or resolved) are forgotten: their chime stops.
        """
        keys = {item.key for item in waiting}
        for gone in [k for k in self._tracks if k not in keys]:
            del self._tracks[gone]
        out: list[Announcement] = []
        for item in sorted(waiting, key=lambda i: (not i.urgent, i.since)):
            track = self._tracks.get(item.key)
            limit = self.escalate_urgent if item.urgent else self.escalate_other
            overdue = now - item.since >= limit
            if track is None:
                self._tracks[item.key] = _Track(now, escalated=overdue)
                signal = Signal.OVERDUE if overdue else (
                    Signal.URGENT if item.urgent else Signal.PAGE)
                out.append(Announcement(item.key, signal, overdue))
            elif overdue and not track.escalated:
                track.escalated, track.last_chime = True, now
                out.append(Announcement(item.key, Signal.OVERDUE, True))
            elif (item.urgent or track.escalated) and now - track.last_chime >= REPEAT_EVERY:
                track.last_chime = now
                signal = Signal.OVERDUE if track.escalated else Signal.URGENT
                out.append(Announcement(item.key, signal, track.escalated))
        return out
