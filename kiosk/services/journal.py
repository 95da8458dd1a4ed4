"""The patient's journal, saved as it is typed."""

from __future__ import annotations

from kiosk.domain.clock import Clock
from kiosk.domain.limits import has_lone_surrogate, repair_surrogates
from kiosk.domain.records import JournalRecord
from kiosk.storage.db import Database
from kiosk.storage.repositories.journal import JournalRepository

MAX_JOURNAL_CHARS = 20_000


class JournalService:
    """Load and save one visit's journal."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def load(self, visit_id: int) -> JournalRecord | None:
        """The visit's journal, if the patient wrote one."""
        with self._db.unit() as s:
            return JournalRepository(s).get(visit_id)

    def save(self, visit_id: int, text: str, shared: bool) -> JournalRecord:
        """Store the whole text and sharing choice (cut at a sane maximum).

        A lone UTF-16 surrogate (a broken emoji from an on-screen keyboard) cannot be
        stored as UTF-8; it is saved as U+FFFD, and :meth:`needs_repair` lets the page
        say so.
        """
        clean = repair_surrogates(text[:MAX_JOURNAL_CHARS])
        with self._db.unit() as s:
            return JournalRepository(s).save(visit_id, clean, shared, self._clock.now())

    @staticmethod
    def needs_repair(text: str) -> bool:
        """Whether :meth:`save` will replace a character it cannot store."""
        return has_lone_surrogate(text)
