"""Readiness for one visit: maps stored records to the domain engine's inputs.

Sources (CLINICAL.md section 7):

* observations -> :class:`Assessment` (incomplete ones, without BP, pulse, SpO2
  or MOAA/S, are left out; they cannot show readiness);
* the latest completed recurring check-in -> nausea, disconnection, vomiting;
* open alerts -> :class:`OpenAlert`;
* the latest ready-to-go form -> ASQ outcome, escort and no-driving answers.
  A form still being answered counts only once it shows a positive answer,
  so a half-finished form never reads as a positive screen by mistake;
* escort: only the nurse's ``visit.escort_confirmed`` meets it; the patient's
  "yes" is passed on as a separate fact, shown but never a confirmation;
* a non-acute positive ASQ is cleared by the brief safety assessment
  (``visit.safety_assessed_at``), an acute positive only by the full safety
  evaluation (``visit.safety_evaluated_at``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from kiosk.config import Settings
from kiosk.domain.clock import Clock
from kiosk.domain.questionnaire import asq_outcome
from kiosk.domain.questionnaire.asq import ASQ_DECLINED, ASQ_YES, AsqOutcome
from kiosk.domain.readiness import (
    AsqStatus,
    Assessment,
    Dissociation,
    OpenAlert,
    PatientReport,
    Readiness,
    ReadinessInput,
    ReadinessRules,
    Treatment,
    assess,
)
from kiosk.domain.records import CheckinKind, CheckinStatus, ObservationRecord
from kiosk.storage.db import Database
from kiosk.storage.repositories.snapshots import AnswerValue, SnapshotRepository, VisitSnapshot
from kiosk.storage.repositories.visits import VisitRepository

NAUSEA = "nausea"
DISCONNECTED = "disconnected"
VOMITING = "vomiting"
ESCORT = "escort-confirmed"
NO_DRIVING = "no-driving-ack"
ASQ_LINK_IDS = ("asq-1", "asq-2", "asq-3", "asq-4", "asq-5")

_ASQ = {AsqOutcome.NOT_ASKED: AsqStatus.NOT_ASKED, AsqOutcome.NEGATIVE: AsqStatus.NEGATIVE,
        AsqOutcome.NON_ACUTE_POSITIVE: AsqStatus.NON_ACUTE_POSITIVE,
        AsqOutcome.ACUTE_POSITIVE: AsqStatus.ACUTE_POSITIVE}


def rules_from(settings: Settings) -> ReadinessRules:
    """The engine's rules from clinic settings."""
    r = settings.readiness
    return ReadinessRules(
        min_observation_minutes={Treatment.IV_KETAMINE: settings.observation.iv_ketamine_minutes,
                                 Treatment.ESKETAMINE: settings.observation.esketamine_minutes},
        padss_min=r.padss_min, padss_consecutive=r.padss_consecutive, spo2_min=r.spo2_min,
        vitals_within_percent=r.vitals_within_percent, moaas_required=r.moaas_required,
        nausea_below=r.nausea_below, disconnection_max=r.disconnection_max,
        escort_hard_iv=r.escort_hard_iv_ketamine)


def to_assessment(obs: ObservationRecord) -> Assessment | None:
    """An engine assessment, or None when a core reading is missing or impossible."""
    if None in (obs.systolic, obs.pulse, obs.spo2, obs.moaas):
        return None
    try:
        return Assessment(
            taken_at=obs.taken_at, systolic=obs.systolic, pulse=obs.pulse,  # type: ignore[arg-type]
            spo2=obs.spo2, on_room_air=obs.on_room_air, moaas=obs.moaas,  # type: ignore[arg-type]
            diastolic=obs.diastolic, resp_rate=obs.resp_rate,
            dissociation=Dissociation(obs.dissociation) if obs.dissociation else None,
            padss_total=obs.padss_total)
    except ValueError:
        return None


def _int(value: AnswerValue | None) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) \
        and 0 <= value <= 10 else None


def patient_report(answers: Mapping[str, AnswerValue] | None) -> PatientReport | None:
    """Nausea, disconnection and vomiting from a check-in's answers."""
    if answers is None:
        return None
    return PatientReport(nausea=_int(answers.get(NAUSEA)),
                         disconnection=_int(answers.get(DISCONNECTED)),
                         vomiting=answers.get(VOMITING) is True)


def asq_status(answers: Mapping[str, AnswerValue], *, completed: bool) -> AsqStatus:
    """The ASQ outcome; an unfinished form counts only when it already shows a positive."""
    outcome = asq_outcome(answers)
    if not completed and not any(answers.get(k) in (ASQ_YES, ASQ_DECLINED)
                                 for k in ASQ_LINK_IDS):
        return AsqStatus.NOT_ASKED
    return _ASQ[outcome]


def readiness_input(snap: VisitSnapshot, now: datetime) -> ReadinessInput:
    """Map one visit's records to the engine's input."""
    visit = snap.visit
    done = snap.completed(CheckinKind.CHECKIN)
    latest = snap.answers.get(done[-1].id, {}) if done else None
    ready_form = snap.latest_ready_to_go()
    ready_answers = snap.answers.get(ready_form.id, {}) if ready_form else {}
    completed = ready_form is not None and ready_form.status is CheckinStatus.COMPLETED
    return ReadinessInput(
        now=now, treatment=visit.treatment,
        dosing_ended_at=visit.infusion_end,
        baseline_systolic=visit.baseline_systolic or None,
        baseline_pulse=visit.baseline_pulse or None,
        baseline_diastolic=visit.baseline_diastolic or None,
        assessments=[a for a in map(to_assessment, snap.observations) if a is not None],
        latest_checkin=patient_report(latest),
        open_alerts=[OpenAlert(a.cause, a.severity.value, a.rule_id)
                     for a in snap.alerts if a.is_open],
        asq=asq_status(ready_answers, completed=completed),
        asq_brief_assessment_recorded=visit.safety_assessed_at is not None,
        asq_full_evaluation_recorded=visit.safety_evaluated_at is not None,
        escort_confirmed=visit.escort_confirmed,
        escort_patient_said_yes=ready_answers.get(ESCORT) is True,
        no_driving_acknowledged=ready_answers.get(NO_DRIVING) is True)


class ReadinessService:
    """Readiness advice for visits, with the clinic's rules.

    Attributes:
        settings: the settings in force (replace to apply new rules).
    """

    def __init__(self, db: Database, clock: Clock, settings: Settings) -> None:
        self._db = db
        self._clock = clock
        self.settings = settings

    def rules(self) -> ReadinessRules:
        """The rules from the current settings."""
        return rules_from(self.settings)

    def assess_snapshot(self, snap: VisitSnapshot) -> Readiness:
        """Advice for an already-loaded snapshot (the board batches these)."""
        return assess(readiness_input(snap, self._clock.now()), self.rules())

    def assess(self, visit_id: int) -> Readiness:
        """Advice for one visit.

        Raises:
            LookupError: no such visit.
        """
        with self._db.unit() as s:
            visit = VisitRepository(s).require(visit_id)
            snap = SnapshotRepository(s).snapshots([visit])[0]
        return self.assess_snapshot(snap)
