"""Alerts: raise, list open ones, acknowledge."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.records import AlertRecord, Severity
from kiosk.storage import models as m
from kiosk.storage.repositories import convert


class AlertRepository:
    """Queries on ``alert`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, *, visit_id: int, cause: str, severity: Severity, now: datetime,
            rule_id: str | None = None, checkin_id: int | None = None) -> AlertRecord:
        """Store a new, open alert."""
        row = m.Alert(visit_id=visit_id, cause=cause, severity=severity.value, raised_at=now,
                      rule_id=rule_id, checkin_id=checkin_id)
        self._s.add(row)
        self._s.flush()
        return convert.alert(row)

    def open_rule_ids(self, checkin_id: int) -> set[str]:
        """Rule ids that already raised an alert in this check-in."""
        return {r for r in self._s.scalars(
            select(m.Alert.rule_id).where(m.Alert.checkin_id == checkin_id)) if r}

    def for_visit(self, visit_id: int, *, open_only: bool = False) -> list[AlertRecord]:
        """Alerts of a visit, newest first."""
        query = (select(m.Alert, m.Staff.name).outerjoin(
            m.Staff, m.Staff.id == m.Alert.acknowledged_by_id)
            .where(m.Alert.visit_id == visit_id))
        if open_only:
            query = query.where(m.Alert.acknowledged_at.is_(None))
        rows = self._s.execute(query.order_by(m.Alert.raised_at.desc(), m.Alert.id.desc()))
        return [convert.alert(a, name) for a, name in rows]

    def acknowledge(self, alert_id: int, *, staff_id: int | None, now: datetime,
                    note: str | None) -> AlertRecord:
        """Mark an alert dealt with, by whom, with an optional note."""
        row = self._s.get_one(m.Alert, alert_id)
        if row.acknowledged_at is None:
            row.acknowledged_at = now
            row.acknowledged_by_id = staff_id
            row.note = note or None
        self._s.flush()
        name = self._s.get(m.Staff, staff_id).name if staff_id else None  # type: ignore[union-attr]
        return convert.alert(row, name)
