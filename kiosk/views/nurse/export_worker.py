"""Runs an export off the GUI thread, reporting progress, and cancels it on request.

The export service reads and writes chunk by chunk (``kiosk/services/export.py``);
here it runs on a plain Python thread. Its progress and its end come back to the
GUI thread as queued Qt signals, so the page repaints its progress bar and the
nurse can press Cancel while a year of visits is written.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from kiosk.domain.errors import StorageError
from kiosk.services.export import ExportCancelled, ExportResult, ExportService

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
        self._run: Callable[[], ExportResult] = lambda: export.export(
            since, until, staff_id=staff_id, progress=self.progressed.emit,
            cancelled=self._stop.is_set)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, name="export", daemon=True)

    def start(self) -> None:
        """Begin on the worker thread."""
        self._thread.start()

    def cancel(self) -> None:
        """Ask the export to stop before its next chunk (it removes what it wrote)."""
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end (tests, shutdown); True if it has."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _work(self) -> None:
        try:
            result = self._run()
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
