"""Alerts: raised (a call, a red-flag answer), seen ("I'm on my way"), resolved.

Each step is audited and published on the change feed after its commit, so
every station pages and the patient's tablet says what is happening.
"""

from __future__ import annotations

from kiosk.domain.clock import Clock
from kiosk.domain.messages import Message
from kiosk.domain.records import AlertRecord, Severity
from kiosk.services.events import AlertRaised, AlertResolved, AlertSeen
from kiosk.services.publishing import Publisher
from kiosk.storage.db import Database
from kiosk.storage.repositories.alerts import AlertRepository
from kiosk.storage.repositories.audit import AuditRepository

CALL_NURSE_CAUSE = Message("cause.call_nurse").english()
CALL_NURSE_RULE = "call-nurse"
BAY_CALL_CAUSE = Message("cause.bay_call").english()


class AlertService:
    """Use cases on alerts.

    Events are staged in the transaction of each change (other processes get
    them with the commit) and published on the local feed after it.
    """

    def __init__(self, db: Database, clock: Clock, *, events: Publisher | None = None) -> None:
        self._db = db
        self._clock = clock
        self._events = events or Publisher.local(db)

    def call_nurse(self, visit_id: int | None, *, bay: str | None = None,
                   token: str | None = None) -> AlertRecord:
        """Store the patient's call for a nurse (lower severity, shown at once).

        ``visit_id`` None is a call from an empty bay (``bay`` then says which).
        """
        cause = CALL_NURSE_CAUSE if visit_id is not None else BAY_CALL_CAUSE
        return self.raise_alert(visit_id, cause, Severity.REQUEST, rule_id=CALL_NURSE_RULE,
                                bay=bay, token=token)

    def raise_alert(self, visit_id: int | None, cause: str, severity: Severity, *,
                    rule_id: str | None = None, checkin_id: int | None = None,
                    bay: str | None = None, token: str | None = None) -> AlertRecord:
        """Store a new open alert in its own transaction (once per ``token``)."""
        now = self._clock.now()
        with self._db.unit() as s:
            repo = AlertRepository(s)
            stored = repo.by_token(token) if token is not None else None
            if stored is None and rule_id is not None and checkin_id is not None \
                    and rule_id in repo.open_rule_ids(checkin_id):
                # The answer that raised it reached the database first: one alert only.
                stored = next(a for a in repo.for_visit(visit_id or 0)
                              if a.rule_id == rule_id and a.checkin_id == checkin_id)
            if stored is not None:
                return stored
            alert = repo.add(visit_id=visit_id, cause=cause, severity=severity, now=now,
                             rule_id=rule_id, checkin_id=checkin_id, bay=bay, token=token)
            AuditRepository(s).add("alert_raised", now=now, visit_id=visit_id,
                                   detail=f"alert {alert.id} {severity.value}")
            self._events.stage(s, AlertRaised(visit_id or 0, alert.id, alert.severity.value))
        return alert

    def get(self, alert_id: int) -> AlertRecord | None:
        """One alert, or None."""
        with self._db.unit() as s:
            return AlertRepository(s).get(alert_id)

    def for_visit(self, visit_id: int, *, open_only: bool = False) -> list[AlertRecord]:
        """A visit's alerts, newest first."""
        with self._db.unit() as s:
            return AlertRepository(s).for_visit(visit_id, open_only=open_only)

    def open_alerts(self) -> list[AlertRecord]:
        """Every open alert of the unit (active visits and empty bays), oldest first."""
        with self._db.unit() as s:
            return AlertRepository(s).open_alerts()

    def see(self, alert_id: int, *, staff_id: int | None) -> AlertRecord:
        """"I'm on my way": record who and when, audit it, tell the patient's tablet."""
        now = self._clock.now()
        with self._db.unit() as s:
            repo = AlertRepository(s)
            changed = repo.see(alert_id, staff_id=staff_id, now=now)
            alert = repo.get(alert_id)
            assert alert is not None
            if changed:
                AuditRepository(s).add("alert_seen", now=now, staff_id=staff_id,
                                       visit_id=alert.visit_id, detail=f"alert {alert_id}")
                self._events.stage(s, AlertSeen(alert.visit_id or 0, alert_id, staff_id))
        return alert

    def resolve(self, alert_id: int, *, staff_id: int | None,
                note: str | None = None) -> AlertRecord:
        """Close an alert with an optional note, and audit who did it."""
        now = self._clock.now()
        with self._db.unit() as s:
            repo = AlertRepository(s)
            changed = repo.resolve(alert_id, staff_id=staff_id, now=now,
                                   note=(note or "").strip() or None)
            alert = repo.get(alert_id)
            assert alert is not None
            if changed:
                AuditRepository(s).add("alert_resolved", now=now, staff_id=staff_id,
                                       visit_id=alert.visit_id, detail=f"alert {alert_id}")
                self._events.stage(s, AlertResolved(alert.visit_id or 0, alert_id))
        return alert

    acknowledge = resolve
    """The older name of :meth:`resolve` (an alert "dealt with")."""
