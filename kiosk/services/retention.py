"""Retention: finished visits older than ``[retention] purge_after_days`` are purged.

Off by default (0 days). When on, each run deletes every discharged or
cancelled visit that ended more than N days ago with all of its rows (journal
text first, then answers, alerts, check-ins, observations, the visit), and
deletes database backups older than N days, which hold the same old visits.
The audit trail gets one ``retention_purge`` event with counts only: never a
visit id, a name or a date of a patient. It runs at every normal start
(:func:`kiosk.app.prepare`) and may be run at any time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.domain.clock import Clock
from kiosk.storage.db import Database
from kiosk.storage.repositories.audit import AuditRepository
from kiosk.storage.repositories.retention import RetentionRepository

log = logging.getLogger(__name__)

BACKUP_GLOB = "*.sqlite3"


@dataclass(frozen=True)
class PurgeReport:
    """What one run removed.

    Attributes:
        rows: rows deleted per table.
        backups: backup files deleted.
    """

    rows: dict[str, int]
    backups: int

    def detail(self) -> str:
        """The audit detail: counts only."""
        parts = [f"{table} {n}" for table, n in self.rows.items()]
        return ", ".join([*parts, f"backups {self.backups}"])


def prune_backups(folder: Path, cutoff: datetime) -> int:
    """Delete backup files last written before ``cutoff``; how many went."""
    if not folder.is_dir():
        return 0
    removed = 0
    for path in sorted(folder.glob(BACKUP_GLOB)):
        try:
            if path.stat().st_mtime < cutoff.timestamp():
                path.unlink()
                removed += 1
        except OSError as exc:  # another process pruned it, or no permission
            log.warning("backup %s not pruned: %s", path.name, exc.strerror)
    return removed


class RetentionService:
    """Applies the retention rule to the database and its backups."""

    def __init__(self, db: Database, clock: Clock, *, days: int, backups: Path) -> None:
        self._db = db
        self._clock = clock
        self._days = days
        self._backups = backups

    @property
    def enabled(self) -> bool:
        """False when the clinic keeps everything (``purge_after_days = 0``)."""
        return self._days > 0

    def run(self) -> PurgeReport | None:
        """Purge once; None when retention is off."""
        if not self.enabled:
            return None
        now = self._clock.now()
        cutoff = now - timedelta(days=self._days)
        with self._db.unit() as s:
            repo = RetentionRepository(s)
            rows = repo.purge(repo.finished_before(cutoff))
            backups = prune_backups(self._backups, cutoff)
            report = PurgeReport(rows, backups)
            AuditRepository(s).add("retention_purge", now=now,
                                   detail=f"older than {self._days} days: {report.detail()}")
        return report
