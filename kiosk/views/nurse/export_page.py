"""Admin export page: choose a date range, write CSV tables and FHIR bundles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from kiosk.domain.records import StaffRecord
from kiosk.forms.export_page import Ui_ExportPage
from kiosk.services.container import Services
from kiosk.services.export import ExportResult
from kiosk.views.nurse.export_worker import ExportWorker


def local_day_start(day: QDate) -> datetime:
    """Midnight at the start of a local calendar day, as an aware UTC time."""
    local = datetime(day.year(), day.month(), day.day()).astimezone()
    return local.astimezone(UTC)


def _set_role(label: QLabel, role: str) -> None:
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


class ExportPage(QWidget):
    """Exports the records of a date range for the admin.

    The export runs on a worker thread (:class:`ExportWorker`): a progress bar
    counts the visits written and Cancel stops it, leaving no files.

    Attributes:
        form: the generated form.
        result: what the last export wrote, if any.
        progress: the progress bar (visible while an export runs).
        cancel_button: stops the running export.
        worker: the running export, if any.

    Signals:
        exported(str): the folder an export was written to.
        finished(): an export ended (written, failed or cancelled).
    """

    exported = Signal(str)
    finished = Signal()

    def __init__(self, services: Services, staff: StaffRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff = staff
        self.result: ExportResult | None = None
        self.form = Ui_ExportPage()
        self.form.setupUi(self)
        now = services.clock.now().astimezone()
        today = QDate(now.year, now.month, now.day)
        self.form.fromDate.setDate(today.addDays(-30))
        self.form.toDate.setDate(today)
        self.form.exportButton.clicked.connect(self.export)
        self.form.resultLabel.setVisible(False)
        self.worker: ExportWorker | None = None
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setMinimumHeight(40)
        self.cancel_button = QPushButton(self.tr("Cancel export"), self)
        self.cancel_button.setObjectName("cancelExportButton")
        self.cancel_button.setMinimumSize(220, 56)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = self.form.outerLayout
        index = layout.indexOf(self.form.resultLabel)
        layout.insertLayout(index if index >= 0 else layout.count(), row)
        self._running(False)

    def export(self) -> None:
        """Start exporting the chosen range on a worker thread; say where the files go."""
        if self.worker is not None:
            return
        start = self.form.fromDate.date()
        end = self.form.toDate.date()
        if end < start:
            self._show(self.tr("The 'To' date must be on or after the 'From' date."), ok=False)
            return
        since = local_day_start(start)
        until = local_day_start(end) + timedelta(days=1)
        self.form.resultLabel.setVisible(False)
        worker = ExportWorker(self._services.export, since, until, self._staff.id, self)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        self.worker = worker
        self.progress.setRange(0, 0)  # busy until the first chunk says how many
        self._running(True)
        worker.start()

    def cancel(self) -> None:
        """Stop the running export; it removes what it wrote."""
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.form.exportButton.setEnabled(not running)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 visits").replace("%1", f"{done:,}")
                                .replace("%2", f"{total:,}"))

    def _ended(self) -> None:
        if self.worker is not None:
            self.worker.wait(5)
            self.worker.deleteLater()
        self.worker = None
        self._running(False)
        self.finished.emit()

    def _failed(self, why: str) -> None:
        self._ended()
        if why == "cancelled":
            self._show(self.tr("The export was cancelled. No files were kept."), ok=True)
        else:
            self._show(self.tr("The export could not be written. Please try again."), ok=False)

    def _succeeded(self, result: ExportResult) -> None:
        self._ended()
        self.result = result
        # The folder's name and how many files, not a long path a nurse cannot use.
        text = self.tr("%1 visits exported: %2 files in the folder %3 in the exports "
                       "folder.").replace("%1", f"{result.visit_count:,}").replace(
            "%2", f"{len(result.files):,}").replace("%3", result.folder.name)
        if result.skipped_responses:
            text += "\n" + self.tr("%1 check-ins no longer match their questionnaire and are "
                                   "only in the CSV files.").replace(
                                       "%1", str(result.skipped_responses))
        self._show(text, ok=True)
        self.exported.emit(str(result.folder))

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (or nurse mode locking) cancels a running export."""
        self.cancel()
        super().hideEvent(event)

    def _show(self, text: str, *, ok: bool) -> None:
        label = self.form.resultLabel
        label.setText(text)
        _set_role(label, "banner-ok" if ok else "banner-alert")
        label.setVisible(True)
