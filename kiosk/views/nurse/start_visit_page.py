"""Start a visit: who the patient is, what they had, when it ended, baseline vitals, bay.

After :meth:`VisitService.start` succeeds the page emits ``visit_started(visit_id)``;
the shell reacts by showing that patient's welcome screen on the bay's tablet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QWidget

from kiosk.domain.errors import StorageError
from kiosk.domain.records import StaffRecord, Treatment, VisitRecord
from kiosk.forms.start_visit_page import Ui_StartVisitPage
from kiosk.services.container import Services
from kiosk.services.visits import VisitInputError
from kiosk.views.operations import CollectionOp

STEP = timedelta(minutes=5)
EARLIEST = timedelta(hours=12)
LATEST = timedelta(minutes=30)
RANGES = {"systolic": (70, 250), "diastolic": (30, 150), "pulse": (30, 200)}


@dataclass(frozen=True)
class Baseline:
    """Checked baseline vitals (each may be missing)."""

    systolic: int | None
    diastolic: int | None
    pulse: int | None


class StartVisitPage(QWidget):
    """The nurse opens a visit for a patient in a bay.

    Attributes:
        form: the generated form.

    Signals:
        visit_started(int): a visit was opened; the tablet should greet this patient.
    """

    visit_started = Signal(int)

    def __init__(self, services: Services, staff: StaffRecord, *, bay: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff = staff
        self._default_bay = bay
        self.form = Ui_StartVisitPage()
        self.form.setupUi(self)
        f = self.form
        self._treatments = QButtonGroup(self)
        self._treatments.addButton(f.ivKetamineButton)
        self._treatments.addButton(f.esketamineButton)
        self._languages = QButtonGroup(self)
        self._languages.addButton(f.englishButton)
        self._languages.addButton(f.spanishButton)
        f.earlierButton.clicked.connect(lambda: self._shift(-STEP))
        f.laterButton.clicked.connect(lambda: self._shift(STEP))
        f.nowButton.clicked.connect(self.reset_time)
        f.startButton.clicked.connect(self.start_visit)
        self.reset()

    # -- filling ---------------------------------------------------------------
    def reset(self) -> None:
        """Empty every field for the next patient (time now, this tablet's bay)."""
        f = self.form
        for edit in (f.patientEdit, f.recordEdit, f.systolicEdit, f.diastolicEdit,
                     f.pulseEdit):
            edit.clear()
        self._treatments.setExclusive(False)
        f.ivKetamineButton.setChecked(False)
        f.esketamineButton.setChecked(False)
        self._treatments.setExclusive(True)
        f.englishButton.setChecked(self._services.settings.clinic.language != "es")
        f.spanishButton.setChecked(self._services.settings.clinic.language == "es")
        f.bayEdit.setText(self._default_bay)
        self._show_message("")
        self.reset_time()

    def reset_time(self) -> None:
        """Set the infusion end to now."""
        self._now = self._services.clock.now()
        self._end = self._now
        self._update_time()

    @property
    def infusion_end(self) -> datetime:
        """The infusion end time chosen (aware UTC)."""
        return self._end

    def _shift(self, delta: timedelta) -> None:
        self._end += delta
        self._update_time()

    def _update_time(self) -> None:
        f = self.form
        f.endTimeLabel.setText(self._end.astimezone().strftime("%H:%M"))
        f.earlierButton.setEnabled(self._end - STEP >= self._now - EARLIEST)
        f.laterButton.setEnabled(self._end + STEP <= self._now + LATEST)

    # -- checking and saving ---------------------------------------------------
    def _number(self, edit: QLineEdit, name: str, problems: list[str]) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        lo, hi = RANGES[name]
        words = {"systolic": self.tr("Systolic BP"), "diastolic": self.tr("Diastolic BP"),
                 "pulse": self.tr("Pulse")}[name]
        if not text.isdigit() or not lo <= int(text) <= hi:
            problems.append(self.tr("%1: enter a number from %2 to %3.")
                            .replace("%1", words).replace("%2", str(lo)).replace("%3", str(hi)))
            return None
        return int(text)

    def baseline(self, problems: list[str]) -> Baseline:
        """Read the baseline vitals, adding a plain message to ``problems`` for each fault."""
        f = self.form
        systolic = self._number(f.systolicEdit, "systolic", problems)
        diastolic = self._number(f.diastolicEdit, "diastolic", problems)
        pulse = self._number(f.pulseEdit, "pulse", problems)
        has_sys, has_dia = bool(f.systolicEdit.text().strip()), bool(f.diastolicEdit.text().strip())
        if has_sys != has_dia:
            problems.append(self.tr("Blood pressure: enter both numbers, or neither."))
        elif systolic is not None and diastolic is not None and diastolic >= systolic:
            problems.append(self.tr("Blood pressure: the first number must be the larger one."))
        return Baseline(systolic, diastolic, pulse)

    def start_visit(self) -> None:
        """Check the form and open the visit, or show what to fix."""
        f = self.form
        problems: list[str] = []
        if not f.patientEdit.text().strip():
            problems.append(self.tr("Patient: enter a first name and last initial."))
        treatment = (Treatment.IV_KETAMINE if f.ivKetamineButton.isChecked() else
                     Treatment.ESKETAMINE if f.esketamineButton.isChecked() else None)
        if treatment is None:
            problems.append(self.tr("Treatment: choose IV ketamine or esketamine."))
        base = self.baseline(problems)
        if problems or treatment is None:
            self._show_message("\n".join(problems))
            return
        fields = {"patient_label": f.patientEdit.text(), "bay": f.bayEdit.text(),
                  "treatment": treatment, "infusion_end": self._end,
                  "record_number": f.recordEdit.text(), "baseline_systolic": base.systolic,
                  "baseline_diastolic": base.diastolic, "baseline_pulse": base.pulse,
                  "language": "es" if f.spanishButton.isChecked() else "en",
                  "staff_id": self._staff.id}
        self.form.startButton.setEnabled(False)  # one visit per tap, however slow the save
        CollectionOp(self, self._services, lambda s: s.visits.start(**fields)).success(
            self._started).failure(self._not_started).hint(
            lambda: self._show_message(self.tr("Saving…")), lambda: self._show_message("")).run()

    def _started(self, visit: VisitRecord) -> None:
        self.form.startButton.setEnabled(True)
        self.reset()
        self.visit_started.emit(visit.id)

    def _not_started(self, error: Exception) -> None:
        self.form.startButton.setEnabled(True)
        if isinstance(error, VisitInputError):
            self._show_message(str(error))
        elif isinstance(error, StorageError):
            self._show_message(self.tr("The visit could not be saved. Please try again."))
        else:
            raise error

    def _show_message(self, text: str) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setVisible(bool(text))
