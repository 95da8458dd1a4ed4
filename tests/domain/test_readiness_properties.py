"""Property tests: whatever the inputs and clinic settings, the verdict stays safe."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.readiness import (
    ESKETAMINE_FLOOR_MINUTES,
    AsqStatus,
    Assessment,
    Dissociation,
    OpenAlert,
    PatientReport,
    ReadinessInput,
    ReadinessRules,
    Treatment,
    Verdict,
    assess,
)

END = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
KEYS = (
    "observation_time",
    "padss",
    "spo2",
    "blood_pressure",
    "pulse",
    "sedation",
    "dissociation",
    "nausea",
    "disconnection",
    "alerts",
    "asq",
    "escort",
    "no_driving",
)

minutes_after_end = st.integers(min_value=-60 * 60, max_value=300 * 60).map(
    lambda seconds: END + timedelta(seconds=seconds)
)

assessments = st.builds(
    Assessment,
    taken_at=minutes_after_end,
    systolic=st.integers(60, 220),
    pulse=st.integers(35, 180),
    spo2=st.integers(80, 100),
    on_room_air=st.booleans(),
    moaas=st.integers(3, 5),
    diastolic=st.none() | st.integers(40, 130),
    resp_rate=st.none() | st.integers(6, 30),
    dissociation=st.none() | st.sampled_from(Dissociation),
    padss_total=st.none() | st.integers(6, 10),
)

checkins = st.none() | st.builds(
    PatientReport,
    nausea=st.none() | st.integers(0, 10),
    disconnection=st.none() | st.integers(0, 10),
    vomiting=st.booleans(),
)

inputs = st.builds(
    ReadinessInput,
    now=minutes_after_end,
    treatment=st.sampled_from(Treatment),
    dosing_ended_at=st.just(END),
    baseline_systolic=st.none() | st.integers(90, 180),
    baseline_pulse=st.none() | st.integers(45, 110),
    baseline_diastolic=st.none() | st.integers(45, 110),
    assessments=st.lists(assessments, max_size=5),
    latest_checkin=checkins,
    open_alerts=st.lists(
        st.builds(
            OpenAlert, cause=st.sampled_from(["nurse call", "chest pain"]), severity=st.just("x")
        ),
        max_size=2,
    ),
    asq=st.sampled_from(AsqStatus),
    asq_brief_assessment_recorded=st.booleans(),
    asq_full_evaluation_recorded=st.booleans(),
    escort_confirmed=st.booleans(),
    escort_patient_said_yes=st.booleans(),
    no_driving_acknowledged=st.booleans(),
)

rules = st.builds(
    ReadinessRules,
    min_observation_minutes=st.fixed_dictionaries(
        {Treatment.IV_KETAMINE: st.integers(0, 240), Treatment.ESKETAMINE: st.integers(0, 240)}
    ),
    padss_min=st.integers(0, 10),
    padss_consecutive=st.integers(1, 3),
    spo2_min=st.integers(85, 95),
    vitals_within_percent=st.integers(0, 50),
    moaas_required=st.integers(3, 5),
    nausea_below=st.integers(1, 11),
    disconnection_max=st.integers(0, 10),
    require_asq=st.booleans(),
    escort_hard_iv=st.booleans(),
)


@given(inputs, rules)
def test_never_ready_while_a_hard_criterion_fails(inp: ReadinessInput, r: ReadinessRules) -> None:
    result = assess(inp, r)
    if any(c.hard and not c.met for c in result.criteria):
        assert result.verdict is not Verdict.READY


@given(inputs, rules)
def test_ready_exactly_when_every_criterion_is_met(inp: ReadinessInput, r: ReadinessRules) -> None:
    result = assess(inp, r)
    assert (result.verdict is Verdict.READY) == all(c.met for c in result.criteria)
    assert tuple(c.key for c in result.criteria) == KEYS
    assert all(c.label and c.rule for c in result.criteria)


@given(inputs, rules)
def test_needs_attention_exactly_for_open_alerts_or_unevaluated_acute_asq(
    inp: ReadinessInput, r: ReadinessRules
) -> None:
    acute = inp.asq is AsqStatus.ACUTE_POSITIVE and not inp.asq_full_evaluation_recorded
    expected = bool(inp.open_alerts) or acute
    assert (assess(inp, r).verdict is Verdict.NEEDS_ATTENTION) == expected


@given(
    inputs,
    rules,
    st.integers(min_value=-3600, max_value=ESKETAMINE_FLOOR_MINUTES * 60 - 1),
)
def test_esketamine_before_120_minutes_is_never_ready(
    inp: ReadinessInput, r: ReadinessRules, seconds: int
) -> None:
    early = replace(inp, now=END + timedelta(seconds=seconds), treatment=Treatment.ESKETAMINE)
    result = assess(early, r)
    assert result.verdict is not Verdict.READY
    time = result.criterion("observation_time")
    assert not time.met
    assert time.hard
    assert result.earliest_ready_at >= END + timedelta(minutes=ESKETAMINE_FLOOR_MINUTES)


@given(inputs, rules, st.integers(min_value=0, max_value=600))
def test_waiting_longer_never_unmeets_the_time_criterion(
    inp: ReadinessInput, r: ReadinessRules, extra_minutes: int
) -> None:
    before = assess(inp, r).criterion("observation_time").met
    later = replace(inp, now=inp.now + timedelta(minutes=extra_minutes))
    after = assess(later, r).criterion("observation_time").met
    assert after or not before


# --- near-ready visits: start from a visit that is READY and break some items --------

GOOD = Assessment(
    taken_at=END + timedelta(minutes=100),
    systolic=120,
    diastolic=80,
    pulse=75,
    spo2=97,
    on_room_air=True,
    moaas=5,
    dissociation=Dissociation.RESOLVED,
    padss_total=10,
)
READY_VISIT = ReadinessInput(
    now=END + timedelta(minutes=150),
    treatment=Treatment.ESKETAMINE,
    dosing_ended_at=END,
    baseline_systolic=120,
    baseline_diastolic=80,
    baseline_pulse=75,
    assessments=(GOOD, replace(GOOD, taken_at=END + timedelta(minutes=115))),
    latest_checkin=PatientReport(nausea=0, disconnection=0),
    asq=AsqStatus.NEGATIVE,
    escort_confirmed=True,
    no_driving_acknowledged=True,
)
LATE = READY_VISIT.assessments[-1]
# Each breaker fails one criterion by changing the latest assessment ("a"), the
# latest check-in ("c") or the visit ("v").
BREAKERS: dict[str, tuple[str, dict[str, object]]] = {
    "observation_time": ("v", {"now": END + timedelta(minutes=59)}),
    "padss": ("a", {"padss_total": 8}),
    "spo2": ("a", {"on_room_air": False}),
    "blood_pressure": ("a", {"systolic": 200}),
    "pulse": ("a", {"pulse": 30}),
    "sedation": ("a", {"moaas": 4}),
    "dissociation": ("a", {"dissociation": Dissociation.PRESENT}),
    "nausea": ("c", {"vomiting": True}),
    "disconnection": ("c", {"disconnection": 4}),
    "alerts": ("v", {"open_alerts": (OpenAlert("nurse call", "routine"),)}),
    "asq": ("v", {"asq": AsqStatus.ACUTE_POSITIVE}),
    "escort": ("v", {"escort_confirmed": False}),
    "no_driving": ("v", {"no_driving_acknowledged": False}),
}


@given(
    st.lists(st.sampled_from(sorted(BREAKERS)), unique=True),
    st.sampled_from(Treatment),
    st.integers(0, 150),
)
def test_breaking_items_of_a_ready_visit(
    broken: list[str], treatment: Treatment, esketamine_minutes: int
) -> None:
    parts: dict[str, dict[str, object]] = {"a": {}, "c": {}, "v": {"treatment": treatment}}
    for key in broken:
        where, change = BREAKERS[key]
        parts[where].update(change)
    changes = dict(parts["v"])
    changes["assessments"] = (GOOD, replace(LATE, **parts["a"]))  # type: ignore[arg-type]
    checkin = READY_VISIT.latest_checkin
    assert checkin is not None
    changes["latest_checkin"] = replace(checkin, **parts["c"])  # type: ignore[arg-type]
    r = ReadinessRules(
        min_observation_minutes={
            Treatment.IV_KETAMINE: 60,
            Treatment.ESKETAMINE: esketamine_minutes,
        }
    )
    result = assess(replace(READY_VISIT, **changes), r)  # type: ignore[arg-type]
    unmet = {c.key for c in result.unmet}
    assert unmet == set(broken)
    assert (result.verdict is Verdict.READY) == (not unmet)
    if any(c.hard and not c.met for c in result.criteria):
        assert result.verdict is not Verdict.READY


# --- issue 12: escort, MOAA/S and BP, for esketamine and IV ketamine ----------------


@pytest.mark.parametrize("treatment", list(Treatment))
@given(inp=inputs, r=rules)
def test_never_ready_without_a_nurse_confirmed_escort(
    inp: ReadinessInput, r: ReadinessRules, treatment: Treatment
) -> None:
    """The patient's "yes" never stands in for the nurse; esketamine can never waive it."""
    visit = replace(inp, treatment=treatment, escort_confirmed=False)
    result = assess(visit, r)
    escort = result.criterion("escort")
    assert not escort.met
    assert result.verdict is not Verdict.READY
    if treatment is Treatment.ESKETAMINE or r.escort_hard_iv:
        assert escort.hard


@pytest.mark.parametrize("treatment", list(Treatment))
@given(inp=inputs, r=rules, moaas=st.integers(0, 4))
def test_never_ready_while_sedated_for_esketamine_whatever_the_setting(
    inp: ReadinessInput, r: ReadinessRules, treatment: Treatment, moaas: int
) -> None:
    """MOAA/S below 5: never Ready for esketamine; for IV only if the clinic allows it."""
    latest = Assessment(taken_at=END + timedelta(minutes=1), systolic=120, pulse=75,
                        spo2=97, on_room_air=True, moaas=moaas)
    visit = replace(inp, treatment=treatment,
                    assessments=(*inp.assessments, replace(latest, taken_at=END + timedelta(
                        minutes=400))))
    result = assess(visit, r)
    sedation = result.criterion("sedation")
    if treatment is Treatment.ESKETAMINE:
        assert not sedation.met
        assert sedation.hard
        assert result.verdict is not Verdict.READY
    else:
        assert sedation.met is (moaas >= r.moaas_required)


@pytest.mark.parametrize("treatment", list(Treatment))
@given(inp=inputs, r=rules, diastolic_off=st.booleans(), extra_percent=st.integers(0, 60))
def test_never_ready_while_either_pressure_is_out_of_range(
    inp: ReadinessInput, r: ReadinessRules, treatment: Treatment, diastolic_off: bool,
    extra_percent: int
) -> None:
    """Systolic or diastolic beyond the limit (or missing) keeps the visit from Ready."""
    base_sys, base_dia = 120, 80
    off = (r.vitals_within_percent + 1 + extra_percent) / 100
    systolic = base_sys if diastolic_off else round(base_sys * (1 + off))
    diastolic = round(base_dia * (1 - min(off, 0.9))) if diastolic_off else base_dia
    latest = Assessment(taken_at=END + timedelta(minutes=400), systolic=systolic,
                        diastolic=max(diastolic, 1), pulse=75, spo2=97, on_room_air=True,
                        moaas=5)
    visit = replace(inp, treatment=treatment, baseline_systolic=base_sys,
                    baseline_diastolic=base_dia, assessments=(*inp.assessments, latest))
    result = assess(visit, r)
    assert not result.criterion("blood_pressure").met
    assert result.verdict is not Verdict.READY


@pytest.mark.parametrize("treatment", list(Treatment))
@given(inp=inputs, r=rules)
def test_brief_assessment_never_clears_an_acute_positive(
    inp: ReadinessInput, r: ReadinessRules, treatment: Treatment
) -> None:
    visit = replace(inp, treatment=treatment, asq=AsqStatus.ACUTE_POSITIVE,
                    asq_brief_assessment_recorded=True, asq_full_evaluation_recorded=False)
    result = assess(visit, r)
    assert result.verdict is Verdict.NEEDS_ATTENTION
    assert not result.criterion("asq").met
