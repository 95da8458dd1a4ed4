"""A small durable queue of calls and alerts on their way to the database.

A call for a nurse is written here first: one JSON line, flushed and fsync'd
before anyone is told it was sent, in a file in the data folder (owner-only).
A line ``{"done": token}`` marks an entry stored in the database. A tablet that
crashes or loses power mid-way finds its pending entries again on start, and
each entry carries a token the database stores uniquely, so a retried write
is stored exactly once.

The API is the four methods of :class:`CallQueue`: :meth:`~CallQueue.put`,
:meth:`~CallQueue.pending`, :meth:`~CallQueue.done` and :meth:`~CallQueue.compact`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kiosk.services.owner_only import FILE_MODE, private_folder

log = logging.getLogger(__name__)

QUEUE_FILE = "call-queue.jsonl"


@dataclass(frozen=True)
class QueuedAlert:
    """One call or alert waiting for the database.

    Attributes:
        token: unique id (stored with the alert, so a retry is stored once).
        visit_id: the visit, or None for a call from an empty bay.
        bay: the bay the tablet serves.
        cause: why (no patient text beyond the rule's own words).
        severity: "urgent", "request" or "review".
        rule_id: the questionnaire rule or "call-nurse".
        checkin_id: the check-in whose answer raised it, if any.
        queued_at: ISO time the tablet queued it.
    """

    visit_id: int | None
    bay: str
    cause: str
    severity: str
    rule_id: str | None = None
    checkin_id: int | None = None
    queued_at: str = ""
    token: str = field(default_factory=lambda: uuid.uuid4().hex)


class CallQueue:
    """An append-only, fsync'd file of queued alerts.

    Thread-safe: the GUI thread puts, a worker may mark entries done.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def in_folder(cls, folder: Path) -> CallQueue:
        """The queue file of a data folder."""
        return cls(folder / QUEUE_FILE)

    def put(self, entry: QueuedAlert) -> QueuedAlert:
        """Write ``entry`` durably (flushed and fsync'd) before returning it.

        Raises:
            OSError: the file could not be written (disk full, folder gone).
        """
        self._append(asdict(entry))
        return entry

    def done(self, token: str) -> None:
        """Mark an entry stored in the database."""
        self._append({"done": token})

    def pending(self) -> list[QueuedAlert]:
        """Entries not yet marked done, oldest first (unreadable lines are skipped)."""
        with self._lock:
            return self._pending()

    def compact(self) -> None:
        """Drop finished entries (rewrites the file atomically); a no-op when busy."""
        with self._lock:
            left = self._pending()
            tmp = self.path.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                for entry in left:
                    handle.write(json.dumps(asdict(entry)) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
            self._sync_folder()

    def _append(self, record: dict[str, object]) -> None:
        with self._lock:
            new = not self.path.exists()
            if new:
                private_folder(self.path.parent)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
            with os.fdopen(fd, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(record, separators=(",", ":")) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            if new:  # the file's name must survive a power cut too
                self._sync_folder()

    def _sync_folder(self) -> None:
        try:
            fd = os.open(self.path.parent, os.O_RDONLY)
        except OSError:
            return
        try:
            with contextlib.suppress(OSError):  # some filesystems cannot sync a folder
                os.fsync(fd)
        finally:
            os.close(fd)

    def _pending(self) -> list[QueuedAlert]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        entries: dict[str, QueuedAlert] = {}
        finished: set[str] = set()
        for number, line in enumerate(lines, 1):
            try:
                data = json.loads(line)
                if "done" in data:
                    finished.add(str(data["done"]))
                else:
                    entry = QueuedAlert(**data)
                    entries[entry.token] = entry
            except (ValueError, TypeError):
                # A line cut short by a power cut mid-write: its entry was never confirmed.
                log.warning("%s line %d unreadable; skipped", self.path.name, number)
        return [e for token, e in entries.items() if token not in finished]
