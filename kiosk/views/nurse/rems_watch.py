"""Raises the esketamine "BP due" review alert on time while the nurse side runs.

Every :data:`CHECK_MS` the watch asks :meth:`RemsService.raise_bp_due`; a visit
whose ~40-minute BP is not in by 45 minutes gets one review alert, which the
board shows like any other (CLINICAL.md section 4). The check runs on the
database worker, which tries it again while the database is busy; a tick never
queues a second check behind one still waiting.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.services.container import Services
from kiosk.views.operations import CollectionOp

log = logging.getLogger(__name__)

CHECK_MS = 30_000
"""How often to check; well inside the 10 minutes between "due" (35) and "late" (45)."""


class RemsWatch(QObject):
    """A timer that raises "BP due" alerts.

    Attributes:
        timer: the repeating check.
        checking: a check is on the worker now.

    Signals:
        raised(int): this many new "BP due" alerts were raised.
    """

    raised = Signal(int)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.checking = False  # a check is on the worker
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Ask the worker to raise any "BP due" alert now; ``raised`` tells how many."""
        if self.checking:
            return
        self.checking = True
        CollectionOp(self, self._services, lambda s: len(s.rems.raise_bp_due())).success(
            self._checked).failure(self._skipped).run()

    def _checked(self, count: int) -> None:
        self.checking = False
        if count:
            self.raised.emit(count)

    def _skipped(self, error: Exception) -> None:
        self.checking = False
        log.warning("BP-due check failed (%s); trying again at the next tick",
                    type(error).__name__)
