"""Where a bay tablet's full start puts its patient: the bay's resume row, as records.

The row is kept by the check-in and visit services in the transaction of every
change the restart rule reads (:mod:`kiosk.domain.resume`); the quick restart
reads the same row without SQLAlchemy (:mod:`kiosk.storage.peek`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.domain.records import CheckinRecord, VisitRecord, VisitStatus
from kiosk.domain.resume import RestartScreen
from kiosk.storage.db import Database
from kiosk.storage.repositories.checkins import CheckinRepository
from kiosk.storage.repositories.resume import ResumeRepository
from kiosk.storage.repositories.visits import VisitRepository


@dataclass(frozen=True)
class BayResume:
    """The patient a restarting tablet shows, and where.

    Attributes:
        visit: the bay's recovering visit.
        screen: where the patient is put back.
        checkin: the unfinished check-in (``RestartScreen.CHECKIN`` only).
        answers: its saved answers.
    """

    visit: VisitRecord
    screen: RestartScreen
    checkin: CheckinRecord | None = None
    answers: Mapping[str, Any] | None = None


class ResumeService:
    """Reads (and, after an upgrade, first writes) a bay's resume row."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def for_bay(self, bay: str) -> BayResume | None:
        """The bay's patient and restart screen, or None when nobody recovers there.

        A bay with a recovering visit but no row yet (a database upgraded with
        patients in recovery) gets its row written now.
        """
        with self._db.unit() as s:
            rows = ResumeRepository(s)
            row = rows.for_bay(bay)
            if row is None:
                active = VisitRepository(s).active_for_bay(bay)
                row = rows.refresh(active.id) if active is not None else None
            if row is None:
                return None
            visit = VisitRepository(s).get(row.visit_id)
            if visit is None or visit.status is not VisitStatus.RECOVERING:
                return None
            checkin = CheckinRepository(s).get(row.checkin_id) \
                if row.checkin_id is not None else None
            return BayResume(visit, row.screen, checkin, row.answers if checkin else None)
