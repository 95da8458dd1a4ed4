"""Supervised tablets: each bay tablet reports a heartbeat; the station notices silence.

Hospital nurse-call systems (UL 1069) supervise their bedside stations; the
kiosk does the same. A bay with a patient in recovery whose tablet has not
reported for :data:`SILENT_AFTER` is "not responding" (crashed, powered off,
off the network) until it reports again.

The station's pager calls :meth:`TabletService.supervise`: each bay going quiet,
and coming back, is audited once (``tablet_not_responding``,
``tablet_responding``, or ``tablet_watch_ended`` when the visit ended while it
was still quiet), however many stations watch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.clock import Clock
from kiosk.storage.db import Database
from kiosk.storage.repositories.audit import AuditRepository
from kiosk.storage.repositories.tablets import BAY_PREFIX, TabletRepository
from kiosk.storage.repositories.visits import VisitRepository

HEARTBEAT_EVERY = timedelta(seconds=5)
"""How often a bay tablet reports (well inside the silence limit)."""

SILENT_AFTER = timedelta(seconds=15)
"""No heartbeat this long: not responding (station re-reads every 5 s, board every 15 s)."""

QUIET_ACTION = "tablet_not_responding"
BACK_ACTION = "tablet_responding"
ENDED_ACTION = "tablet_watch_ended"
"""The bay has no patient in recovery any more, and its tablet is still quiet."""


@dataclass(frozen=True)
class SilentTablet:
    """A bay whose tablet stopped reporting while a patient is in recovery there.

    Attributes:
        bay: the bay.
        visit_id: the visit in that bay.
        patient_label: the patient's label (the board shows it).
        last_seen: the last heartbeat, or None if the tablet never reported.
    """

    bay: str
    visit_id: int
    patient_label: str
    last_seen: datetime | None


class TabletService:
    """Heartbeats and supervision."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._reported: dict[str, int | None] | None = None  # bay -> visit, audited quiet

    def beat(self, bay: str, visit_id: int | None) -> None:
        """This tablet is alive (raises StorageError when the database refuses)."""
        with self._db.unit() as s:
            TabletRepository(s).beat(bay, visit_id=visit_id, now=self._clock.now())

    def silent(self) -> list[SilentTablet]:
        """Bays with a patient in recovery whose tablet has gone quiet, by bay.

        A visit started less than :data:`SILENT_AFTER` ago gets that long for
        its tablet's first heartbeat.
        """
        now = self._clock.now()
        with self._db.unit() as s:
            seen = TabletRepository(s).last_seen()
            visits = VisitRepository(s).active()
        quiet = []
        for visit in visits:
            last = seen.get(visit.bay)
            since = last if last is not None else visit.created_at
            if now - since >= SILENT_AFTER:
                quiet.append(SilentTablet(visit.bay, visit.id, visit.patient_label, last))
        return sorted(quiet, key=lambda t: t.bay)

    def supervise(self) -> list[SilentTablet]:
        """:meth:`silent`, auditing each bay that went quiet or came back, once.

        The audit trail is read (and written) only when the quiet bays differ from
        what this station last knew, and then afresh, so a second station or a
        restart does not audit the same change twice.
        """
        quiet = self.silent()
        bays = {t.bay for t in quiet}
        if self._reported is not None and bays == set(self._reported):
            return quiet
        now = self._clock.now()
        with self._db.unit() as s:
            audit = AuditRepository(s)
            audit.hold_chain()  # two stations noticing at once: the second reads the first
            tablets = TabletRepository(s)
            reported = tablets.reported_quiet(QUIET_ACTION, (BACK_ACTION, ENDED_ACTION))
            seen = tablets.last_seen()
            for tablet in quiet:
                if tablet.bay not in reported:
                    audit.add(QUIET_ACTION, now=now, visit_id=tablet.visit_id,
                              detail=BAY_PREFIX + tablet.bay)
                    reported[tablet.bay] = tablet.visit_id
            for bay, visit_id in list(reported.items()):
                if bay not in bays:
                    last = seen.get(bay)
                    back = last is not None and now - last < SILENT_AFTER
                    audit.add(BACK_ACTION if back else ENDED_ACTION, now=now,
                              visit_id=visit_id, detail=BAY_PREFIX + bay)
                    del reported[bay]
        self._reported = reported  # only once committed
        return quiet
