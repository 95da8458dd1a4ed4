"""Runs an export off the GUI thread, reporting progress, and cancels it on request.

The export service reads and writes chunk by chunk (``kiosk/services/export.py``).
It runs in a child process of its own (``kiosk/services/export_process.py``): on
a thread of the app it would hold the GIL for tens of seconds and the GUI thread
would wait for it between events. A plain Python thread here starts the child,
reads its messages and records the audit event. A bundle builder plugged in at
run time (``ExportService.bundle_builder``) cannot go to another process: the
export then runs on that thread itself. Progress and the end come back to the
GUI thread as queued Qt signals, so the page repaints its progress bar and the
nurse can press Cancel while a year of visits is written.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QObject, Signal

from kiosk.domain.errors import StorageError
from kiosk.services.export import ExportCancelled, ExportResult, ExportService
from kiosk.services.export_process import ExportProcess

log = logging.getLogger(__name__)


class ExportWorker(QObject):
    """One export on its own thread.

    Signals:
        progressed(int, int): visits done, visits in all.
        succeeded(object): the :class:`ExportResult`.
        failed(str): "cancelled", "storage" or "files".
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, export: ExportService, since: datetime, until: datetime,
                 staff_id: int | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._export = export
        self._range = (since, until)
        self._staff_id = staff_id
        self._run: Callable[[], ExportResult] = lambda: export.export(
            since, until, staff_id=staff_id, progress=self.progressed.emit,
            cancelled=self._stop.is_set)
        self._stop = threading.Event()
        self._child: ExportProcess | None = None
        self._children: list[ExportProcess] = []
        # The page gone (and this worker with it): the child stops and removes its files.
        self.destroyed.connect(partial(_abandon, self._stop, self._children))
        self.pid: int | None = None
        """The child process writing the export (None: on the thread, or not begun)."""
        self._thread = threading.Thread(target=self._work, name="export", daemon=True)

    def start(self) -> None:
        """Begin on the worker thread."""
        self._thread.start()

    def cancel(self) -> None:
        """Ask the export to stop before its next visit (it removes what it wrote)."""
        self._stop.set()
        child = self._child
        if child is not None:
            child.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end (tests, shutdown); True if it has."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _work(self) -> None:
        try:
            try:
                result = self._in_child() if self._export.uses_default_builder else self._run()
            except ExportCancelled:
                self.failed.emit("cancelled")
            except StorageError as exc:
                log.warning("export failed: %s", exc)
                self.failed.emit("storage")
            except OSError as exc:
                log.warning("export files not written: %s", exc.strerror)
                self.failed.emit("files")
            else:
                self.succeeded.emit(result)
        except RuntimeError:  # the page was deleted meanwhile: nobody to tell
            log.info("export ended after its page was closed")

    def _in_child(self) -> ExportResult:
        since, until = self._range
        child = ExportProcess(self._export.job(since, until))
        self._child, self.pid = child, child.pid
        self._children.append(child)
        if self._stop.is_set():  # Cancel pressed while the child was starting
            child.cancel()
        verdict: tuple[object, ...] = ("files", "the export process ended without a word")
        try:
            for message in child.messages():
                if message[0] == "progress":
                    self.progressed.emit(message[1], message[2])
                else:
                    verdict = message
                    break
        finally:
            child.wait()
        kind = verdict[0]
        if kind == "done":
            result = verdict[1]
            assert isinstance(result, ExportResult)
            self._export.record(result, since, until, staff_id=self._staff_id)
            return result
        if kind == "cancelled":
            raise ExportCancelled
        if kind == "storage":
            raise StorageError(str(verdict[1]))
        raise OSError(0, str(verdict[1]))


def _abandon(stop: threading.Event, children: list[ExportProcess], *_: object) -> None:
    """Stop an export whose worker is being deleted (no reference to the worker itself)."""
    stop.set()
    for child in children:
        child.cancel()
