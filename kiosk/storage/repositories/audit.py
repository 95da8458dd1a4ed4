"""The audit trail: who did what, when. Details never carry patient data.

Every event is chained to the one before it (:mod:`kiosk.storage.audit_chain`).
Writers must agree on which event is "the one before", so adding an event first
serialises them: on SQLite the insert takes the database's write lock before the
previous hash is read; on PostgreSQL a transaction-scoped advisory lock does.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kiosk.domain.records import AuditRecord
from kiosk.storage import models as m
from kiosk.storage.audit_chain import GENESIS, event_hash

_PG_CHAIN_LOCK = 7_013_001
"""Advisory lock key held while a PostgreSQL transaction appends to the chain."""


class AuditRepository:
    """Queries on ``audit_event`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, action: str, *, now: datetime, staff_id: int | None = None,
            visit_id: int | None = None, detail: str | None = None) -> None:
        """Append one event, chained to the newest one."""
        detail = detail[:255] if detail else None
        event = m.AuditEvent(at=now, staff_id=staff_id, action=action, visit_id=visit_id,
                             detail=detail)
        postgres = self._s.get_bind().dialect.name == "postgresql"
        if postgres:  # the app's role may only INSERT here: hash before inserting
            self._s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_CHAIN_LOCK})
            event.prev_hash = self._newest_hash(None)
        else:  # the insert takes SQLite's write lock before the newest hash is read
            self._s.add(event)
            self._s.flush()
            event.prev_hash = self._newest_hash(event.id)
        event.hash = event_hash(event.prev_hash, at=now, staff_id=staff_id, action=action,
                                visit_id=visit_id, detail=detail)
        self._s.add(event)
        self._s.flush()

    def hold_chain(self) -> None:
        """Wait for every other writer of the trail now, for a read-then-add.

        On PostgreSQL this takes the chain's advisory lock early (held to the end of
        the transaction; :meth:`add` takes it again at no cost). On SQLite nothing is
        needed: a transaction that read before another writer committed is refused
        when it adds, and its caller tries again later.
        """
        if self._s.get_bind().dialect.name == "postgresql":
            self._s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_CHAIN_LOCK})

    def _newest_hash(self, before_id: int | None) -> str:
        query = select(m.AuditEvent.hash).order_by(m.AuditEvent.id.desc()).limit(1)
        if before_id is not None:
            query = query.where(m.AuditEvent.id < before_id)
        return self._s.scalar(query) or GENESIS

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
