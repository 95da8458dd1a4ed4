"""Recording and reading the audit trail."""

from __future__ import annotations

from datetime import datetime

from kiosk.domain.clock import Clock
from kiosk.domain.records import AuditRecord
from kiosk.storage.db import Database
from kiosk.storage.repositories.audit import AuditRepository


class AuditService:
    """Append-only audit events; details must never carry patient data."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def record(self, action: str, *, staff_id: int | None = None, visit_id: int | None = None,
               detail: str | None = None) -> None:
        """Store one event in its own transaction."""
        with self._db.unit() as s:
            AuditRepository(s).add(action, now=self._clock.now(), staff_id=staff_id,
                                   visit_id=visit_id, detail=detail)

    def events(self, *, since: datetime | None = None, until: datetime | None = None,
               staff_id: int | None = None, limit: int = 500) -> list[AuditRecord]:
        """Events newest first, filtered by date range and person."""
        with self._db.unit() as s:
            return AuditRepository(s).query(since=since, until=until, staff_id=staff_id,
                                            limit=limit)
