"""Visits: start, find the active one for a bay, change status."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.records import Treatment, VisitRecord, VisitStatus
from kiosk.storage import models as m
from kiosk.storage.repositories import convert


class VisitRepository:
    """Queries on the ``visit`` table within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, *, patient_label: str, bay: str, treatment: Treatment,
            infusion_end: datetime, now: datetime, record_number: str | None = None,
            baseline_systolic: int | None = None, baseline_diastolic: int | None = None,
            baseline_pulse: int | None = None, language: str = "en",
            staff_id: int | None = None, dose_mg: int | None = None) -> VisitRecord:
        """Insert a recovering visit and return it."""
        row = m.Visit(
            patient_label=patient_label, record_number=record_number, bay=bay,
            treatment=treatment.value, infusion_end=infusion_end,
            baseline_systolic=baseline_systolic, baseline_diastolic=baseline_diastolic,
            baseline_pulse=baseline_pulse, language=language,
            status=VisitStatus.RECOVERING.value, created_at=now, created_by_id=staff_id,
            escort_confirmed=False, dose_mg=dose_mg,
        )
        self._s.add(row)
        self._s.flush()
        return convert.visit(row)

    def get(self, visit_id: int) -> VisitRecord | None:
        """The visit with this id, or None."""
        row = self._s.get(m.Visit, visit_id)
        return convert.visit(row) if row else None

    def require(self, visit_id: int) -> VisitRecord:
        """The visit with this id.

        Raises:
            LookupError: no such visit.
        """
        visit = self.get(visit_id)
        if visit is None:
            raise LookupError(f"visit {visit_id} does not exist")
        return visit

    def active(self) -> list[VisitRecord]:
        """Every recovering visit (uses the status index), oldest first."""
        rows = self._s.scalars(
            select(m.Visit).where(m.Visit.status == VisitStatus.RECOVERING.value)
            .order_by(m.Visit.id))
        return [convert.visit(r) for r in rows]

    def active_for_bay(self, bay: str) -> VisitRecord | None:
        """The recovering visit in a bay, newest if (wrongly) several."""
        row = self._s.scalars(
            select(m.Visit).where(m.Visit.status == VisitStatus.RECOVERING.value,
                                  m.Visit.bay == bay)
            .order_by(m.Visit.id.desc()).limit(1)).first()
        return convert.visit(row) if row else None

    def set_status(self, visit_id: int, status: VisitStatus, *, now: datetime,
                   staff_id: int | None, override_reason: str | None = None) -> VisitRecord:
        """Change a visit's status, recording who and when."""
        row = self._s.get_one(m.Visit, visit_id)
        row.status = status.value
        row.status_changed_at = now
        row.status_changed_by_id = staff_id
        if override_reason is not None:
            row.override_reason = override_reason
        self._s.flush()
        return convert.visit(row)

    def update(self, visit_id: int, **values: object) -> VisitRecord:
        """Set plain columns (escort_confirmed, safety_assessed_at, ...)."""
        row = self._s.get_one(m.Visit, visit_id)
        for key, value in values.items():
            if not hasattr(m.Visit, key):
                raise AttributeError(f"visit has no column {key}")
            setattr(row, key, value)
        self._s.flush()
        return convert.visit(row)
