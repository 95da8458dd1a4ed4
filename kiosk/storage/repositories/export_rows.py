"""Rows for the admin export: visits opened in a time range and everything recorded for them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.types import NullType

from kiosk.domain.records import (
    AlertRecord,
    AnswerRecord,
    CheckinRecord,
    ObservationRecord,
    VisitRecord,
)
from kiosk.storage import models as m
from kiosk.storage.repositories import convert

YIELD_PER = 1000
_NONE = object()
_DECODED: dict[str, Any] = {}
_DECODED_LIMIT = 10_000


def _iso(stored: Any) -> str:
    """A stored UTC time (SQLite: 'YYYY-MM-DD HH:MM:SS.ffffff') as ISO 8601 to the second."""
    if isinstance(stored, str):
        return f"{stored[:10]}T{stored[11:19]}+00:00"
    moment: datetime = stored  # a naive UTC datetime (PostgreSQL)
    moment = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.isoformat(timespec="seconds")


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

    def visit_ids_between(self, since: datetime, until: datetime) -> list[int]:
        """Ids of the visits opened in ``[since, until)``, oldest first (ids only: cheap)."""
        return list(self._s.scalars(
            select(m.Visit.id).where(m.Visit.created_at >= since, m.Visit.created_at < until)
            .order_by(m.Visit.created_at, m.Visit.id)))

    def visits(self, visit_ids: Sequence[int]) -> list[VisitRecord]:
        """These visits, oldest first (one chunk of an export)."""
        rows = self._s.scalars(select(m.Visit).where(m.Visit.id.in_(visit_ids))
                               .order_by(m.Visit.created_at, m.Visit.id))
        return [convert.visit(r) for r in rows]

    def answer_rows(self, visit_ids: Sequence[int]) -> list[tuple[int, str, Any, str]]:
        """Answers of these visits as (check-in id, linkId, value, answered_at ISO 8601) tuples.

        What the export writes, straight from the driver's rows: the time is not
        turned into a datetime and back (a year holds 1.5 million answers), and the
        few distinct stored values are decoded once each. Ordered by visit,
        check-in and answer, so a visit's responses are built in one pass.
        """
        a = m.Answer.__table__.c
        # On the session's connection: Core rows, no ORM loading.
        rows = self._s.connection().execute(
            select(a.checkin_id, a.link_id, a.value_json, type_coerce(a.answered_at, NullType()))
            .join(m.CheckIn.__table__, m.CheckIn.__table__.c.id == a.checkin_id)
            .where(m.CheckIn.__table__.c.visit_id.in_(visit_ids))
            .order_by(m.CheckIn.__table__.c.visit_id, a.checkin_id, a.id)
            .execution_options(yield_per=YIELD_PER))
        decoded = _DECODED
        out = []
        for checkin_id, link_id, raw, answered in rows:
            value = decoded.get(raw, _NONE)
            if value is _NONE:
                value = json.loads(raw)
                if not isinstance(value, list | dict) and len(decoded) < _DECODED_LIMIT:
                    decoded[raw] = value  # immutable: shared safely
            out.append((checkin_id, link_id, value, _iso(answered)))
        return out

    def checkins(self, visit_ids: Sequence[int]) -> list[CheckinRecord]:
        """Check-ins of these visits, by visit and due time."""
        table = m.CheckIn.__table__
        # Core rows (same attribute names) rather than ORM objects: nine per visit.
        rows = self._s.connection().execute(select(table).where(table.c.visit_id.in_(visit_ids))
                               .order_by(table.c.visit_id, table.c.due_at, table.c.id))
        return [convert.checkin(r) for r in rows]  # type: ignore[arg-type]

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
