"""Check-ins and their answers."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.records import (
    AnswerRecord,
    CheckinKind,
    CheckinRecord,
    CheckinStatus,
)
from kiosk.storage import models as m
from kiosk.storage.repositories import convert

AnswerValue = bool | int | float | str | list[str]


def value_type(value: AnswerValue) -> str:
    """The stored type name of an answer value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "decimal"  # decimal and quantity answers; JSON keeps 3.0 a float
    if isinstance(value, str):
        return "string"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "codes"
    raise TypeError(f"unsupported answer value {type(value).__name__}")


class CheckinRepository:
    """Queries on ``checkin`` and ``answer`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, *, visit_id: int, url: str, version: str, kind: CheckinKind,
            due_at: datetime, status: CheckinStatus = CheckinStatus.DUE,
            started_at: datetime | None = None, entered_by: str = "patient") -> CheckinRecord:
        """Insert a check-in."""
        row = m.CheckIn(visit_id=visit_id, questionnaire_url=url, questionnaire_version=version,
                        kind=kind.value, status=status.value, due_at=due_at,
                        started_at=started_at, entered_by=entered_by)
        self._s.add(row)
        self._s.flush()
        return convert.checkin(row)

    def get(self, checkin_id: int) -> CheckinRecord | None:
        """The check-in with this id, or None."""
        row = self._s.get(m.CheckIn, checkin_id)
        return convert.checkin(row) if row else None

    def for_visit(self, visit_id: int) -> list[CheckinRecord]:
        """All check-ins of a visit, in due order."""
        rows = self._s.scalars(select(m.CheckIn).where(m.CheckIn.visit_id == visit_id)
                               .order_by(m.CheckIn.due_at, m.CheckIn.id))
        return [convert.checkin(r) for r in rows]

    def latest(self, visit_id: int, kind: CheckinKind | None = None) -> CheckinRecord | None:
        """The newest check-in of a visit (optionally of one kind)."""
        query = select(m.CheckIn).where(m.CheckIn.visit_id == visit_id)
        if kind is not None:
            query = query.where(m.CheckIn.kind == kind.value)
        row = self._s.scalars(query.order_by(m.CheckIn.due_at.desc(), m.CheckIn.id.desc())
                              .limit(1)).first()
        return convert.checkin(row) if row else None

    def set_status(self, checkin_id: int, status: CheckinStatus, now: datetime) -> CheckinRecord:
        """Move a check-in along its life, stamping the time."""
        row = self._s.get_one(m.CheckIn, checkin_id)
        row.status = status.value
        if status is CheckinStatus.STARTED and row.started_at is None:
            row.started_at = now
        if status is CheckinStatus.COMPLETED:
            row.completed_at = now
        self._s.flush()
        return convert.checkin(row)

    def put_answer(self, checkin_id: int, link_id: str, value: AnswerValue,
                   now: datetime) -> AnswerRecord:
        """Insert or replace the answer to one item."""
        row = self._s.scalars(select(m.Answer).where(m.Answer.checkin_id == checkin_id,
                                                     m.Answer.link_id == link_id)).first()
        if row is None:
            row = m.Answer(checkin_id=checkin_id, link_id=link_id)
            self._s.add(row)
        row.value_type = value_type(value)
        row.value_json = json.dumps(value)
        row.answered_at = now
        self._s.flush()
        return convert.answer(row)

    def delete_answer(self, checkin_id: int, link_id: str) -> None:
        """Forget one answer (the patient went back and cleared it)."""
        row = self._s.scalars(select(m.Answer).where(m.Answer.checkin_id == checkin_id,
                                                     m.Answer.link_id == link_id)).first()
        if row is not None:
            self._s.delete(row)
            self._s.flush()

    def answers(self, checkin_id: int) -> dict[str, AnswerValue]:
        """Answers of one check-in by linkId, in the order they were given."""
        rows = self._s.scalars(select(m.Answer).where(m.Answer.checkin_id == checkin_id)
                               .order_by(m.Answer.id))
        return {r.link_id: json.loads(r.value_json) for r in rows}
