"""Starting visits and finding the one a bay is looking after."""

from __future__ import annotations

from datetime import datetime

from kiosk.domain.clock import Clock
from kiosk.domain.records import Treatment, VisitRecord, VisitStatus
from kiosk.services.events import VisitEnded, VisitStarted
from kiosk.services.publishing import Publisher
from kiosk.storage.db import Database
from kiosk.storage.repositories.audit import AuditRepository
from kiosk.storage.repositories.visits import VisitRepository

MAX_LABEL = 40


class VisitInputError(ValueError):
    """A field of a new visit is wrong; the message names it."""


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
              staff_id: int | None = None) -> VisitRecord:
        """Open a visit in a bay; any earlier visit still open there is cancelled."""
        label = clean_label(patient_label)
        bay = " ".join(bay.split())
        if not bay:
            raise VisitInputError("Bay: enter the bay name")
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
                baseline_pulse=baseline_pulse, language=language, staff_id=staff_id)
            AuditRepository(s).add("visit_opened", now=now, staff_id=staff_id,
                                   visit_id=visit.id, detail=f"bay {bay}")
            self._events.stage(s, VisitStarted(visit.id, visit.bay))
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
        return visit
