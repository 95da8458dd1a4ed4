"""The ``bay_resume`` rows: written with every change the restart rule reads."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kiosk.domain.records import VisitStatus
from kiosk.domain.restart_rule import resume_for
from kiosk.domain.resume import ResumeRecord
from kiosk.storage import models as m
from kiosk.storage.repositories.checkins import CheckinRepository
from kiosk.storage.repositories.visits import VisitRepository
from kiosk.storage.resume_sql import RESUME_COLUMNS, decode_resume, encode_resume


class ResumeRepository:
    """Queries on ``bay_resume`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def for_bay(self, bay: str) -> ResumeRecord | None:
        """The stored resume row of a bay, or None."""
        row = self._s.get(m.BayResume, bay)
        if row is None:
            return None
        return decode_resume([getattr(row, name) for name in RESUME_COLUMNS])

    def refresh(self, visit_id: int) -> ResumeRecord | None:
        """Apply the restart rule to a visit and store its bay's row (in this transaction).

        A visit no longer recovering has its bay's row removed (if the row is
        still its own). Returns the row stored, or None.
        """
        visit = VisitRepository(self._s).get(visit_id)
        if visit is None:
            return None
        # Locks the bay's row first on PostgreSQL: two writers for one bay take turns.
        row = self._s.get(m.BayResume, visit.bay, with_for_update=True)
        if visit.status is not VisitStatus.RECOVERING:
            if row is not None and row.visit_id == visit.id:
                self._s.delete(row)
                self._s.flush()
            return None
        checkins = CheckinRepository(self._s)
        record = resume_for(visit, checkins.for_visit(visit.id), checkins.answers)
        values = encode_resume(record)
        if row is None:
            row = m.BayResume(**values)
            self._s.add(row)
        else:
            for name, value in values.items():
                setattr(row, name, value)
        self._s.flush()
        return record
