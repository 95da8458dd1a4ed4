"""The clinic's recovery code: only its hash is stored, and it works once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.storage import models as m


class RecoveryRepository:
    """Queries on ``recovery_code`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def unused(self) -> list[tuple[int, str]]:
        """(id, hash) of every code not used yet (normally one)."""
        rows = self._s.execute(select(m.RecoveryCode.id, m.RecoveryCode.code_hash)
                               .where(m.RecoveryCode.used_at.is_(None))
                               .order_by(m.RecoveryCode.id))
        return [(int(i), str(h)) for i, h in rows]

    def replace(self, code_hash: str, *, now: datetime) -> None:
        """Retire every unused code and store a new one."""
        self._s.execute(update(m.RecoveryCode).where(m.RecoveryCode.used_at.is_(None))
                        .values(used_at=now))
        self._s.add(m.RecoveryCode(code_hash=code_hash, created_at=now))
        self._s.flush()

    def use(self, code_id: int, *, now: datetime) -> bool:
        """Mark a code used; False if another station used it first."""
        result = self._s.execute(update(m.RecoveryCode)
                                 .where(m.RecoveryCode.id == code_id,
                                        m.RecoveryCode.used_at.is_(None))
                                 .values(used_at=now)
                                 .execution_options(synchronize_session=False))
        return bool(result.rowcount)  # type: ignore[attr-defined]
