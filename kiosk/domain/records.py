"""Plain records the storage layer hands out, so views never touch the ORM."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

# One definition each: the domain owns these words; storage records reuse them.
from kiosk.domain.names import first_name
from kiosk.domain.questionnaire.model import Severity
from kiosk.domain.readiness_inputs import Treatment

__all__ = [
    "AlertRecord", "AnswerRecord", "AuditRecord", "CheckinKind", "CheckinRecord",
    "CheckinStatus", "JournalRecord", "ObservationRecord", "Severity", "StaffRecord",
    "Treatment", "VisitRecord", "VisitStatus",
]


class VisitStatus(StrEnum):
    """Where a visit stands."""

    RECOVERING = "recovering"
    DISCHARGED = "discharged"
    CANCELLED = "cancelled"


class CheckinKind(StrEnum):
    """Which questionnaire a check-in is."""

    CHECKIN = "checkin"
    READY_TO_GO = "ready_to_go"


class CheckinStatus(StrEnum):
    """Life of a check-in: due, then started, then completed or missed."""

    DUE = "due"
    STARTED = "started"
    COMPLETED = "completed"
    MISSED = "missed"


@dataclass(frozen=True)
class VisitRecord:
    """One patient's stay."""

    id: int
    patient_label: str
    record_number: str | None
    bay: str
    treatment: Treatment
    infusion_end: datetime
    baseline_systolic: int | None
    baseline_diastolic: int | None
    baseline_pulse: int | None
    language: str
    status: VisitStatus
    created_at: datetime
    escort_confirmed: bool = False
    safety_assessed_at: datetime | None = None
    override_reason: str | None = None
    status_changed_at: datetime | None = None
    safety_evaluated_at: datetime | None = None
    dose_mg: int | None = None
    respiratory_depression: bool | None = None

    @property
    def first_name(self) -> str:
        """The first word of the label, used to greet the patient."""
        return first_name(self.patient_label)


@dataclass(frozen=True)
class CheckinRecord:
    """One questionnaire response."""

    id: int
    visit_id: int
    questionnaire_url: str
    questionnaire_version: str
    kind: CheckinKind
    status: CheckinStatus
    due_at: datetime
    started_at: datetime | None
    completed_at: datetime | None
    entered_by: str


@dataclass(frozen=True)
class AnswerRecord:
    """One stored answer with its typed value."""

    checkin_id: int
    link_id: str
    value: bool | int | float | str | list[str]
    answered_at: datetime


@dataclass(frozen=True)
class AlertRecord:
    """An alert and whether someone has dealt with it."""

    id: int
    visit_id: int | None  # None: a call from an empty bay
    cause: str
    rule_id: str | None
    severity: Severity
    raised_at: datetime
    checkin_id: int | None
    acknowledged_at: datetime | None  # resolved (dealt with)
    acknowledged_by: str | None
    note: str | None
    seen_at: datetime | None = None  # "I'm on my way"
    seen_by: str | None = None
    bay: str | None = None

    @property
    def is_open(self) -> bool:
        """True until a nurse resolves it (seen or not)."""
        return self.acknowledged_at is None

    @property
    def is_seen(self) -> bool:
        """A nurse said "I'm on my way" (or resolved it at once)."""
        return self.seen_at is not None or self.acknowledged_at is not None

    @property
    def resolved_at(self) -> datetime | None:
        """When it was dealt with and closed."""
        return self.acknowledged_at


@dataclass(frozen=True)
class ObservationRecord:
    """Vitals and scores a nurse entered."""

    id: int
    visit_id: int
    taken_at: datetime
    entered_by: str | None
    systolic: int | None
    diastolic: int | None
    pulse: int | None
    spo2: int | None
    on_room_air: bool
    resp_rate: int | None
    moaas: int | None
    ambulation: int | None
    nausea_vomiting: int | None
    pain: int | None
    dissociation: str | None
    padss_total: int | None


@dataclass(frozen=True)
class JournalRecord:
    """The patient's journal for one visit."""

    visit_id: int
    text: str
    shared: bool
    updated_at: datetime


@dataclass(frozen=True)
class StaffRecord:
    """A staff member, without the PIN hash."""

    id: int
    name: str
    role: str
    active: bool
    failed_tries: int
    locked_until: datetime | None


@dataclass(frozen=True)
class AuditRecord:
    """One audit event."""

    id: int
    at: datetime
    staff_name: str | None
    action: str
    visit_id: int | None
    detail: str | None
