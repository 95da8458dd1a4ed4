"""Alerts: raise (once per client token), list open ones, mark seen, resolve."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kiosk.domain.records import AlertRecord, Severity, VisitStatus
from kiosk.storage import models as m
from kiosk.storage.repositories import convert


class AlertRepository:
    """Queries on ``alert`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, *, visit_id: int | None, cause: str, severity: Severity, now: datetime,
            rule_id: str | None = None, checkin_id: int | None = None,
            bay: str | None = None, token: str | None = None) -> AlertRecord:
        """Store a new, open alert.

        ``bay`` defaults to the visit's bay. ``token`` is the tablet's own id for
        a queued call (unique: check :meth:`by_token` first).
        """
        if bay is None and visit_id is not None:
            bay = self._s.scalar(select(m.Visit.bay).where(m.Visit.id == visit_id))
        row = m.Alert(visit_id=visit_id, cause=cause, severity=severity.value, raised_at=now,
                      rule_id=rule_id, checkin_id=checkin_id, bay=bay, token=token)
        self._s.add(row)
        self._s.flush()
        return convert.alert(row)

    def by_token(self, token: str) -> AlertRecord | None:
        """The alert stored under a client token, if any."""
        found = self._s.scalar(select(m.Alert).where(m.Alert.token == token))
        return convert.alert(found) if found is not None else None

    def open_rule_ids(self, checkin_id: int) -> set[str]:
        """Rule ids that already raised an alert in this check-in."""
        return {r for r in self._s.scalars(
            select(m.Alert.rule_id).where(m.Alert.checkin_id == checkin_id)) if r}

    def get(self, alert_id: int) -> AlertRecord | None:
        """One alert with the names of who saw and who resolved it."""
        for row, resolver, seer in self._s.execute(self._named().where(m.Alert.id == alert_id)):
            return convert.alert(row, resolver, seer)
        return None

    def for_visit(self, visit_id: int, *, open_only: bool = False) -> list[AlertRecord]:
        """Alerts of a visit, newest first."""
        query = self._named().where(m.Alert.visit_id == visit_id)
        if open_only:
            query = query.where(m.Alert.acknowledged_at.is_(None))
        rows = self._s.execute(query.order_by(m.Alert.raised_at.desc(), m.Alert.id.desc()))
        return [convert.alert(a, resolver, seer) for a, resolver, seer in rows]

    def open_alerts(self) -> list[AlertRecord]:
        """Every open alert of an active visit or an empty bay, oldest first."""
        query = (self._named().outerjoin(m.Visit, m.Visit.id == m.Alert.visit_id)
                 .where(m.Alert.acknowledged_at.is_(None))
                 .where(m.Alert.visit_id.is_(None)
                        | (m.Visit.status == VisitStatus.RECOVERING.value))
                 .order_by(m.Alert.raised_at, m.Alert.id))
        return [convert.alert(a, resolver, seer) for a, resolver, seer in self._s.execute(query)]

    def see(self, alert_id: int, *, staff_id: int | None, now: datetime) -> bool:
        """Record "on the way" (the first nurse wins). True when this call changed it."""
        row = self._s.get_one(m.Alert, alert_id)
        if row.seen_at is not None or row.acknowledged_at is not None:
            return False
        row.seen_at = now
        row.seen_by_id = staff_id
        self._s.flush()
        return True

    def resolve(self, alert_id: int, *, staff_id: int | None, now: datetime,
                note: str | None) -> bool:
        """Close an alert, by whom, with an optional note. True when this call closed it."""
        row = self._s.get_one(m.Alert, alert_id)
        if row.acknowledged_at is not None:
            return False
        row.acknowledged_at = now
        row.acknowledged_by_id = staff_id
        row.note = note or None
        if row.seen_at is None:  # resolved at the bedside without an "on the way" first
            row.seen_at, row.seen_by_id = now, staff_id
        self._s.flush()
        return True

    @staticmethod
    def _named() -> Any:
        resolver, seer = aliased(m.Staff), aliased(m.Staff)
        return (select(m.Alert, resolver.name, seer.name)
                .outerjoin(resolver, resolver.id == m.Alert.acknowledged_by_id)
                .outerjoin(seer, seer.id == m.Alert.seen_by_id))
