"""The patient's journal: one entry per visit, saved as it is typed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.records import JournalRecord
from kiosk.storage import models as m
from kiosk.storage.repositories import convert


class JournalRepository:
    """Queries on ``journal_entry`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, visit_id: int) -> JournalRecord | None:
        """The visit's journal, or None if nothing was written."""
        row = self._s.scalars(select(m.JournalEntry).where(m.JournalEntry.visit_id == visit_id)
                              .order_by(m.JournalEntry.id).limit(1)).first()
        return convert.journal(row) if row else None

    def save(self, visit_id: int, text: str, shared: bool, now: datetime) -> JournalRecord:
        """Create or replace the visit's journal text and sharing choice."""
        row = self._s.scalars(select(m.JournalEntry).where(m.JournalEntry.visit_id == visit_id)
                              .order_by(m.JournalEntry.id).limit(1)).first()
        if row is None:
            row = m.JournalEntry(visit_id=visit_id, created_at=now)
            self._s.add(row)
        row.text = text
        row.shared = shared
        row.updated_at = now
        self._s.flush()
        return convert.journal(row)
