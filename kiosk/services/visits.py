"""Starting visits and finding the one a bay is looking after."""

from __future__ import annotations

from datetime import datetime

from kiosk.domain.baseline import BaselineProblem, baseline_problems
from kiosk.domain.clock import Clock
from kiosk.domain.records import Treatment, VisitRecord, VisitStatus
from kiosk.services.events import VisitEnded, VisitStarted
from kiosk.services.publishing import Publisher
from kiosk.storage.db import Database
from kiosk.storage.repositories.audit import AuditRepository
from kiosk.storage.repositories.resume import ResumeRepository
from kiosk.storage.repositories.visits import VisitRepository

MAX_LABEL = 40
DOSE_MG_RANGE = (1, 200)
"""Whole milligrams accepted as an esketamine dose (Spravato doses are 28, 56 or 84 mg)."""


class VisitInputError(ValueError):
    """A field of a new visit is wrong; the message names it.

    Attributes:
        problems: the baseline's faults, when those are what is wrong (a page
            names each in the nurse's language).
    """

    def __init__(self, message: str, problems: tuple[BaselineProblem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


def clean_label(label: str) -> str:
    """Check a patient label (first name and last initial) and tidy its spaces."""
    text = " ".join(label.split())
    if not text:
        raise VisitInputError("Patient label: enter a first name and last initial")
    if len(text) > MAX_LABEL:
        raise VisitInputError(f"Patient label: at most {MAX_LABEL} characters")
    if any(not (ch.isalpha() or ch in " .'-") for ch in text):
        raise VisitInputError("Patient label: letters, spaces, dots, hyphens and "
                              "apostrophes only")
    return text


def check_dose(dose_mg: int | None) -> int | None:
    """Check an esketamine dose in whole milligrams (None: not entered)."""
    if dose_mg is None:
        return None
    lo, hi = DOSE_MG_RANGE
    if isinstance(dose_mg, bool) or not isinstance(dose_mg, int) or not lo <= dose_mg <= hi:
        raise VisitInputError(f"Dose: a whole number of mg from {lo} to {hi} (e.g. 56 or 84)")
    return dose_mg


class VisitService:
    """Use cases on visits."""

    def __init__(self, db: Database, clock: Clock, *, events: Publisher | None = None) -> None:
        self._db = db
        self._clock = clock
        self._events = events or Publisher.local(db)

    def start(self, *, patient_label: str, bay: str, treatment: Treatment,
              infusion_end: datetime | None = None, record_number: str | None = None,
              baseline_systolic: int | None = None, baseline_diastolic: int | None = None,
              baseline_pulse: int | None = None, language: str = "en",
              staff_id: int | None = None, pressure_pair: bool = False,
              dose_mg: int | None = None) -> VisitRecord:
        """Open a visit in a bay; any earlier visit still open there is cancelled.

        ``pressure_pair`` asks for both blood-pressure numbers or neither (the
        start-visit form does). ``dose_mg`` is the esketamine dose for the REMS
        record (ignored for IV ketamine, whose dose the kiosk does not record).

        Raises:
            VisitInputError: the label or bay is unusable, or the baseline vital
                signs are out of range or inconsistent (``problems`` names each);
                nothing is stored.
        """
        label = clean_label(patient_label)
        dose = check_dose(dose_mg) if treatment is Treatment.ESKETAMINE else None
        bay = " ".join(bay.split())
        if not bay:
            raise VisitInputError("Bay: enter the bay name")
        problems = baseline_problems(baseline_systolic, baseline_diastolic, baseline_pulse,
                                     pair_required=pressure_pair)
        if problems:
            raise VisitInputError(" ".join(p.message for p in problems), tuple(problems))
        now = self._clock.now()
        with self._db.unit() as s:
            visits = VisitRepository(s)
            stale = visits.active_for_bay(bay)
            if stale is not None:
                visits.set_status(stale.id, VisitStatus.CANCELLED, now=now, staff_id=staff_id)
                self._events.stage(s, VisitEnded(stale.id, stale.bay))
            visit = visits.add(
                patient_label=label, bay=bay, treatment=treatment,
                infusion_end=infusion_end or now, now=now,
                record_number=(record_number or "").strip() or None,
                baseline_systolic=baseline_systolic, baseline_diastolic=baseline_diastolic,
                baseline_pulse=baseline_pulse, language=language, staff_id=staff_id,
                dose_mg=dose)
            AuditRepository(s).add("visit_opened", now=now, staff_id=staff_id,
                                   visit_id=visit.id, detail=f"bay {bay}")
            self._events.stage(s, VisitStarted(visit.id, visit.bay))
            ResumeRepository(s).refresh(visit.id)  # the bay's tablet restarts on the welcome
        return visit

    def get(self, visit_id: int) -> VisitRecord | None:
        """The visit with this id."""
        with self._db.unit() as s:
            return VisitRepository(s).get(visit_id)

    def active(self) -> list[VisitRecord]:
        """Every visit still recovering."""
        with self._db.unit() as s:
            return VisitRepository(s).active()

    def active_for_bay(self, bay: str) -> VisitRecord | None:
        """The visit this bay's tablet should show, if any."""
        with self._db.unit() as s:
            return VisitRepository(s).active_for_bay(bay)

    def end(self, visit_id: int, status: VisitStatus, *, staff_id: int | None,
            override_reason: str | None = None) -> VisitRecord:
        """Close a visit (discharged or cancelled), with an audit event."""
        now = self._clock.now()
        with self._db.unit() as s:
            visit = VisitRepository(s).set_status(visit_id, status, now=now, staff_id=staff_id,
                                                  override_reason=override_reason)
            AuditRepository(s).add(f"visit_{status.value}", now=now, staff_id=staff_id,
                                   visit_id=visit_id)
            if override_reason:
                AuditRepository(s).add("discharge_override", now=now, staff_id=staff_id,
                                       visit_id=visit_id)
            self._events.stage(s, VisitEnded(visit_id, visit.bay))
            ResumeRepository(s).refresh(visit_id)  # the bay's row goes with the visit
        return visit
