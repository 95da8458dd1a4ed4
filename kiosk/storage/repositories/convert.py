"""ORM row to plain record conversions."""

from __future__ import annotations

import json

from kiosk.domain.records import (
    AlertRecord,
    AnswerRecord,
    CheckinKind,
    CheckinRecord,
    CheckinStatus,
    JournalRecord,
    ObservationRecord,
    Severity,
    Treatment,
    VisitRecord,
    VisitStatus,
)
from kiosk.storage import models as m


def visit(row: m.Visit) -> VisitRecord:
    """Convert a visit row."""
    return VisitRecord(
        id=row.id, patient_label=row.patient_label, record_number=row.record_number,
        bay=row.bay, treatment=Treatment(row.treatment), infusion_end=row.infusion_end,
        baseline_systolic=row.baseline_systolic, baseline_diastolic=row.baseline_diastolic,
        baseline_pulse=row.baseline_pulse, language=row.language,
        status=VisitStatus(row.status), created_at=row.created_at,
        escort_confirmed=bool(row.escort_confirmed), safety_assessed_at=row.safety_assessed_at,
        override_reason=row.override_reason, status_changed_at=row.status_changed_at,
        safety_evaluated_at=row.safety_evaluated_at, dose_mg=row.dose_mg,
        respiratory_depression=row.respiratory_depression,
    )


def checkin(row: m.CheckIn) -> CheckinRecord:
    """Convert a check-in row."""
    return CheckinRecord(
        id=row.id, visit_id=row.visit_id, questionnaire_url=row.questionnaire_url,
        questionnaire_version=row.questionnaire_version, kind=CheckinKind(row.kind),
        status=CheckinStatus(row.status), due_at=row.due_at, started_at=row.started_at,
        completed_at=row.completed_at, entered_by=row.entered_by,
    )


def answer(row: m.Answer) -> AnswerRecord:
    """Convert an answer row, decoding its JSON value."""
    return AnswerRecord(checkin_id=row.checkin_id, link_id=row.link_id,
                        value=json.loads(row.value_json), answered_at=row.answered_at)


def alert(row: m.Alert, acknowledged_by: str | None = None,
          seen_by: str | None = None) -> AlertRecord:
    """Convert an alert row (with the names of who resolved and who saw it)."""
    return AlertRecord(
        id=row.id, visit_id=row.visit_id, cause=row.cause, rule_id=row.rule_id,
        severity=Severity(row.severity), raised_at=row.raised_at, checkin_id=row.checkin_id,
        acknowledged_at=row.acknowledged_at, acknowledged_by=acknowledged_by, note=row.note,
        seen_at=row.seen_at, seen_by=seen_by, bay=row.bay,
    )


def observation(row: m.Observation, entered_by: str | None = None) -> ObservationRecord:
    """Convert an observation row."""
    return ObservationRecord(
        id=row.id, visit_id=row.visit_id, taken_at=row.taken_at, entered_by=entered_by,
        systolic=row.systolic, diastolic=row.diastolic, pulse=row.pulse, spo2=row.spo2,
        on_room_air=bool(row.on_room_air), resp_rate=row.resp_rate, moaas=row.moaas,
        ambulation=row.ambulation, nausea_vomiting=row.nausea_vomiting, pain=row.pain,
        dissociation=row.dissociation, padss_total=row.padss_total,
    )


def journal(row: m.JournalEntry) -> JournalRecord:
    """Convert a journal row."""
    return JournalRecord(visit_id=row.visit_id, text=row.text, shared=bool(row.shared),
                         updated_at=row.updated_at)
