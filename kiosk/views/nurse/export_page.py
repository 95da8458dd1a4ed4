"""Admin export page: choose a date range, write CSV tables and FHIR bundles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.domain.errors import StorageError
from kiosk.domain.records import StaffRecord
from kiosk.forms.export_page import Ui_ExportPage
from kiosk.services.container import Services
from kiosk.services.export import ExportResult
from kiosk.views.operations import CollectionOp


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

    Attributes:
        form: the generated form.
        result: what the last export wrote, if any.

    Signals:
        exported(str): the folder an export was written to.
    """

    exported = Signal(str)

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

    def export(self) -> None:
        """Export the chosen range and say where the files are."""
        start = self.form.fromDate.date()
        end = self.form.toDate.date()
        if end < start:
            self._show(self.tr("The 'To' date must be on or after the 'From' date."), ok=False)
            return
        since = local_day_start(start)
        until = local_day_start(end) + timedelta(days=1)
        staff_id = self._staff.id
        button = self.sender()
        if isinstance(button, QWidget):
            button.setEnabled(False)  # one export at a time

        def failed(error: Exception) -> None:
            if isinstance(button, QWidget):
                button.setEnabled(True)
            if not isinstance(error, StorageError | OSError):
                raise error
            self._show(self.tr("The export could not be written. Please try again."), ok=False)

        def done(result: Any) -> None:
            if isinstance(button, QWidget):
                button.setEnabled(True)
            self._exported(result)

        CollectionOp(self, self._services, lambda s: s.export.export(
            since, until, staff_id=staff_id)).success(done).failure(failed).hint(
            lambda: self._show(self.tr("Exporting…"), ok=True), lambda: None).run()

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        text = self.tr("%1 visits exported to %2 (%3 files).").replace(
            "%1", str(self.result.visit_count)).replace("%2", str(self.result.folder)).replace(
            "%3", str(len(self.result.files)))
        if self.result.skipped_responses:
            text += "\n" + self.tr("%1 check-ins no longer match their questionnaire and are "
                                   "only in the CSV files.").replace(
                                       "%1", str(self.result.skipped_responses))
        self._show(text, ok=True)
        self.exported.emit(str(self.result.folder))

    def _show(self, text: str, *, ok: bool) -> None:
        label = self.form.resultLabel
        label.setText(text)
        _set_role(label, "banner-ok" if ok else "banner-alert")
        label.setVisible(True)
