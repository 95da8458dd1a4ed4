"""Table-driven tests, one per clinical mismatch of issue 12 (CLINICAL.md sections 5 and 7).

Each row fails on the code before its fix: item-5-only "no" raised an alert,
the escort could be waived, MOAA/S 4 was accepted for esketamine, only the
systolic BP was compared, and one assessment flag cleared both ASQ outcomes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.questionnaire.links import READY_TO_GO_URL
from kiosk.domain.questionnaire.variants import asq_item5_only
from kiosk.domain.readiness import (
    AsqStatus,
    Assessment,
    Dissociation,
    PatientReport,
    ReadinessInput,
    ReadinessRules,
    Treatment,
    Verdict,
    assess,
)

END = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _assessment(minutes: int, **changes: object) -> Assessment:
    base = Assessment(taken_at=END + timedelta(minutes=minutes), systolic=120, diastolic=80,
                      pulse=75, spo2=97, on_room_air=True, moaas=5,
                      dissociation=Dissociation.RESOLVED, padss_total=10)
    return replace(base, **changes)  # type: ignore[arg-type]


def _visit(treatment: Treatment, **changes: object) -> ReadinessInput:
    latest = changes.pop("latest", {})
    base = ReadinessInput(
        now=END + timedelta(minutes=130), treatment=treatment, dosing_ended_at=END,
        baseline_systolic=120, baseline_diastolic=80, baseline_pulse=75,
        assessments=(_assessment(100), _assessment(125, **latest)),  # type: ignore[arg-type]
        latest_checkin=PatientReport(nausea=0, disconnection=0), asq=AsqStatus.NEGATIVE,
        escort_confirmed=True, no_driving_acknowledged=True)
    return replace(base, **changes)  # type: ignore[arg-type]


# --- 1. ASQ item-5-only mode: "no" is a negative screen, no alert --------------------

@pytest.mark.parametrize(("answer", "rule_ids"), [
    ("no", []),
    ("yes", ["asq-acute"]),
    ("declined", ["asq-acute-declined"]),
])
def test_1_item5_only_no_raises_no_alert(questionnaires, answer: str,
                                         rule_ids: list[str]) -> None:
    short = asq_item5_only(questionnaires[READY_TO_GO_URL])
    assert [h.rule_id for h in short.alerts({"asq-5": answer})] == rule_ids


def test_1_the_full_form_still_flags_a_non_acute_positive(questionnaires) -> None:
    full = questionnaires[READY_TO_GO_URL]
    answers = {"asq-1": "yes", "asq-2": "no", "asq-3": "no", "asq-4": "no", "asq-5": "no"}
    assert "asq-non-acute" in [h.rule_id for h in full.alerts(answers)]


# --- 2. Escort: hard for esketamine, a setting (hard by default) for IV ------------

@pytest.mark.parametrize(("treatment", "escort_hard_iv", "hard"), [
    (Treatment.ESKETAMINE, True, True),
    (Treatment.ESKETAMINE, False, True),  # no setting can waive it for esketamine
    (Treatment.IV_KETAMINE, True, True),
    (Treatment.IV_KETAMINE, False, False),
])
def test_2_escort_hardness(treatment: Treatment, escort_hard_iv: bool, hard: bool) -> None:
    result = assess(_visit(treatment, escort_confirmed=False),
                    ReadinessRules(escort_hard_iv=escort_hard_iv))
    escort = result.criterion("escort")
    assert not escort.met
    assert escort.hard is hard
    assert result.verdict is Verdict.NOT_YET


@pytest.mark.parametrize(("said_yes", "confirmed", "met", "words"), [
    (True, False, False, "Patient says an escort is coming; a nurse has not confirmed"),
    (False, False, False, "No escort confirmed by a nurse yet"),
    (False, True, True, "Escort confirmed by the nurse"),
    (True, True, True, "Escort confirmed by the nurse"),
])
def test_2_only_the_nurse_confirms_the_escort(said_yes: bool, confirmed: bool, met: bool,
                                              words: str) -> None:
    inp = _visit(Treatment.ESKETAMINE, escort_confirmed=confirmed,
                 escort_patient_said_yes=said_yes)
    escort = assess(inp).criterion("escort")
    assert escort.met is met
    assert words in escort.label


# --- 3. MOAA/S: never below 5 for esketamine ---------------------------------------

@pytest.mark.parametrize(("treatment", "required", "moaas", "met"), [
    (Treatment.ESKETAMINE, 4, 4, False),
    (Treatment.ESKETAMINE, 5, 4, False),
    (Treatment.ESKETAMINE, 4, 5, True),
    (Treatment.IV_KETAMINE, 4, 4, True),  # a clinic setting for IV ketamine
    (Treatment.IV_KETAMINE, 5, 4, False),
])
def test_3_moaas_floor_for_esketamine(treatment: Treatment, required: int, moaas: int,
                                      met: bool) -> None:
    result = assess(_visit(treatment, latest={"moaas": moaas}),
                    ReadinessRules(moaas_required=required))
    assert result.criterion("sedation").met is met
    assert (result.verdict is Verdict.READY) is met


# --- 4. Blood pressure: systolic and diastolic ---------------------------------------

@pytest.mark.parametrize(("latest", "baseline_diastolic", "met", "words"), [
    ({"diastolic": 41}, 80, False, "Diastolic BP 41: 48.8 % below"),
    ({"diastolic": 97}, 80, False, "Diastolic BP 97"),  # 21 % above
    ({"diastolic": 96}, 80, True, "Diastolic BP 96: 20 % above"),  # boundary
    ({"diastolic": 64}, 80, True, "Diastolic BP 64"),  # 20 % below, boundary
    ({"diastolic": None}, 80, False, "diastolic BP not recorded"),
    ({"diastolic": 80}, None, False, "no pre-treatment value"),
    ({"systolic": 150, "diastolic": 80}, 80, False, "Systolic BP 150"),
])
@pytest.mark.parametrize("treatment", list(Treatment))
def test_4_bp_compares_both_pressures(treatment: Treatment, latest: dict[str, object],
                                      baseline_diastolic: int | None, met: bool,
                                      words: str) -> None:
    inp = _visit(treatment, latest=latest, baseline_diastolic=baseline_diastolic)
    bp = assess(inp).criterion("blood_pressure")
    assert bp.met is met
    assert words in bp.label
    assert "diastolic" in bp.rule


# --- 5. Two ASQ clinician records, each clearing only its own outcome ---------------

@pytest.mark.parametrize(("asq", "brief", "full", "met", "verdict"), [
    (AsqStatus.NON_ACUTE_POSITIVE, True, False, True, Verdict.READY),
    (AsqStatus.NON_ACUTE_POSITIVE, False, True, False, Verdict.NOT_YET),
    (AsqStatus.NON_ACUTE_POSITIVE, False, False, False, Verdict.NOT_YET),
    (AsqStatus.ACUTE_POSITIVE, True, False, False, Verdict.NEEDS_ATTENTION),
    (AsqStatus.ACUTE_POSITIVE, False, True, True, Verdict.READY),
    (AsqStatus.ACUTE_POSITIVE, True, True, True, Verdict.READY),
])
def test_5_each_assessment_clears_only_its_outcome(asq: AsqStatus, brief: bool, full: bool,
                                                   met: bool, verdict: Verdict) -> None:
    result = assess(_visit(Treatment.IV_KETAMINE, asq=asq,
                           asq_brief_assessment_recorded=brief,
                           asq_full_evaluation_recorded=full))
    assert result.criterion("asq").met is met
    assert result.verdict is verdict
