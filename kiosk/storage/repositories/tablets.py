"""Tablet heartbeats: the last time each bay's tablet reported in, and what was audited."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.storage import models as m

BAY_PREFIX = "bay "
"""Supervision events say which bay in ``detail``: "bay Bay 3" (no patient data)."""


class TabletRepository:
    """Queries on ``tablet_heartbeat`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def beat(self, bay: str, *, visit_id: int | None, now: datetime) -> None:
        """Record that the tablet of ``bay`` is alive (showing ``visit_id``)."""
        row = self._s.get(m.TabletHeartbeat, bay)
        if row is None:
            self._s.add(m.TabletHeartbeat(bay=bay, seen_at=now, visit_id=visit_id))
        else:
            row.seen_at, row.visit_id = now, visit_id
        self._s.flush()

    def reported_quiet(self, quiet: str, cleared: tuple[str, ...]) -> dict[str, int | None]:
        """Bays whose newest supervision event is ``quiet`` -> that event's visit id.

        Supervision events carry ``detail`` "bay <name>"; the trail is read only
        when a station sees a bay change (rare), never on every heartbeat.
        """
        rows = self._s.execute(
            select(m.AuditEvent.action, m.AuditEvent.detail, m.AuditEvent.visit_id)
            .where(m.AuditEvent.action.in_((quiet, *cleared)))
            .order_by(m.AuditEvent.id.desc()))
        newest: dict[str, tuple[str, int | None]] = {}
        for action, detail, visit_id in rows:
            bay = (detail or "").removeprefix(BAY_PREFIX)
            newest.setdefault(bay, (action, visit_id))
        return {bay: visit_id for bay, (action, visit_id) in newest.items() if action == quiet}

    def last_seen(self) -> dict[str, datetime]:
        """Bay -> last heartbeat."""
        return {bay: at for bay, at in self._s.execute(
            select(m.TabletHeartbeat.bay, m.TabletHeartbeat.seen_at))}
