"""Purging finished visits with every row that belongs to them, journal text first."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from kiosk.domain.records import VisitStatus
from kiosk.storage import models as m

FINISHED = (VisitStatus.DISCHARGED.value, VisitStatus.CANCELLED.value)


class RetentionRepository:
    """Deletes within one session; returns how many rows went, per table."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def finished_before(self, cutoff: datetime) -> list[int]:
        """Ids of discharged or cancelled visits that ended before ``cutoff``."""
        ended = func.coalesce(m.Visit.status_changed_at, m.Visit.created_at)
        return list(self._s.scalars(select(m.Visit.id).where(
            m.Visit.status.in_(FINISHED), ended < cutoff).order_by(m.Visit.id)))

    def purge(self, visit_ids: list[int]) -> dict[str, int]:
        """Delete the visits and their rows; counts per table (no other detail)."""
        counts = {"journal_entry": 0, "answer": 0, "alert": 0, "checkin": 0,
                  "observation": 0, "visit": 0}
        for start in range(0, len(visit_ids), 500):  # stay under bound-parameter limits
            ids = visit_ids[start:start + 500]
            checkins = select(m.CheckIn.id).where(m.CheckIn.visit_id.in_(ids))
            # The journal first: the most private text goes before anything else.
            steps = (
                ("journal_entry", delete(m.JournalEntry).where(m.JournalEntry.visit_id.in_(ids))),
                ("answer", delete(m.Answer).where(m.Answer.checkin_id.in_(checkins))),
                ("alert", delete(m.Alert).where(or_(m.Alert.visit_id.in_(ids),
                                                    m.Alert.checkin_id.in_(checkins)))),
                ("checkin", delete(m.CheckIn).where(m.CheckIn.visit_id.in_(ids))),
                ("observation", delete(m.Observation).where(m.Observation.visit_id.in_(ids))),
                ("visit", delete(m.Visit).where(m.Visit.id.in_(ids))),
            )
            for table, statement in steps:
                result = self._s.execute(statement.execution_options(synchronize_session=False))
                counts[table] += int(result.rowcount)  # type: ignore[attr-defined]
        return counts
