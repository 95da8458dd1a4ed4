"""Discharge: the verdict with every criterion, an override reason, the PIN, the sheet.

The nurse sees each readiness criterion with its rule, writes a reason when the
verdict is not Ready, and signs with their PIN; then the take-home sheet can be
printed. The page never discharges by itself: only a PIN typed on its pad does, through
:meth:`DischargeService.discharge`. For esketamine the REMS monitoring record is
reviewed here (:class:`RemsReview`) before signing. A clinic that set no crisis
line for its country is told so here: the sheet never prints another country's.
Loading, signing (the PDFs are laid out there too) and the audit of a printed or
viewed sheet run on the database worker; the pad is off while a signature is
checked. Files are named by file and folder name, never by a long path.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.domain.notice import fill
from kiosk.domain.readiness import Criterion, Readiness, Verdict
from kiosk.domain.records import StaffRecord, VisitRecord
from kiosk.forms.discharge_page import Ui_DischargePage
from kiosk.services.container import Services
from kiosk.services.discharge import (
    DischargeOutcome,
    DischargeRefused,
    blocking_criteria,
    needs_override,
)
from kiosk.views import domain_text
from kiosk.views.documents.renderer import QtDocuments
from kiosk.views.nurse.rems_review import RemsReview
from kiosk.views.nurse.sheet_printer import SheetViewer, print_sheet, show_sheet
from kiosk.views.operations import CollectionOp, QueryOp
from kiosk.views.widgets.pin_pad import PinPad

KEY_WIDTH, KEY_HEIGHT = 112, 56  # four rows fit under a bay tablet's patient header
KEY_SPACING = 8
KEY_BORDER = 2  # the theme's key border, each side: min-height is the inside

# Nurse-sized text (16 pt or more, buttons 48 px or more) instead of the patient
# screens' 22 pt, so the criteria, the reason and the PIN pad fit one screen; on a
# bay tablet that is the 640 px left under the patient header.
DISCHARGE_STYLE = f"""
QWidget {{ font-size: 17pt; }}
QLabel[role="title"] {{ font-size: 26pt; font-weight: 500; }}
QLabel[role="hint"] {{ font-size: 16pt; color: #37444c; }}
QLabel[role="banner-alert"], QLabel[role="banner-ok"] {{ padding: 6px 12px; border-radius: 12px; }}
QLabel#pinDotsLabel {{ font-size: 22pt; }}
QPushButton {{ font-size: 17pt; min-height: 48px; padding: 4px 18px; border-radius: 12px; }}
QWidget#pinPad QPushButton {{ font-size: 22pt; padding: 0px;
    min-height: {KEY_HEIGHT - 2 * KEY_BORDER}px; }}
QPlainTextEdit {{ font-size: 17pt; }}
"""


def _set_role(label: QLabel, role: str) -> None:
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


def place(path: Path) -> str:
    """A file as a nurse reads it: its name and its folder's name, never a long path."""
    return QCoreApplication.translate("DischargePage", "%1 in the folder %2").replace(
        "%1", path.name).replace("%2", path.parent.name or str(path.parent))


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
        domain_text.use_forms_of(services)  # questionnaire alert causes, translated
        self._services = services
        self._staff = staff
        self.visit: VisitRecord | None = None
        self.sheet: Path | None = None
        self.viewer: SheetViewer | None = None
        self._readiness: Readiness | None = None
        self.form = Ui_DischargePage()
        self.form.setupUi(self)
        self.setStyleSheet(DISCHARGE_STYLE)
        self.pin_pad = PinPad(self.form.pinHost)
        self.form.pinHostLayout.addWidget(self.pin_pad)
        pad_layout = self.pin_pad.layout()
        if pad_layout is not None:
            pad_layout.setSpacing(KEY_SPACING)
            pad_layout.setContentsMargins(0, 0, 0, 0)
        for key in self.pin_pad.keys.values():  # three keys must fit the narrower column
            key.setMinimumWidth(KEY_WIDTH)  # (their height is the style's, above)
        self.pin_pad.length_changed.connect(
            lambda n: self.form.pinDotsLabel.setText("●" * n))
        self.pin_pad.submitted.connect(self.sign)
        self.form.readyToGoButton.clicked.connect(self.send_ready_to_go)
        self.form.printButton.clicked.connect(self._print)
        self.form.openSheetButton.clicked.connect(self._open)
        self.form.backButton.clicked.connect(self.back_requested)
        self.documents = QtDocuments(services.paths.resources / "i18n")
        self.rems = RemsReview(services, staff)
        # Its own scroll area: a long session must not push the PIN pad off the page.
        self.rems_scroll = QScrollArea(self.form.reviewPage)
        self.rems_scroll.setObjectName("remsScroll")
        self.rems_scroll.setAccessibleName(self.tr("Esketamine REMS monitoring record"))
        self.rems_scroll.setWidgetResizable(True)
        self.rems_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rems_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rems_scroll.setWidget(self.rems)
        self.rems_scroll.hide()
        column = self.form.verdictColumn
        column.insertWidget(column.indexOf(self.form.readyToGoButton), self.rems_scroll, 1)
        column.setStretchFactor(self.form.criteriaScroll, 1)
        # With the verdict, not above the pad: a long warning must not push the pad down.
        self.crisis_warning = QLabel(self.form.reviewPage)
        self.crisis_warning.setObjectName("crisisWarning")
        self.crisis_warning.setWordWrap(True)
        _set_role(self.crisis_warning, "banner-alert")
        column.insertWidget(column.indexOf(self.form.verdictLabel) + 1, self.crisis_warning)
        self.crisis_warning.hide()
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

        def load(s: Services) -> tuple[Any, Any, bool]:
            visit = s.visits.get(visit_id)
            if visit is None:
                return None, None, True
            return (visit, s.discharge.readiness(visit_id),
                    bool(s.discharge.crisis_lines(visit.language)))

        def failed(_error: Exception) -> None:
            self.visit, self._readiness = None, None
            self._show_message(self.tr("The visit could not be loaded. Please try again."))
            self._show_empty()

        QueryOp(self, self._services, load).success(lambda loaded: self._loaded(*loaded)).failure(
            failed).run()

    def _loaded(self, visit: Any, readiness: Any, has_crisis_line: bool) -> None:
        self.visit, self._readiness = visit, readiness
        if self.visit is None or self._readiness is None:
            self._show_empty()
            return
        self.form.titleLabel.setText(self.tr("Discharge %1 · %2")
                                     .replace("%1", self.visit.patient_label)
                                     .replace("%2", self.visit.bay))
        self._fill(self._readiness)
        self.rems.show_visit(self.visit)
        self.rems_scroll.setVisible(not self.rems.isHidden())
        self._check_crisis_line(has_crisis_line)

    def _check_crisis_line(self, has_crisis_line: bool) -> None:
        """Warn when the clinic's country has no crisis line set (none will be printed)."""
        if has_crisis_line:
            self.crisis_warning.hide()
            return
        self.crisis_warning.setText(self.tr(
            "No crisis line is set for the clinic's country, so the take-home sheet will "
            "only ask the patient to call the clinic. An admin can set the country (or "
            "type the line) in Settings."))
        self.crisis_warning.show()

    def _show_empty(self) -> None:
        self.form.titleLabel.setText(self.tr("Discharge"))
        self.form.verdictLabel.setText(self.tr("Choose a patient on the board first."))
        _set_role(self.form.verdictLabel, "hint")
        self._fill_criteria([])
        self.form.overrideCaption.hide()  # no visit, no reason to write
        self.form.overrideEdit.hide()
        self.form.signPanel.setEnabled(False)
        self.form.readyToGoButton.setEnabled(False)
        self.rems.show_visit(None)
        self.rems_scroll.hide()

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
                "%1", domain_text.listed(c.detail for c in blocking)))

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
        detail = html.escape(domain_text.text(c.detail))
        state = QLabel(f"<b>{html.escape(mark)}</b>: {detail}", row)
        state.setObjectName("state")
        state.setWordWrap(True)
        rule = QLabel(self.tr("Rule: %1").replace("%1", domain_text.text(c.why)), row)
        rule.setObjectName("rule")
        rule.setWordWrap(True)
        rule.setTextFormat(Qt.TextFormat.PlainText)
        rule.setProperty("role", "hint")
        layout.addWidget(state)
        layout.addWidget(rule)
        if c.met:  # one line each: what is still open is what a nurse reads first
            rule.hide()
            row.setToolTip(rule.text())
        return row

    # -- actions -------------------------------------------------------------------
    def send_ready_to_go(self) -> None:
        """Ask the bay's tablet to show the going-home questions."""
        visit, staff_id = self.visit, self._staff.id
        if visit is None:
            return

        def failed(_error: Exception) -> None:
            self._show_message(self.tr("The request could not be saved. Please try again."))

        CollectionOp(self, self._services, lambda s: s.discharge.request_ready_to_go(
            visit.id, staff_id=staff_id)).success(lambda _c: self._ready_to_go_sent(visit)).failure(
            failed).run()

    def _ready_to_go_sent(self, visit: Any) -> None:
        if self.visit is None or self.visit.id != visit.id:
            return
        self._show_message(self.tr("Sent. The going-home questions are on the tablet in %1.")
                           .replace("%1", self.visit.bay), ok=True)
        self.ready_to_go_requested.emit(self.visit.id)

    def sign(self, pin: str) -> None:
        """Discharge with this PIN (and the written reason, when one is needed)."""
        if self.visit is None:
            return
        if not self.pin_pad.isEnabled():
            return
        visit, staff_id, documents = self.visit, self._staff.id, self.documents
        reason = self.form.overrideEdit.toPlainText()
        self.pin_pad.setEnabled(False)  # one signature at a time: no double discharge
        self._show_message(self.tr("Signing…"), ok=True)

        def failed(error: Exception) -> None:
            self.pin_pad.setEnabled(self.visit is not None)
            if isinstance(error, DischargeRefused):
                self._show_message(self._refusal(error))
            else:  # the database, a file or the sheet's language: nothing was changed
                self._show_message(self.tr("The discharge could not be saved. Nothing was "
                                           "changed; please try again."))

        # A signature is checked at once or not at all: if the database is away the
        # nurse is told and signs again (a read's rule), instead of waiting on retries.
        QueryOp(self, self._services, lambda s: s.discharge.discharge(
            visit.id, staff_id=staff_id, pin=pin, documents=documents,
            override_reason=reason)).success(lambda outcome: self._signed(visit, outcome)).failure(
            failed).run()

    def _signed(self, visit: VisitRecord, outcome: DischargeOutcome) -> None:
        self.pin_pad.setEnabled(True)
        self._show_message("")
        self.sheet = outcome.sheet
        self.form.doneLabel.setText(
            self.tr("%1 is discharged. The tablet in %2 will clear itself.")
            .replace("%1", visit.patient_label).replace("%2", visit.bay))
        sheet_text = self.tr("Take-home sheet saved: %1").replace("%1", place(outcome.sheet))
        if outcome.rems_pdf is not None:
            sheet_text += "\n" + self.tr("REMS record saved: %1, and a row added to %2").replace(
                "%1", place(outcome.rems_pdf)).replace(
                "%2", place(outcome.rems_csv) if outcome.rems_csv is not None else "")
        self.form.sheetLabel.setText(sheet_text)
        self.form.sheetLabel.setToolTip(str(outcome.sheet))  # the full path, for the admin
        self.form.modeStack.setCurrentWidget(self.form.donePage)
        self.discharged.emit(visit.id)

    def _refusal(self, exc: DischargeRefused) -> str:
        """The refusal in the nurse's language."""
        words = {
            "closed": self.tr("This visit is already closed."),
            "hard": self.tr("This cannot be overridden: %1"),
            "reason": self.tr("The patient is not marked ready. Write why you are "
                              "discharging now (at least %1 characters)."),
            "pin": fill(QCoreApplication.translate(exc.notice.context, exc.notice.text),
                        exc.notice.args) if exc.notice is not None else "%1",
            "rems": self.tr("The esketamine REMS record needs an answer first: was there "
                            "respiratory depression (yes or no)?"),
        }.get(exc.kind)
        detail = domain_text.listed(exc.items) if exc.items else exc.detail
        return str(exc) if words is None else words.replace("%1", detail)

    def _print(self) -> None:
        if self.sheet is not None and print_sheet(self.sheet, self):
            self._audit_sheet("sheet_printed")

    def _open(self) -> None:
        if self.sheet is None:
            return
        self.viewer = show_sheet(self.sheet, self)
        if self.viewer is None:
            self.form.sheetLabel.setText(self.tr("The sheet cannot be shown here. It is saved "
                                                 "as %1.").replace("%1", place(self.sheet)))
            return
        self._audit_sheet("sheet_viewed")

    def _audit_sheet(self, action: str) -> None:
        visit_id = self.visit.id if self.visit is not None else None
        staff_id = self._staff.id

        def failed(_error: Exception) -> None:
            self._show_message(self.tr("The database is busy: this was not logged. "
                                       "Please tell the admin."))

        CollectionOp(self, self._services, lambda s: s.audit.record(
            action, staff_id=staff_id, visit_id=visit_id)).failure(failed).run()

    def _show_message(self, text: str, *, ok: bool = False) -> None:
        label = self.form.messageLabel
        label.setText(text)
        _set_role(label, "banner-ok" if ok else "banner-alert")
        label.setVisible(bool(text))
