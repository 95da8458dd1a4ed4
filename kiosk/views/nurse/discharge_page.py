"""Discharge: the verdict with every criterion, an override reason, the PIN, the sheet.

The nurse sees each readiness criterion with its rule, writes a reason when the
verdict is not Ready, and signs with their PIN; then the take-home sheet can be
printed. The page never discharges by itself: only a PIN typed on its pad does, through
:meth:`DischargeService.discharge`.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.domain.errors import StorageError
from kiosk.domain.readiness import Criterion, Readiness, Verdict
from kiosk.domain.records import StaffRecord, VisitRecord
from kiosk.forms.discharge_page import Ui_DischargePage
from kiosk.services.container import Services
from kiosk.services.discharge import DischargeRefused, blocking_criteria, needs_override
from kiosk.views.nurse.sheet_printer import SheetViewer, print_sheet, show_sheet
from kiosk.views.widgets.pin_pad import PinPad

KEY_WIDTH, KEY_HEIGHT = 120, 72


def _set_role(label: QLabel, role: str) -> None:
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


class DischargePage(QWidget):
    """Signs one visit out.

    Attributes:
        form: the generated form.
        pin_pad: the on-screen digit pad the nurse signs with.
        visit: the visit shown, if any.
        sheet: the take-home PDF once discharged.

    Signals:
        discharged(int): the visit with this id was discharged.
        ready_to_go_requested(int): the going-home questions were sent to the tablet.
        back_requested: the nurse wants the board again.
    """

    discharged = Signal(int)
    ready_to_go_requested = Signal(int)
    back_requested = Signal()

    def __init__(self, services: Services, staff: StaffRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff = staff
        self.visit: VisitRecord | None = None
        self.sheet: Path | None = None
        self.viewer: SheetViewer | None = None
        self._readiness: Readiness | None = None
        self.form = Ui_DischargePage()
        self.form.setupUi(self)
        self.pin_pad = PinPad(self.form.pinHost)
        self.form.pinHostLayout.addWidget(self.pin_pad)
        for key in self.pin_pad.keys.values():  # three keys must fit the narrower column
            key.setMinimumSize(KEY_WIDTH, KEY_HEIGHT)
            key.setStyleSheet("padding: 4px;")
        self.pin_pad.length_changed.connect(
            lambda n: self.form.pinDotsLabel.setText("●" * n))
        self.pin_pad.submitted.connect(self.sign)
        self.form.readyToGoButton.clicked.connect(self.send_ready_to_go)
        self.form.printButton.clicked.connect(self._print)
        self.form.openSheetButton.clicked.connect(self._open)
        self.form.backButton.clicked.connect(self.back_requested)
        self._show_message("")
        self._show_empty()

    # -- showing a visit ---------------------------------------------------------
    def open_visit(self, visit_id: int) -> None:
        """Show the readiness of a visit and get ready to sign it out."""
        self.form.modeStack.setCurrentWidget(self.form.reviewPage)
        self.pin_pad.reset()
        self.form.overrideEdit.clear()
        self._show_message("")
        self.sheet = None
        try:
            self.visit = self._services.visits.get(visit_id)
            self._readiness = (self._services.discharge.readiness(visit_id)
                               if self.visit else None)
        except StorageError:
            self.visit, self._readiness = None, None
            self._show_message(self.tr("The visit could not be loaded. Please try again."))
        if self.visit is None or self._readiness is None:
            self._show_empty()
            return
        self.form.titleLabel.setText(self.tr("Discharge %1 · %2")
                                     .replace("%1", self.visit.patient_label)
                                     .replace("%2", self.visit.bay))
        self._fill(self._readiness)

    def _show_empty(self) -> None:
        self.form.titleLabel.setText(self.tr("Discharge"))
        self.form.verdictLabel.setText(self.tr("Choose a patient on the board first."))
        _set_role(self.form.verdictLabel, "hint")
        self._fill_criteria([])
        self.form.signPanel.setEnabled(False)
        self.form.readyToGoButton.setEnabled(False)

    def _fill(self, readiness: Readiness) -> None:
        unmet = len(readiness.unmet)
        if readiness.verdict is Verdict.READY:
            text, role = self.tr("Ready to go home: every item is met."), "banner-ok"
        elif readiness.verdict is Verdict.NEEDS_ATTENTION:
            text, role = self.tr("Needs attention first (%1 items not met).").replace(
                "%1", str(unmet)), "banner-alert"
        else:
            text, role = self.tr("Not yet: %1 items not met.").replace(
                "%1", str(unmet)), "banner-alert"
        self.form.verdictLabel.setText(text)
        _set_role(self.form.verdictLabel, role)
        # Blocking items first, then other unmet ones, then the met ones.
        self._fill_criteria(sorted(readiness.criteria, key=lambda c: (c.met, not c.hard)))
        override = needs_override(readiness)
        blocking = blocking_criteria(readiness)
        self.form.overrideCaption.setVisible(override and not blocking)
        self.form.overrideEdit.setVisible(override and not blocking)
        self.form.readyToGoButton.setEnabled(True)
        self.form.signPanel.setEnabled(True)
        self.pin_pad.setEnabled(not blocking)
        if blocking:
            self._show_message(self.tr("Cannot discharge yet: %1").replace(
                "%1", "; ".join(blocking)))

    def _fill_criteria(self, criteria: list[Criterion]) -> None:
        layout = self.form.criteriaLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for criterion in criteria:
            layout.addWidget(self._criterion_label(criterion))
        layout.addStretch(1)

    def _criterion_label(self, c: Criterion) -> QWidget:
        if c.met:
            mark = self.tr("✓ Met")
        elif c.hard:
            mark = self.tr("✗ Not met, cannot be overridden")
        else:
            mark = self.tr("✗ Not met")
        row = QWidget(self.form.criteriaHost)
        row.setObjectName(f"criterion_{c.key}")
        row.setProperty("met", c.met)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(0)
        state = QLabel(f"<b>{html.escape(mark)}</b>: {html.escape(c.label)}", row)
        state.setObjectName("state")
        state.setWordWrap(True)
        rule = QLabel(self.tr("Rule: %1").replace("%1", c.rule), row)
        rule.setObjectName("rule")
        rule.setWordWrap(True)
        rule.setTextFormat(Qt.TextFormat.PlainText)
        rule.setProperty("role", "hint")
        layout.addWidget(state)
        layout.addWidget(rule)
        return row

    # -- actions -------------------------------------------------------------------
    def send_ready_to_go(self) -> None:
        """Ask the bay's tablet to show the going-home questions."""
        if self.visit is None:
            return
        try:
            self._services.discharge.request_ready_to_go(self.visit.id, staff_id=self._staff.id)
        except StorageError:
            self._show_message(self.tr("The request could not be saved. Please try again."))
            return
        self._show_message(self.tr("Sent. The going-home questions are on the tablet in %1.")
                           .replace("%1", self.visit.bay), ok=True)
        self.ready_to_go_requested.emit(self.visit.id)

    def sign(self, pin: str) -> None:
        """Discharge with this PIN (and the written reason, when one is needed)."""
        if self.visit is None:
            return
        visit = self.visit
        try:
            outcome = self._services.discharge.discharge(
                visit.id, staff_id=self._staff.id, pin=pin,
                override_reason=self.form.overrideEdit.toPlainText())
        except DischargeRefused as exc:
            self._show_message(str(exc))
            return
        except (StorageError, OSError):
            self._show_message(self.tr("The discharge could not be saved. Nothing was "
                                       "changed; please try again."))
            return
        self.sheet = outcome.sheet
        self.form.doneLabel.setText(
            self.tr("%1 is discharged. The tablet in %2 will clear itself.")
            .replace("%1", visit.patient_label).replace("%2", visit.bay))
        self.form.sheetLabel.setText(self.tr("Take-home sheet: %1").replace(
            "%1", str(outcome.sheet)))
        self.form.modeStack.setCurrentWidget(self.form.donePage)
        self.discharged.emit(visit.id)

    def _print(self) -> None:
        if self.sheet is not None and print_sheet(self.sheet, self):
            self._audit_sheet("sheet_printed")

    def _open(self) -> None:
        if self.sheet is None:
            return
        self.viewer = show_sheet(self.sheet, self)
        if self.viewer is None:
            self.form.sheetLabel.setText(self.tr("The sheet cannot be shown. It is at %1")
                                         .replace("%1", str(self.sheet)))
            return
        self._audit_sheet("sheet_viewed")

    def _audit_sheet(self, action: str) -> None:
        visit_id = self.visit.id if self.visit is not None else None
        try:
            self._services.audit.record(action, staff_id=self._staff.id, visit_id=visit_id)
        except StorageError:
            self._show_message(self.tr("The database is busy: this was not logged. "
                                       "Please tell the admin."))

    def _show_message(self, text: str, *, ok: bool = False) -> None:
        label = self.form.messageLabel
        label.setText(text)
        _set_role(label, "banner-ok" if ok else "banner-alert")
        label.setVisible(bool(text))
