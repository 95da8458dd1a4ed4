"""Supervised tablets: each bay tablet reports a heartbeat; the station notices silence.

Hospital nurse-call systems (UL 1069) supervise their bedside stations; the
kiosk does the same. A bay with a patient in recovery whose tablet has not
reported for :data:`SILENT_AFTER` is "not responding" (crashed, powered off,
off the network) until it reports again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.clock import Clock
from kiosk.storage.db import Database
from kiosk.storage.repositories.tablets import TabletRepository
from kiosk.storage.repositories.visits import VisitRepository

HEARTBEAT_EVERY = timedelta(seconds=5)
"""How often a bay tablet reports (well inside the silence limit)."""

SILENT_AFTER = timedelta(seconds=15)
"""No heartbeat this long: not responding (station re-reads every 5 s, board every 15 s)."""


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
