"""Tablet heartbeats: the last time each bay's tablet reported in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.storage import models as m


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

    def last_seen(self) -> dict[str, datetime]:
        """Bay -> last heartbeat."""
        return {bay: at for bay, at in self._s.execute(
            select(m.TabletHeartbeat.bay, m.TabletHeartbeat.seen_at))}
