"""Calls and answer-raised alerts reach the database through the durable queue.

:meth:`CallDesk.enqueue` writes the fsync'd :class:`CallQueue` (the GUI thread may:
no database), :meth:`CallDesk.flush` stores what is queued (on the database
worker); :meth:`CallDesk.send` does both. Whoever
holds the desk (the tablet's flow) calls ``flush`` again until nothing is
pending; each entry is stored exactly once (its token is unique in the database).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

from kiosk.domain.clock import Clock
from kiosk.domain.errors import StorageError
from kiosk.domain.records import AlertRecord, Severity
from kiosk.services.alerts import AlertService
from kiosk.services.call_queue import CallQueue, QueuedAlert

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SendResult:
    """What happened to a queued entry and the queue.

    Attributes:
        stored: the alerts the database took in this attempt.
        pending: how many entries still wait for the database.
        durable: the entry is at least in the local queue file.
    """

    stored: tuple[AlertRecord, ...]
    pending: int
    durable: bool = True

    @property
    def delivered(self) -> bool:
        """Nothing waits any more."""
        return self.pending == 0


class CallDesk:
    """Sends calls and alerts via the durable queue.

    Attributes:
        queue: the local queue file.
    """

    def __init__(self, alerts: AlertService, queue: CallQueue, clock: Clock) -> None:
        self._alerts = alerts
        self.queue = queue
        self._clock = clock
        self._unqueued: list[QueuedAlert] = []  # the queue file itself failed (disk full)

    def entry(self, *, visit_id: int | None, bay: str, cause: str, severity: Severity,
              rule_id: str | None = None, checkin_id: int | None = None) -> QueuedAlert:
        """A new queue entry stamped now."""
        return QueuedAlert(visit_id=visit_id, bay=bay, cause=cause, severity=severity.value,
                           rule_id=rule_id, checkin_id=checkin_id,
                           queued_at=self._clock.now().isoformat())

    def enqueue(self, entry: QueuedAlert) -> bool:
        """Write ``entry`` to the local queue file (no database). True when durable."""
        try:
            self.queue.put(entry)
        except OSError as exc:
            # The local disk refused too: keep it in memory and keep trying both.
            log.warning("call queue file not writable (%s); holding the call in memory",
                        exc.strerror)
            self._unqueued.append(entry)
            return False
        return True

    def send(self, entry: QueuedAlert) -> SendResult:
        """Queue ``entry`` durably, then try to store everything queued."""
        durable = self.enqueue(entry)
        result = self.flush()
        return SendResult(result.stored, result.pending, durable and not self._unqueued)

    def pending(self) -> int:
        """Entries still waiting for the database."""
        return len(self._entries())

    def flush(self) -> SendResult:
        """Store queued entries in order until the database refuses one."""
        stored: list[AlertRecord] = []
        entries = self._entries()
        for entry in entries:
            try:
                alert = self._alerts.raise_alert(
                    entry.visit_id, entry.cause, Severity(entry.severity),
                    rule_id=entry.rule_id, checkin_id=entry.checkin_id, bay=entry.bay,
                    token=entry.token)
            except StorageError:
                log.warning("database refused a queued call; will retry")
                return SendResult(tuple(stored), len(entries) - len(stored))
            stored.append(alert)
            self._finish(entry)
        if stored and not self._unqueued:
            # Finished lines are skipped on reading: compacting can wait for a good disk.
            with contextlib.suppress(OSError):
                self.queue.compact()
        return SendResult(tuple(stored), 0)

    def _entries(self) -> list[QueuedAlert]:
        held = list(self._unqueued)
        try:
            on_disk = self.queue.pending()
        except OSError:
            on_disk = []
        tokens = {e.token for e in on_disk}
        return on_disk + [e for e in held if e.token not in tokens]

    def _finish(self, entry: QueuedAlert) -> None:
        if entry in self._unqueued:
            self._unqueued.remove(entry)
            return
        try:
            self.queue.done(entry.token)
        except OSError:
            # Stored but not marked: the token keeps a retry from storing it twice.
            log.warning("could not mark a queued call done; its token prevents a repeat")
