"""Staff accounts: list, add, change, and keep the PIN-failure counters atomically.

Every method hands out plain records (:class:`~kiosk.domain.records.StaffRecord`),
never ORM rows. Counting a wrong PIN and locking the account is one
``UPDATE ... RETURNING`` statement: concurrent wrong PINs (threads, tablets)
each see the count the one before them left, so none is lost and the lock
cannot be raced past.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, literal, or_, select, update
from sqlalchemy.orm import Session

from kiosk.domain.records import StaffRecord
from kiosk.storage import models as m
from kiosk.storage.types import UTCDateTime


def to_record(row: m.Staff) -> StaffRecord:
    """Convert a staff row, leaving the PIN hash behind."""
    return StaffRecord(id=row.id, name=row.name, role=row.role, active=bool(row.active),
                       failed_tries=row.failed_tries or 0, locked_until=row.locked_until)


@dataclass(frozen=True)
class StaffAuth:
    """An account with what a PIN check needs (stays inside the services).

    Attributes:
        record: the account.
        pin_hash: its stored scrypt hash.
    """

    record: StaffRecord
    pin_hash: str


@dataclass(frozen=True)
class FailureCount:
    """The counters right after one wrong PIN was counted.

    Attributes:
        failed_tries: wrong PINs in a row now (0 when this one locked the account).
        lock_count: locks since the last good sign-in.
        locked_until: set when this wrong PIN locked the account.
    """

    failed_tries: int
    lock_count: int
    locked_until: datetime | None


class StaffRepository:
    """Queries on ``staff`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    # -- reading ---------------------------------------------------------------
    def count(self) -> int:
        """How many accounts exist, active or not."""
        return int(self._s.scalar(select(func.count()).select_from(m.Staff)) or 0)

    def get(self, staff_id: int) -> StaffRecord | None:
        """One account, or None."""
        row = self._s.get(m.Staff, staff_id)
        return to_record(row) if row is not None else None

    def auth(self, staff_id: int) -> StaffAuth | None:
        """One account with its PIN hash, or None."""
        row = self._s.get(m.Staff, staff_id)
        return StaffAuth(to_record(row), row.pin_hash) if row is not None else None

    def by_name(self, name: str) -> StaffRecord | None:
        """The account with this name, compared without regard to case."""
        row = self._s.scalars(select(m.Staff).where(
            func.lower(m.Staff.name) == name.lower())).first()
        return to_record(row) if row is not None else None

    def list(self, *, active_only: bool) -> list[StaffRecord]:
        """Accounts sorted by name."""
        query = select(m.Staff)
        if active_only:
            query = query.where(m.Staff.active.is_(True))
        return [to_record(r) for r in self._s.scalars(query.order_by(m.Staff.name))]

    # -- changing --------------------------------------------------------------
    def add(self, *, name: str, role: str, pin_hash: str, now: datetime) -> StaffRecord:
        """Insert an active account."""
        row = m.Staff(name=name, role=role, pin_hash=pin_hash, failed_tries=0, lock_count=0,
                      active=True, created_at=now)
        self._s.add(row)
        self._s.flush()
        return to_record(row)

    def set_active(self, staff_id: int, active: bool) -> StaffRecord | None:
        """Allow or stop an account's sign-in; None if there is no such account."""
        return self._change(staff_id, active=active)

    def set_pin(self, staff_id: int, pin_hash: str) -> StaffRecord | None:
        """Store a new PIN hash and lift any lock and its history."""
        return self._change(staff_id, pin_hash=pin_hash, failed_tries=0, lock_count=0,
                            locked_until=None)

    def unlock(self, staff_id: int) -> StaffRecord | None:
        """Lift a lock and its history (an admin's unlock, a recovery)."""
        return self._change(staff_id, failed_tries=0, lock_count=0, locked_until=None)

    def _change(self, staff_id: int, **values: object) -> StaffRecord | None:
        self._s.execute(update(m.Staff).where(m.Staff.id == staff_id).values(**values))
        self._s.expire_all()  # the identity map may hold the row as it was
        return self.get(staff_id)

    # -- PIN counters (one statement each) --------------------------------------
    def count_failure(self, staff_id: int, *, now: datetime, max_tries: int,
                      lock_ends: Sequence[datetime]) -> FailureCount | None:
        """Count one wrong PIN; the ``max_tries``-th in a row locks the account.

        Args:
            staff_id: the account.
            now: the time of the attempt.
            max_tries: wrong PINs in a row that lock the account.
            lock_ends: when a lock taken now would end, by locks since the last
                good sign-in (0, 1, ...); the last one serves every later lock.

        Returns:
            The counters after counting, or None when the account is inactive or
            already locked (nothing counted).
        """
        reaching = m.Staff.failed_tries + 1 >= max_tries
        level = case(*[(m.Staff.lock_count == n, literal(end, UTCDateTime()))
                       for n, end in enumerate(lock_ends[:-1])],
                     else_=literal(lock_ends[-1], UTCDateTime()))
        statement = (
            update(m.Staff)
            .where(m.Staff.id == staff_id, m.Staff.active.is_(True),
                   or_(m.Staff.locked_until.is_(None), m.Staff.locked_until <= now))
            .values(failed_tries=case((reaching, 0), else_=m.Staff.failed_tries + 1),
                    lock_count=case((reaching, m.Staff.lock_count + 1),
                                    else_=m.Staff.lock_count),
                    locked_until=case((reaching, level), else_=literal(None, UTCDateTime())))
            .returning(m.Staff.failed_tries, m.Staff.lock_count, m.Staff.locked_until)
            .execution_options(synchronize_session=False))
        row = self._s.execute(statement).first()
        self._s.expire_all()
        if row is None:
            return None
        return FailureCount(int(row[0]), int(row[1]), row[2])

    def clear_after_sign_in(self, staff_id: int, *, now: datetime) -> StaffRecord | None:
        """Reset the counters after a right PIN, unless a lock came in meanwhile.

        Returns:
            The account, or None when it is inactive or locked (the sign-in fails).
        """
        statement = (
            update(m.Staff)
            .where(m.Staff.id == staff_id, m.Staff.active.is_(True),
                   or_(m.Staff.locked_until.is_(None), m.Staff.locked_until <= now))
            .values(failed_tries=0, lock_count=0, locked_until=None)
            .returning(m.Staff.id)
            .execution_options(synchronize_session=False))
        done = self._s.execute(statement).first()
        self._s.expire_all()
        return self.get(staff_id) if done is not None else None

    def unlock_admins(self) -> builtins.list[StaffRecord]:
        """Lift every active admin's lock (a recovery); the admins, by name."""
        self._s.execute(update(m.Staff)
                        .where(and_(m.Staff.role == "admin", m.Staff.active.is_(True)))
                        .values(failed_tries=0, lock_count=0, locked_until=None)
                        .execution_options(synchronize_session=False))
        self._s.expire_all()
        return [r for r in self.list(active_only=True) if r.role == "admin"]
