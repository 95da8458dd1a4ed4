"""Alerts: the patient calls a nurse, nurses see and acknowledge them."""

from __future__ import annotations

from kiosk.domain.clock import Clock
from kiosk.domain.records import AlertRecord, Severity
from kiosk.services.events import AlertRaised, AlertResolved
from kiosk.services.publishing import Publisher
from kiosk.storage.db import Database
from kiosk.storage.repositories.alerts import AlertRepository
from kiosk.storage.repositories.audit import AuditRepository

CALL_NURSE_CAUSE = "Patient pressed 'call a nurse'"
CALL_NURSE_RULE = "call-nurse"


class AlertService:
    """Use cases on alerts."""

    def __init__(self, db: Database, clock: Clock, *, events: Publisher | None = None) -> None:
        self._db = db
        self._clock = clock
        self._events = events or Publisher.local(db)

    def call_nurse(self, visit_id: int) -> AlertRecord:
        """Store the patient's call for a nurse (lower severity, shown at once)."""
        return self.raise_alert(visit_id, CALL_NURSE_CAUSE, Severity.REQUEST,
                                rule_id=CALL_NURSE_RULE)

    def raise_alert(self, visit_id: int, cause: str, severity: Severity, *,
                    rule_id: str | None = None, checkin_id: int | None = None) -> AlertRecord:
        """Store a new open alert in its own transaction."""
        with self._db.unit() as s:
            alert = AlertRepository(s).add(visit_id=visit_id, cause=cause, severity=severity,
                                           now=self._clock.now(), rule_id=rule_id,
                                           checkin_id=checkin_id)
            self._events.stage(s, AlertRaised(visit_id, alert.id, alert.severity.value))
        return alert

    def for_visit(self, visit_id: int, *, open_only: bool = False) -> list[AlertRecord]:
        """A visit's alerts, newest first."""
        with self._db.unit() as s:
            return AlertRepository(s).for_visit(visit_id, open_only=open_only)

    def acknowledge(self, alert_id: int, *, staff_id: int | None,
                    note: str | None = None) -> AlertRecord:
        """Mark an alert dealt with, and audit who did it."""
        now = self._clock.now()
        with self._db.unit() as s:
            alert = AlertRepository(s).acknowledge(alert_id, staff_id=staff_id, now=now,
                                                   note=(note or "").strip() or None)
            AuditRepository(s).add("alert_acknowledged", now=now, staff_id=staff_id,
                                   visit_id=alert.visit_id, detail=f"alert {alert_id}")
            self._events.stage(s, AlertResolved(alert.visit_id, alert_id))
        return alert
