"""Start a visit: who the patient is, what they had, when it ended, baseline vitals, bay.

The words follow the treatment: "Infusion ended" for IV ketamine, "Dose given"
for nasal esketamine, whose dose (mg) is asked for the Spravato REMS record.

After :meth:`VisitService.start` succeeds the page emits ``visit_started(visit_id)``;
the shell reacts by showing that patient's welcome screen on the bay's tablet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QWidget

from kiosk.domain.baseline import BASELINE_RANGES, BaselineProblem, Fault
from kiosk.domain.errors import StorageError
from kiosk.domain.records import StaffRecord, Treatment, VisitRecord
from kiosk.forms.start_visit_page import Ui_StartVisitPage
from kiosk.services.container import Services
from kiosk.services.visits import DOSE_MG_RANGE, VisitInputError
from kiosk.views.operations import CollectionOp

STEP = timedelta(minutes=5)
EARLIEST = timedelta(hours=12)
LATEST = timedelta(minutes=30)


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
        # The esketamine dose sits beside the treatment choice, shown only for esketamine.
        self.dose_caption = QLabel(self)
        self.dose_edit = QLineEdit(self)
        self.dose_edit.setObjectName("doseEdit")
        self.dose_edit.setMaximumWidth(140)
        self.dose_edit.setValidator(QIntValidator(*DOSE_MG_RANGE, self.dose_edit))
        self.dose_caption.setBuddy(self.dose_edit)
        f.treatmentRow.addWidget(self.dose_caption)
        f.treatmentRow.addWidget(self.dose_edit)
        self._treatments.buttonToggled.connect(lambda *_: self._update_wording())
        self.reset()

    # -- filling ---------------------------------------------------------------
    def reset(self) -> None:
        """Empty every field for the next patient (time now, this tablet's bay)."""
        f = self.form
        for edit in (f.patientEdit, f.recordEdit, f.systolicEdit, f.diastolicEdit,
                     f.pulseEdit, self.dose_edit):
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
        self._update_wording()

    def _update_wording(self) -> None:
        """Treatment-aware words: an infusion ends; a nasal esketamine dose is given."""
        f = self.form
        esketamine = f.esketamineButton.isChecked()
        if esketamine:
            f.endCaption.setText(self.tr("Dose given"))
        elif f.ivKetamineButton.isChecked():
            f.endCaption.setText(self.tr("Infusion ended"))
        else:
            f.endCaption.setText(self.tr("Treatment ended"))
        self.dose_caption.setText(self.tr("Dose (mg)"))
        self.dose_edit.setPlaceholderText(self.tr("e.g. 56"))
        self.dose_edit.setAccessibleName(self.tr("Esketamine dose in milligrams"))
        self.dose_caption.setVisible(esketamine)
        self.dose_edit.setVisible(esketamine)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts after a language switch (the form resets the caption)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._update_wording()

    def reset_time(self) -> None:
        """Set the end of dosing (infusion ended, or dose given) to now."""
        self._now = self._services.clock.now()
        self._end = self._now
        self._update_time()

    @property
    def infusion_end(self) -> datetime:
        """The end of dosing chosen (aware UTC)."""
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
    def _range_text(self, name: str) -> str:
        lo, hi = BASELINE_RANGES[name]
        words = {"systolic": self.tr("Systolic BP"), "diastolic": self.tr("Diastolic BP"),
                 "pulse": self.tr("Pulse")}[name]
        return (self.tr("%1: enter a number from %2 to %3.")
                .replace("%1", words).replace("%2", str(lo)).replace("%3", str(hi)))

    def describe(self, problem: BaselineProblem) -> str:
        """One baseline fault (as the visit service names it) in the nurse's language."""
        if problem.fault is Fault.OUT_OF_RANGE:
            return self._range_text(problem.field)
        if problem.fault is Fault.HALF_PRESSURE:
            return self.tr("Blood pressure: enter both numbers, or neither.")
        return self.tr("Blood pressure: the first number must be the larger one.")

    def _number(self, edit: QLineEdit, name: str, problems: list[str]) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        if not text.isdigit() or len(text) > 6:
            problems.append(self._range_text(name))
            return None
        return int(text)

    def baseline(self, problems: list[str]) -> Baseline:
        """Read the baseline vitals, adding a message to ``problems`` for what is not a number.

        Ranges and the blood-pressure pair are the visit service's to check
        (:mod:`kiosk.domain.baseline`); :meth:`start_visit` shows its refusal.
        """
        f = self.form
        systolic = self._number(f.systolicEdit, "systolic", problems)
        diastolic = self._number(f.diastolicEdit, "diastolic", problems)
        pulse = self._number(f.pulseEdit, "pulse", problems)
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
        dose = self._dose(treatment, problems)
        if problems or treatment is None:
            self._show_message("\n".join(problems))
            return
        fields = {"patient_label": f.patientEdit.text(), "bay": f.bayEdit.text(),
                  "treatment": treatment, "infusion_end": self._end,
                  "record_number": f.recordEdit.text(), "baseline_systolic": base.systolic,
                  "baseline_diastolic": base.diastolic, "baseline_pulse": base.pulse,
                  "language": "es" if f.spanishButton.isChecked() else "en",
                  "staff_id": self._staff.id, "pressure_pair": True, "dose_mg": dose}
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
        if isinstance(error, VisitInputError):  # the service's rules: out-of-range vitals too
            self._show_message("\n".join(self.describe(p) for p in error.problems)
                               if error.problems else str(error))
        elif isinstance(error, StorageError):
            self._show_message(self.tr("The visit could not be saved. Please try again."))
        else:
            raise error

    def _dose(self, treatment: Treatment | None, problems: list[str]) -> int | None:
        """The esketamine dose in mg (needed for the REMS record); None for IV ketamine."""
        if treatment is not Treatment.ESKETAMINE:
            return None
        text = self.dose_edit.text().strip()
        lo, hi = DOSE_MG_RANGE
        if not text.isdigit() or not lo <= int(text) <= hi:
            problems.append(self.tr("Dose: enter the esketamine dose in mg (for example 56 "
                                    "or 84)."))
            return None
        return int(text)

    def _show_message(self, text: str) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setVisible(bool(text))
