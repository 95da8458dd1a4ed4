"""Rows for the admin export: visits opened in a time range and everything recorded for them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kiosk.domain.records import (
    AlertRecord,
    AnswerRecord,
    CheckinRecord,
    ObservationRecord,
    VisitRecord,
)
from kiosk.storage import models as m
from kiosk.storage.repositories import convert


class ExportRepository:
    """Read-only queries for exports, within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def visits_between(self, since: datetime, until: datetime) -> list[VisitRecord]:
        """Visits opened in ``[since, until)``, oldest first."""
        rows = self._s.scalars(select(m.Visit).where(m.Visit.created_at >= since,
                                                     m.Visit.created_at < until)
                               .order_by(m.Visit.created_at, m.Visit.id))
        return [convert.visit(r) for r in rows]

    def checkins(self, visit_ids: Sequence[int]) -> list[CheckinRecord]:
        """Check-ins of these visits, by visit and due time."""
        rows = self._s.scalars(select(m.CheckIn).where(m.CheckIn.visit_id.in_(visit_ids))
                               .order_by(m.CheckIn.visit_id, m.CheckIn.due_at, m.CheckIn.id))
        return [convert.checkin(r) for r in rows]

    def answers(self, checkin_ids: Sequence[int]) -> list[AnswerRecord]:
        """Answers of these check-ins, in the order they were given."""
        rows = self._s.scalars(select(m.Answer).where(m.Answer.checkin_id.in_(checkin_ids))
                               .order_by(m.Answer.checkin_id, m.Answer.id))
        return [convert.answer(r) for r in rows]

    def observations(self, visit_ids: Sequence[int]) -> list[ObservationRecord]:
        """Nurse observations of these visits, with who entered them."""
        rows = self._s.execute(
            select(m.Observation, m.Staff.name)
            .outerjoin(m.Staff, m.Staff.id == m.Observation.entered_by_id)
            .where(m.Observation.visit_id.in_(visit_ids))
            .order_by(m.Observation.visit_id, m.Observation.taken_at, m.Observation.id))
        return [convert.observation(o, name) for o, name in rows]

    def alerts(self, visit_ids: Sequence[int]) -> list[AlertRecord]:
        """Alerts of these visits, with who acknowledged them."""
        staff = aliased(m.Staff)
        rows = self._s.execute(
            select(m.Alert, staff.name)
            .outerjoin(staff, staff.id == m.Alert.acknowledged_by_id)
            .where(m.Alert.visit_id.in_(visit_ids))
            .order_by(m.Alert.visit_id, m.Alert.raised_at, m.Alert.id))
        return [convert.alert(a, name) for a, name in rows]
