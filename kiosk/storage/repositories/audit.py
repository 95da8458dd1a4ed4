"""The audit trail: who did what, when. Details never carry patient data."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.records import AuditRecord
from kiosk.storage import models as m


class AuditRepository:
    """Queries on ``audit_event`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, action: str, *, now: datetime, staff_id: int | None = None,
            visit_id: int | None = None, detail: str | None = None) -> None:
        """Append one event."""
        self._s.add(m.AuditEvent(at=now, staff_id=staff_id, action=action, visit_id=visit_id,
                                 detail=detail[:255] if detail else None))
        self._s.flush()

    def query(self, *, since: datetime | None = None, until: datetime | None = None,
              staff_id: int | None = None, limit: int = 500) -> list[AuditRecord]:
        """Events newest first, filtered by time range and person."""
        query = select(m.AuditEvent, m.Staff.name).outerjoin(
            m.Staff, m.Staff.id == m.AuditEvent.staff_id)
        if since is not None:
            query = query.where(m.AuditEvent.at >= since)
        if until is not None:
            query = query.where(m.AuditEvent.at < until)
        if staff_id is not None:
            query = query.where(m.AuditEvent.staff_id == staff_id)
        rows = self._s.execute(query.order_by(m.AuditEvent.at.desc(), m.AuditEvent.id.desc())
                               .limit(limit))
        return [AuditRecord(id=e.id, at=e.at, staff_name=name, action=e.action,
                            visit_id=e.visit_id, detail=e.detail) for e, name in rows]
