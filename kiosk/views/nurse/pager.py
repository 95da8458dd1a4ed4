"""The pager: turns open alerts and quiet tablets into banner items and chimes.

It re-reads the unit's open alerts when the change feed says an alert was
raised, seen or resolved (or anything may have changed), and on a short tick
that also drives the urgent repeat and escalation (:mod:`kiosk.domain.paging`)
and catches changes from other processes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.domain.errors import StorageError
from kiosk.domain.paging import Pageable, PagingPolicy
from kiosk.domain.paging import Signal as Chime
from kiosk.domain.records import AlertRecord
from kiosk.services.container import Services
from kiosk.services.events import AlertRaised, AlertResolved, AlertSeen, Event, Resync
from kiosk.views.nurse.alert_kinds import AlertKind, kind_of
from kiosk.views.widgets.sound import SoundBank

log = logging.getLogger(__name__)

TICK_MS = 400
"""Repeat/escalation clock and cross-process catch-up (a feed event refreshes at once)."""

VOLUMES = {Chime.PAGE: ("page", 0.6), Chime.URGENT: ("urgent", 0.8),
           Chime.OVERDUE: ("urgent", 1.0)}


@dataclass(frozen=True)
class BannerItem:
    """One thing waiting for a nurse, as the banner shows it.

    Attributes:
        key: the paging key ("alert:12", "tablet:Bay 3").
        kind: its look.
        bay: where.
        alert: the alert (None for a quiet tablet).
        patient_label: who, if known.
        escalated: announced again as overdue.
    """

    key: str
    kind: AlertKind
    bay: str
    alert: AlertRecord | None
    patient_label: str | None
    escalated: bool = False


class Pager(QObject):
    """Pages this station for everything waiting for an "I'm on my way".

    Attributes:
        policy: the repeat/escalation rules in force.
        sounds: plays the chimes (or knows why it cannot).
        items: what waits now, most urgent first.
        active: paging (a tablet pages only while a nurse is signed in).

    Signals:
        announced(str, str): a chime was due for an item (key, "page"/"urgent"/"overdue"),
            whether or not this machine can play sound.
        items_changed: :attr:`items` changed.
    """

    announced = Signal(str, str)
    items_changed = Signal()
    _feed_event = Signal()

    def __init__(self, services: Services, *, supervise: bool, sounds: SoundBank | None = None,
                 parent: QObject | None = None, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.services = services
        care = services.settings.care
        self.policy = PagingPolicy(escalate_urgent=timedelta(minutes=care.escalate_urgent_minutes),
                                   escalate_other=timedelta(minutes=care.escalate_request_minutes))
        self.sounds = sounds or SoundBank(services.paths.sounds, enabled=True)
        self.items: list[BannerItem] = []
        self.active = False
        self._supervise = supervise
        self._muted: set[str] = set()
        self._labels: dict[int, str] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.refresh)
        # Feed callbacks may come from any thread: a queued signal brings them here.
        self._feed_event.connect(self.refresh)
        self._unsubscribe = [services.feed.subscribe(kind, self._on_event)
                             for kind in (AlertRaised, AlertSeen, AlertResolved, Resync)]

    def _on_event(self, _event: Event) -> None:
        self._feed_event.emit()

    def start(self) -> None:
        """Page from now on (announces what already waits)."""
        self.active = True
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        """Stop paging and forget what was announced."""
        self.active = False
        self._timer.stop()
        self.policy = PagingPolicy(self.policy.escalate_urgent, self.policy.escalate_other)
        if self.items:
            self.items = []
            self.items_changed.emit()

    def close(self) -> None:
        """Stop and leave the feed (shutdown, tests)."""
        self.stop()
        for unsubscribe in self._unsubscribe:
            unsubscribe()

    def mute(self, key: str) -> None:
        """A nurse took a quiet tablet in hand: stop paging for it until it recovers."""
        self._muted.add(key)
        self.refresh()

    @property
    def sound_off_reason(self) -> str | None:
        """Why this station cannot chime, or None."""
        return self.sounds.off_reason

    def refresh(self) -> None:
        """Re-read what waits, update the banner items and chime what is due."""
        if not self.active:
            return
        try:
            items = self._read()
        except StorageError:
            log.warning("pager could not read alerts; will retry")
            return
        now = self.services.clock.now()
        waiting = [Pageable(i.key, i.kind in (AlertKind.URGENT, AlertKind.TABLET),
                            i.alert.raised_at if i.alert is not None else now)
                   for i in items]
        for announcement in self.policy.update(waiting, now):
            self._chime(announcement.key, announcement.signal)
        items = [BannerItem(i.key, i.kind, i.bay, i.alert, i.patient_label,
                            self.policy.escalated(i.key)) for i in items]
        if items != self.items:
            self.items = items
            self.items_changed.emit()

    def _read(self) -> list[BannerItem]:
        alerts = [a for a in self.services.alerts.open_alerts() if not a.is_seen]
        labels = self._patient_labels({a.visit_id for a in alerts if a.visit_id})
        items = [BannerItem(f"alert:{a.id}", kind_of(a), a.bay or "", a,
                            labels.get(a.visit_id) if a.visit_id else None) for a in alerts]
        if self._supervise:
            quiet = self.services.tablets.silent()
            back = {k for k in self._muted if k not in {f"tablet:{t.bay}" for t in quiet}}
            self._muted -= back
            items += [BannerItem(f"tablet:{t.bay}", AlertKind.TABLET, t.bay, None,
                                 t.patient_label) for t in quiet
                      if f"tablet:{t.bay}" not in self._muted]
        order = {AlertKind.URGENT: 0, AlertKind.TABLET: 1, AlertKind.REQUEST: 2,
                 AlertKind.REVIEW: 3, AlertKind.OVERDUE: 4}
        return sorted(items, key=lambda i: order[i.kind])

    def _patient_labels(self, visit_ids: set[int]) -> dict[int, str]:
        for visit_id in visit_ids - set(self._labels):
            visit = self.services.visits.get(visit_id)
            if visit is not None:
                self._labels[visit_id] = visit.patient_label
        return self._labels

    def _chime(self, key: str, signal: Chime) -> None:
        name, volume = VOLUMES[signal]
        self.sounds.chime(name, volume)
        self.announced.emit(key, signal.value)

