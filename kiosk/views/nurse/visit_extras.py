"""Two small sections of the visit detail page, kept apart from its layout.

* :class:`SafetyRecords`: the two ASQ clinician records, each with its own
  button: the brief suicide safety assessment (clears a non-acute positive)
  and the full safety evaluation (clears an acute positive; the brief one
  never does, CLINICAL.md section 5).
* :class:`RemsNeeds`: for an esketamine visit, what its REMS monitoring record
  still needs now (dose, the three blood pressures, sedation, dissociation,
  the respiratory-depression answer).

Both read and write through :mod:`kiosk.views.operations`, never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.domain.errors import StorageError
from kiosk.domain.messages import Message
from kiosk.domain.records import StaffRecord, Treatment, VisitRecord
from kiosk.services.container import Services
from kiosk.views import domain_text
from kiosk.views.operations import CollectionOp, QueryOp


class SafetyRecords(QObject):
    """Drives the brief-assessment button of the form and adds the full-evaluation one.

    Attributes:
        brief_button: records the brief suicide safety assessment.
        full_button: records the full safety evaluation.
        label: says which records are in, with their times.

    Signals:
        recorded: a record was saved.
    """

    recorded = Signal()

    def __init__(self, services: Services, staff: StaffRecord, *, brief_button: QPushButton,
                 label: QLabel, row: QHBoxLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._staff = staff
        self._visit: VisitRecord | None = None
        self.brief_button = brief_button
        self.label = label
        self.full_button = QPushButton(parent)
        self.full_button.setObjectName("evaluationButton")
        self.full_button.setMinimumSize(brief_button.minimumSize())
        row.insertWidget(row.indexOf(brief_button) + 1, self.full_button)
        self.full_button.clicked.connect(self.record_full)

    def show_visit(self, visit: VisitRecord) -> None:
        """Show which of the two records this visit has."""
        self._visit = visit
        brief, full = visit.safety_assessed_at, visit.safety_evaluated_at
        self.brief_button.setText(self.tr("Record brief safety assessment"))
        self.full_button.setText(self.tr("Record full safety evaluation"))
        self.brief_button.setEnabled(brief is None)
        self.full_button.setEnabled(full is None)
        parts = []
        if brief is not None:
            parts.append(self.tr("Brief safety assessment recorded at %1").replace(
                "%1", brief.astimezone().strftime("%H:%M")))
        if full is not None:
            parts.append(self.tr("Full safety evaluation recorded at %1").replace(
                "%1", full.astimezone().strftime("%H:%M")))
        self.label.setText(" \u00b7 ".join(parts))

    def record_full(self) -> None:
        """Record the full safety evaluation (the only record that clears an acute positive)."""
        if self._visit is None:
            return
        visit_id, staff_id = self._visit.id, self._staff.id
        self.full_button.setEnabled(False)

        def failed(error: Exception) -> None:
            if not isinstance(error, StorageError):
                raise error
            self.full_button.setEnabled(True)
            self.label.setText(self.tr("The database is busy. Please try again."))

        parent = self.parent()
        assert isinstance(parent, QWidget)
        CollectionOp(parent, self._services, lambda s: s.observations.record_safety_evaluation(
            visit_id, staff_id=staff_id)).success(lambda _r: self.recorded.emit()).failure(
            failed).run()


class RemsNeeds(QLabel):
    """What the REMS record of an esketamine visit still needs (hidden for IV ketamine)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remsNeeds")
        self.setWordWrap(True)
        self._services = services
        self._visit_id: int | None = None
        self.hide()

    def show_visit(self, visit: VisitRecord) -> None:
        """Show the REMS needs of ``visit`` now."""
        self._visit_id = visit.id
        if visit.treatment is not Treatment.ESKETAMINE:
            self._visit_id = None
            self.hide()
            return
        visit_id = visit.id
        QueryOp(self, self._services, lambda s: s.rems.missing(visit_id) or []).success(
            lambda needs: self._show_needs(visit_id, needs)).failure(
            lambda error: self._not_checked(visit_id, error)).run()

    def _not_checked(self, visit_id: int, error: Exception) -> None:
        if not isinstance(error, StorageError | LookupError):
            raise error
        if visit_id != self._visit_id:
            return  # another visit is shown now
        self.setText(self.tr("The REMS record could not be checked just now."))
        self.show()

    def _show_needs(self, visit_id: int, needs: list[Message]) -> None:
        if visit_id != self._visit_id:
            return  # another visit is shown now
        if needs:
            self.setText(self.tr("REMS record still needs: %1").replace(
                "%1", domain_text.listed(needs)))
            role = "banner-alert"
        else:
            self.setText(self.tr("REMS record: everything so far is in. The nurse reviews it "
                                 "when signing the discharge."))
            role = "banner-ok"
        self.setProperty("role", role)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()
