"""The esketamine REMS record, reviewed on the discharge page before the nurse signs.

Shows every field the record will carry, filled from the visit (dose and
dosing time, the three blood pressures, sedation and dissociation with times,
adverse events, the ready-to-leave time and the nurse), asks the one thing the
kiosk cannot know, respiratory depression yes or no, and lists what the
record still needs. Hidden for IV ketamine. The record is read, and the answer
saved, on the database worker; the answer buttons are off while it is saved.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.records import StaffRecord, Treatment, VisitRecord
from kiosk.domain.rems import BpReading, RemsRecord
from kiosk.services.container import Services
from kiosk.views import domain_text
from kiosk.views.operations import CollectionOp, QueryOp


def _clock(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%H:%M")


class RemsReview(QWidget):
    """The REMS record of one esketamine visit, with the respiratory-depression question.

    Attributes:
        record: the record as last loaded (None for IV ketamine or no visit).
        yes_button, no_button: the nurse's answer on respiratory depression.

    Signals:
        changed: the nurse answered; the record (and what it still needs) changed.
    """

    changed = Signal()

    def __init__(self, services: Services, staff: StaffRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remsReview")
        self._services = services
        self._staff = staff
        self._visit: VisitRecord | None = None
        self.record: RemsRecord | None = None
        self._loads = 0  # each show_visit; a record that comes back late is dropped
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 8, 8)
        self.heading = QLabel(self)
        self.heading.setObjectName("remsHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.fields = QLabel(self)
        self.fields.setObjectName("remsFields")
        self.fields.setWordWrap(True)
        self.fields.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.fields)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        row = QHBoxLayout()
        self.yes_button = QPushButton(self)
        self.no_button = QPushButton(self)
        self._answers = QButtonGroup(self)
        for button, value in ((self.yes_button, True), (self.no_button, False)):
            button.setCheckable(True)
            button.setMinimumSize(110, 56)
            self._answers.addButton(button)
            button.clicked.connect(lambda _checked, v=value: self._answer(v))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.needs = QLabel(self)
        self.needs.setObjectName("remsNeeds")
        self.needs.setWordWrap(True)
        layout.addWidget(self.needs)
        self.hide()

    def show_visit(self, visit: VisitRecord | None) -> None:
        """Load the record of ``visit`` (hidden unless it is an esketamine visit).

        The widget shows at once; the record's fields follow from the worker.
        """
        self._visit = visit
        self.record = None
        self._loads += 1
        if visit is None or visit.treatment is not Treatment.ESKETAMINE:
            self.hide()
            return
        self._fill(loading=True)
        self.show()
        load, visit_id, nurse = self._loads, visit.id, self._staff.name
        QueryOp(self, self._services, lambda s: s.rems.record(visit_id, nurse_name=nurse)).success(
            lambda record: self._loaded(load, record)).failure(
            lambda _e: self._loaded(load, None)).run()

    def _loaded(self, load: int, record: RemsRecord | None) -> None:
        if load != self._loads:  # another visit was shown meanwhile
            return
        self.record = record
        self._fill()

    def _fill(self, *, loading: bool = False) -> None:
        self.heading.setText("<b>" + html.escape(self.tr(
            "Esketamine REMS monitoring record: review before signing")) + "</b>")
        self.question.setText(self.tr("Respiratory depression during monitoring?"))
        self.yes_button.setText(self.tr("Yes"))
        self.no_button.setText(self.tr("No"))
        record = self.record
        if record is None:
            self.fields.setText(self.tr("Loading the REMS record…") if loading else self.tr(
                "The REMS record could not be loaded. Please try again."))
            self.needs.setText("")
            return
        self._answers.setExclusive(False)
        self.yes_button.setChecked(record.respiratory_depression is True)
        self.no_button.setChecked(record.respiratory_depression is False)
        self._answers.setExclusive(True)
        self.fields.setText(self._table(record))
        missing = record.missing(self._services.clock.now())
        if missing:
            self.needs.setText(self.tr("Still needed: %1").replace(
                "%1", domain_text.listed(missing)))
            self.needs.setProperty("role", "banner-alert")
        else:
            self.needs.setText(self.tr("Complete: the PDF and CSV row are written when you "
                                       "sign."))
            self.needs.setProperty("role", "banner-ok")
        self.needs.style().unpolish(self.needs)
        self.needs.style().polish(self.needs)

    def _bp(self, reading: BpReading | None) -> str:
        if reading is None:
            return self.tr("not recorded")
        if reading.taken_at is None:
            return self.tr("%1 (before the dose)").replace("%1", reading.text)
        return self.tr("%1 at %2").replace("%1", reading.text).replace(
            "%2", _clock(reading.taken_at))

    def _table(self, record: RemsRecord) -> str:
        e = html.escape
        states = {"present": self.tr("dissociation present"),
                  "resolved": self.tr("dissociation resolved")}
        sedation = ", ".join(f"{_clock(o.taken_at)} MOAA/S {o.moaas}"
                             + (f" ({states.get(o.dissociation, o.dissociation)})"
                                if o.dissociation else "")
                             for o in record.observations) or self.tr("none yet")
        events = "; ".join(f"{_clock(a.at)} {domain_text.text(a.message)}"
                           for a in record.adverse_events) \
            or self.tr("none")
        rows = [
            (self.tr("Dose"), self.tr("%1 mg").replace("%1", str(record.dose_mg))
             if record.dose_mg else self.tr("not entered")),
            (self.tr("Dose given at"), _clock(record.dosed_at)),
            (self.tr("BP before / ~40 min / end"),
             " / ".join(self._bp(r) for r in (record.bp_pre, record.bp_40, record.bp_end))),
            (self.tr("Sedation and dissociation"), sedation),
            (self.tr("Adverse events"), events),
            (self.tr("Ready to leave"), self.tr("when you sign (total time from the dose)")),
            (self.tr("Nurse"), record.nurse_name or ""),
        ]
        # Paragraphs, not a table: they wrap to any width.
        return "".join(f"<p style='margin:0 0 4px 0'><b>{e(k)}:</b> {e(v)}</p>"
                       for k, v in rows)

    def _answer(self, value: bool) -> None:
        if self._visit is None:
            return
        visit_id, staff_id = self._visit.id, self._staff.id
        for button in (self.yes_button, self.no_button):
            button.setEnabled(False)

        def save(s: Services) -> VisitRecord | None:
            s.observations.set_respiratory_depression(visit_id, value, staff_id=staff_id)
            return s.visits.get(visit_id)

        def saved(visit: VisitRecord | None) -> None:
            self._answerable()
            if self._visit is None or self._visit.id != visit_id:
                return
            self.show_visit(visit)
            self.changed.emit()

        def failed(_error: Exception) -> None:
            self._answerable()
            self.needs.setText(self.tr("The answer could not be saved. Please try again."))

        CollectionOp(self, self._services, save).success(saved).failure(failed).run()

    def _answerable(self) -> None:
        for button in (self.yes_button, self.no_button):
            button.setEnabled(True)
