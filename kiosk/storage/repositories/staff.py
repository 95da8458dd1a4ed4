"""Staff accounts: list, add, and keep the PIN-failure counters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.records import StaffRecord
from kiosk.storage import models as m


def to_record(row: m.Staff) -> StaffRecord:
    """Convert a staff row, leaving the PIN hash behind."""
    return StaffRecord(id=row.id, name=row.name, role=row.role, active=bool(row.active),
                       failed_tries=row.failed_tries or 0, locked_until=row.locked_until)


class StaffRepository:
    """Queries on ``staff`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def count(self) -> int:
        """How many accounts exist, active or not."""
        return int(self._s.scalar(select(func.count()).select_from(m.Staff)) or 0)

    def row(self, staff_id: int) -> m.Staff | None:
        """The ORM row (for the service that owns PIN checks)."""
        return self._s.get(m.Staff, staff_id)

    def by_name(self, name: str) -> m.Staff | None:
        """The account with this name, compared without regard to case."""
        return self._s.scalars(select(m.Staff).where(
            func.lower(m.Staff.name) == name.lower())).first()

    def list(self, *, active_only: bool) -> list[StaffRecord]:
        """Accounts sorted by name."""
        query = select(m.Staff)
        if active_only:
            query = query.where(m.Staff.active.is_(True))
        return [to_record(r) for r in self._s.scalars(query.order_by(m.Staff.name))]

    def add(self, *, name: str, role: str, pin_hash: str, now: datetime) -> StaffRecord:
        """Insert an active account."""
        row = m.Staff(name=name, role=role, pin_hash=pin_hash, failed_tries=0, lock_count=0,
                      active=True, created_at=now)
        self._s.add(row)
        self._s.flush()
        return to_record(row)
