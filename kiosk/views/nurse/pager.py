"""The pager: turns open alerts and quiet tablets into banner items and chimes.

It re-reads the unit's open alerts (on the database worker) when the change
feed says an alert was raised, seen or resolved, or anything may have changed
(other processes' changes arrive on the same feed). A one-second tick drives
the urgent repeat and escalation (:mod:`kiosk.domain.paging`) without touching
the database; every :data:`RELOAD_EVERY_TICKS` ticks it re-reads too, which is
how a tablet that went quiet (no event: silence) is noticed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.domain.paging import Pageable, PagingPolicy
from kiosk.domain.paging import Signal as Chime
from kiosk.domain.records import AlertRecord
from kiosk.services.container import Services
from kiosk.services.events import AlertRaised, AlertResolved, AlertSeen, Resync
from kiosk.views import domain_text, live
from kiosk.views.nurse.alert_kinds import AlertKind, kind_of
from kiosk.views.operations import QueryOp
from kiosk.views.widgets.sound import SoundBank

log = logging.getLogger(__name__)

TICK_MS = 1000
"""The repeat/escalation clock (no database work)."""

RELOAD_EVERY_TICKS = 5
"""Re-read every 5 ticks: quiet tablets show well within 30 s."""

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

    def __init__(self, services: Services, *, supervise: bool, sounds: SoundBank | None = None,
                 parent: QObject | None = None, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        domain_text.use_forms_of(services)  # questionnaire alert causes, translated
        self.services = services
        care = services.settings.care
        self.policy = PagingPolicy(escalate_urgent=timedelta(minutes=care.escalate_urgent_minutes),
                                   escalate_other=timedelta(minutes=care.escalate_request_minutes))
        self.sounds = sounds or SoundBank(services.paths.sounds, enabled=True)
        self.items: list[BannerItem] = []
        self.active = False
        self._supervise = supervise
        self._muted: set[str] = set()
        self._waiting: list[BannerItem] = []
        self._ticks = 0
        self._loading = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._changes = live.Coalescer(self.refresh, parent=self)
        live.subscribe(self, services.feed, (AlertRaised, AlertSeen, AlertResolved, Resync),
                       self._changes.poke)

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
        self._waiting = []
        if self.items:
            self.items = []
            self.items_changed.emit()

    def close(self) -> None:
        """Stop (shutdown, tests); the feed subscription ends with this object."""
        self.stop()

    def mute(self, key: str) -> None:
        """A nurse took a quiet tablet in hand: stop paging for it until it recovers."""
        self._muted.add(key)
        self._waiting = [i for i in self._waiting if i.key != key]
        self.tick(reload=False)

    @property
    def sound_off_reason(self) -> str | None:
        """Why this station cannot chime, or None."""
        return self.sounds.off_reason

    def refresh(self) -> None:
        """Re-read what waits (on the worker); the banner and chimes follow."""
        if not self.active:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        supervise = self._supervise
        QueryOp(self, self.services, lambda s: _read(s, supervise)).success(
            self._loaded).failure(self._unreachable).run()

    def _unreachable(self, _error: Exception) -> None:
        log.warning("pager could not read alerts; will retry")
        self._settle()

    def _loaded(self, items: list[BannerItem]) -> None:
        quiet = {i.key for i in items if i.kind is AlertKind.TABLET}
        self._muted &= quiet  # a tablet back on line is paged afresh next time
        self._waiting = [i for i in items if i.key not in self._muted]
        self._settle()
        self.tick(reload=False)

    def _settle(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def tick(self, reload: bool = True) -> None:
        """Chime what is due now; every few ticks re-read as well."""
        if not self.active:
            return
        if reload:
            self._ticks += 1
            if self._ticks % RELOAD_EVERY_TICKS == 0:
                self.refresh()
        now = self.services.clock.now()
        waiting = [Pageable(i.key, i.kind in (AlertKind.URGENT, AlertKind.TABLET),
                            i.alert.raised_at if i.alert is not None else now)
                   for i in self._waiting]
        for announcement in self.policy.update(waiting, now):
            self._chime(announcement.key, announcement.signal)
        items = [BannerItem(i.key, i.kind, i.bay, i.alert, i.patient_label,
                            self.policy.escalated(i.key)) for i in self._waiting]
        if items != self.items:
            self.items = items
            self.items_changed.emit()

    def _chime(self, key: str, signal: Chime) -> None:
        name, volume = VOLUMES[signal]
        self.sounds.chime(name, volume)
        self.announced.emit(key, signal.value)


ORDER = {AlertKind.URGENT: 0, AlertKind.TABLET: 1, AlertKind.REQUEST: 2,
         AlertKind.REVIEW: 3, AlertKind.OVERDUE: 4}


def _read(services: Services, supervise: bool) -> list[BannerItem]:
    """Everything waiting for an "I'm on my way", most urgent first (on the worker)."""
    alerts = [a for a in services.alerts.open_alerts() if not a.is_seen]
    labels = {}
    for visit_id in {a.visit_id for a in alerts if a.visit_id}:
        visit = services.visits.get(visit_id)
        if visit is not None:
            labels[visit_id] = visit.patient_label
    items = [BannerItem(f"alert:{a.id}", kind_of(a), a.bay or "", a,
                        labels.get(a.visit_id) if a.visit_id else None) for a in alerts]
    if supervise:
        items += [BannerItem(f"tablet:{t.bay}", AlertKind.TABLET, t.bay, None, t.patient_label)
                  for t in services.tablets.supervise()]
    return sorted(items, key=lambda i: ORDER[i.kind])

