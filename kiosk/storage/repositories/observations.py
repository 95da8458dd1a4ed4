"""Nurse observations: store one, list a visit's."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.records import ObservationRecord
from kiosk.storage import models as m
from kiosk.storage.repositories import convert


class ObservationRepository:
    """Queries on ``observation`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, *, visit_id: int, taken_at: datetime, staff_id: int | None,
            **values: object) -> ObservationRecord:
        """Insert one observation (column values by name)."""
        row = m.Observation(visit_id=visit_id, taken_at=taken_at, entered_by_id=staff_id,
                            **values)
        self._s.add(row)
        self._s.flush()
        name = self._s.get(m.Staff, staff_id).name if staff_id else None  # type: ignore[union-attr]
        return convert.observation(row, name)

    def for_visit(self, visit_id: int) -> list[ObservationRecord]:
        """A visit's observations, oldest first."""
        rows = self._s.scalars(select(m.Observation).where(m.Observation.visit_id == visit_id)
                               .order_by(m.Observation.taken_at, m.Observation.id))
        return [convert.observation(r) for r in rows]
