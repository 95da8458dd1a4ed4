"""Raises the esketamine "BP due" review alert on time while the nurse side runs.

Every :data:`CHECK_MS` the watch asks :meth:`RemsService.raise_bp_due`; a visit
whose ~40-minute BP is not in by 45 minutes gets one review alert, which the
board shows like any other (CLINICAL.md section 4). A database that is busy is
simply tried again at the next tick.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.domain.errors import StorageError
from kiosk.services.container import Services

log = logging.getLogger(__name__)

CHECK_MS = 30_000
"""How often to check; well inside the 10 minutes between "due" (35) and "late" (45)."""


class RemsWatch(QObject):
    """A timer that raises "BP due" alerts.

    Attributes:
        timer: the repeating check.

    Signals:
        raised(int): this many new "BP due" alerts were raised.
    """

    raised = Signal(int)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Raise any "BP due" alert now; return how many were raised."""
        try:
            new = self._services.rems.raise_bp_due()
        except StorageError:
            log.warning("BP-due check skipped: the database is busy")
            return 0
        if new:
            self.raised.emit(len(new))
        return len(new)
