"""Table-driven tests of the readiness engine against CLINICAL.md section 7."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

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
    Verdict,
    assess,
)

END = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ALL_KEYS = [
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
]


def good_assessment(minutes: int, **changes: object) -> Assessment:
    """An assessment ``minutes`` after dosing ended that meets every criterion."""
    base = Assessment(
        taken_at=END + timedelta(minutes=minutes),
        systolic=120,
        diastolic=80,
        pulse=75,
        spo2=97,
        on_room_air=True,
        resp_rate=14,
        moaas=5,
        dissociation=Dissociation.RESOLVED,
        padss_total=10,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def ready_input(**changes: object) -> ReadinessInput:
    """An esketamine visit at 130 minutes that meets every criterion."""
    base = ReadinessInput(
        now=END + timedelta(minutes=130),
        treatment=Treatment.ESKETAMINE,
        dosing_ended_at=END,
        baseline_systolic=120,
        baseline_diastolic=80,
        baseline_pulse=75,
        assessments=(good_assessment(100), good_assessment(125)),
        latest_checkin=PatientReport(nausea=1, disconnection=2, vomiting=False),
        open_alerts=(),
        asq=AsqStatus.NEGATIVE,
        escort_confirmed=True,
        no_driving_acknowledged=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def with_latest(**changes: object) -> dict[str, object]:
    """Inputs whose latest assessment carries ``changes``."""
    return {"assessments": (good_assessment(100), good_assessment(125, **changes))}


def test_all_met_is_ready_and_lists_every_criterion() -> None:
    result = assess(ready_input())
    assert result.verdict is Verdict.READY
    assert [c.key for c in result.criteria] == ALL_KEYS
    assert all(c.met for c in result.criteria)
    assert result.unmet == ()
    assert all(c.label and c.rule for c in result.criteria)
    assert result.earliest_ready_at == END + timedelta(minutes=120)


FAILING_ALONE: list[tuple[str, dict[str, object], Verdict, str]] = [
    ("observation_time", {"now": END + timedelta(minutes=45)}, Verdict.NOT_YET, "45 of 120"),
    ("padss", with_latest(padss_total=8), Verdict.NOT_YET, "PADSS 10, then 8"),
    ("spo2", with_latest(spo2=92), Verdict.NOT_YET, "SpO2 92 % on room air"),
    ("spo2", with_latest(spo2=98, on_room_air=False), Verdict.NOT_YET, "room-air reading"),
    ("blood_pressure", with_latest(systolic=145), Verdict.NOT_YET, "above the pre-treatment"),
    ("blood_pressure", with_latest(systolic=95), Verdict.NOT_YET, "below the pre-treatment"),
    ("pulse", with_latest(pulse=91), Verdict.NOT_YET, "Pulse 91"),
    ("sedation", with_latest(moaas=4), Verdict.NOT_YET, "MOAA/S 4 of 5"),
    (
        "dissociation",
        with_latest(dissociation=Dissociation.PRESENT),
        Verdict.NOT_YET,
        "still present",
    ),
    (
        "dissociation",
        {
            "assessments": (
                good_assessment(100, dissociation=None),
                good_assessment(125, dissociation=None),
            )
        },
        Verdict.NOT_YET,
        "not yet recorded",
    ),
    (
        "nausea",
        {"latest_checkin": PatientReport(nausea=4, disconnection=0)},
        Verdict.NOT_YET,
        "Nausea 4 of 10",
    ),
    (
        "nausea",
        {"latest_checkin": PatientReport(nausea=0, disconnection=0, vomiting=True)},
        Verdict.NOT_YET,
        "vomiting reported",
    ),
    (
        "nausea",
        {"latest_checkin": PatientReport(nausea=None, disconnection=0)},
        Verdict.NOT_YET,
        "Nausea not answered",
    ),
    (
        "disconnection",
        {"latest_checkin": PatientReport(nausea=0, disconnection=4)},
        Verdict.NOT_YET,
        "disconnected 4 of 10",
    ),
    (
        "disconnection",
        {"latest_checkin": PatientReport(nausea=0, disconnection=None)},
        Verdict.NOT_YET,
        "not answered",
    ),
    (
        "alerts",
        {"open_alerts": (OpenAlert("nurse call", "routine"),)},
        Verdict.NEEDS_ATTENTION,
        "1 open alert: nurse call (routine)",
    ),
    (
        "asq",
        {"asq": AsqStatus.NON_ACUTE_POSITIVE},
        Verdict.NOT_YET,
        "brief safety assessment",
    ),
    (
        "asq",
        {"asq": AsqStatus.ACUTE_POSITIVE},
        Verdict.NEEDS_ATTENTION,
        "full safety evaluation must be recorded",
    ),
    ("escort", {"escort_confirmed": False}, Verdict.NOT_YET, "No escort confirmed by a nurse"),
    (
        "no_driving",
        {"no_driving_acknowledged": False},
        Verdict.NOT_YET,
        "not yet acknowledged no driving",
    ),
]


@pytest.mark.parametrize(
    ("key", "changes", "verdict", "words"),
    FAILING_ALONE,
    ids=[f"{row[0]}-{i}" for i, row in enumerate(FAILING_ALONE)],
)
def test_each_criterion_failing_alone(
    key: str, changes: dict[str, object], verdict: Verdict, words: str
) -> None:
    result = assess(ready_input(**changes))
    assert result.verdict is verdict
    assert [c.key for c in result.unmet] == [key]
    assert words in result.criterion(key).label
    assert result.criterion(key).rule


def test_every_section_7_item_has_a_failing_case() -> None:
    assert {row[0] for row in FAILING_ALONE} == set(ALL_KEYS)


# --- missing data -----------------------------------------------------------------


def test_no_assessment_yet_is_unmet_in_plain_words() -> None:
    result = assess(ready_input(assessments=()))
    assert result.verdict is Verdict.NOT_YET
    for key in ("padss", "spo2", "blood_pressure", "pulse", "sedation", "dissociation"):
        assert not result.criterion(key).met
        assert result.criterion(key).label == "No nurse assessment recorded yet"


def test_assessments_before_dosing_ended_do_not_count() -> None:
    result = assess(ready_input(assessments=(good_assessment(-30), good_assessment(-5))))
    assert result.criterion("spo2").label == "No nurse assessment recorded since dosing ended"
    assert result.verdict is Verdict.NOT_YET


def test_no_checkin_yet_is_unmet() -> None:
    result = assess(ready_input(latest_checkin=None))
    assert {c.key for c in result.unmet} == {"nausea", "disconnection"}
    assert result.criterion("nausea").label == "No patient check-in yet"


@pytest.mark.parametrize(
    ("field", "key"), [("baseline_systolic", "blood_pressure"), ("baseline_pulse", "pulse")]
)
def test_missing_baseline_is_unmet(field: str, key: str) -> None:
    result = assess(ready_input(**{field: None}))
    assert [c.key for c in result.unmet] == [key]
    assert "no pre-treatment value recorded" in result.criterion(key).label


def test_assessment_order_does_not_matter() -> None:
    shuffled = (good_assessment(125, padss_total=8), good_assessment(100))
    result = assess(ready_input(assessments=shuffled))
    assert result.criterion("padss").label == "PADSS 10, then 8 on the last 2 assessments"
    assert not result.criterion("padss").met


# --- PADSS on two consecutive assessments ----------------------------------------


@pytest.mark.parametrize(
    ("totals", "met"),
    [
        ((9, 8), False),
        ((8, 9), False),
        ((9, 10), True),
        ((9, 9), True),
        ((7, 9, 10), True),  # only the last two count
        ((10, 9, 8), False),
        ((9,), False),
        ((None, 10), False),  # a vitals-only assessment has no PADSS
        ((9, None, 10), True),  # the last two PADSS scores, vitals in between
    ],
)
def test_padss_needs_two_consecutive_scores(totals: tuple[int | None, ...], met: bool) -> None:
    assessments = tuple(
        good_assessment(70 + 10 * i, padss_total=total) for i, total in enumerate(totals)
    )
    result = assess(ready_input(assessments=assessments))
    assert result.criterion("padss").met is met
    assert result.verdict is (Verdict.READY if met else Verdict.NOT_YET)


def test_padss_with_one_score_says_so() -> None:
    result = assess(ready_input(assessments=(good_assessment(125, padss_total=9),)))
    assert result.criterion("padss").label == "Only 1 PADSS recorded so far (9); 2 needed"


def test_padss_rules_are_clinic_settings() -> None:
    rules = ReadinessRules(padss_min=10, padss_consecutive=1)
    result = assess(ready_input(**with_latest(padss_total=9)), rules)
    assert not result.criterion("padss").met
    assert (
        result.criterion("padss").rule
        == "Modified PADSS 10 or more on the last 1 nurse assessments"
    )


# --- observation time -------------------------------------------------------------

ESKETAMINE_SHORT = ReadinessRules(
    min_observation_minutes={Treatment.IV_KETAMINE: 30, Treatment.ESKETAMINE: 30}
)


@pytest.mark.parametrize(
    ("elapsed", "rules", "verdict"),
    [
        (timedelta(minutes=119), ReadinessRules(), Verdict.NOT_YET),
        (timedelta(minutes=119, seconds=59), ReadinessRules(), Verdict.NOT_YET),
        (timedelta(minutes=120), ReadinessRules(), Verdict.READY),
        (timedelta(minutes=31), ESKETAMINE_SHORT, Verdict.NOT_YET),
        (timedelta(minutes=119), ESKETAMINE_SHORT, Verdict.NOT_YET),
        (timedelta(minutes=120), ESKETAMINE_SHORT, Verdict.READY),
    ],
)
def test_esketamine_floor_is_120_minutes_whatever_the_rules(
    elapsed: timedelta, rules: ReadinessRules, verdict: Verdict
) -> None:
    # Assessments all taken before ``now`` so only the clock moves.
    inp = ready_input(now=END + elapsed, assessments=(good_assessment(20), good_assessment(30)))
    result = assess(inp, rules)
    assert result.verdict is verdict
    assert result.earliest_ready_at == END + timedelta(minutes=120)
    time = result.criterion("observation_time")
    assert time.hard
    assert "Spravato REMS" in time.rule


def test_esketamine_label_and_rule_words() -> None:
    time = assess(ready_input(now=END + timedelta(minutes=45))).criterion("observation_time")
    assert time.label == "Observed for 45 of 120 minutes"
    assert time.rule == "Esketamine: at least 2 hours after the dose (Spravato REMS)"


def test_esketamine_longer_clinic_minimum_is_respected() -> None:
    rules = ReadinessRules(
        min_observation_minutes={Treatment.IV_KETAMINE: 60, Treatment.ESKETAMINE: 150}
    )
    result = assess(ready_input(now=END + timedelta(minutes=130)), rules)
    assert result.verdict is Verdict.NOT_YET
    assert result.criterion("observation_time").label == "Observed for 130 of 150 minutes"
    assert result.earliest_ready_at == END + timedelta(minutes=150)


@pytest.mark.parametrize(
    ("iv_minutes", "elapsed", "met"),
    [
        (60, 59, False),
        (60, 60, True),
        (30, 30, True),
        (30, 29, False),
        (90, 89, False),
        (0, 0, True),
    ],
)
def test_iv_minimum_comes_from_the_rules(iv_minutes: int, elapsed: int, met: bool) -> None:
    rules = ReadinessRules(
        min_observation_minutes={Treatment.IV_KETAMINE: iv_minutes, Treatment.ESKETAMINE: 120}
    )
    inp = ready_input(
        treatment=Treatment.IV_KETAMINE,
        now=END + timedelta(minutes=elapsed),
        assessments=(good_assessment(0), good_assessment(0)),
    )
    result = assess(inp, rules)
    time = result.criterion("observation_time")
    assert time.met is met
    assert not time.hard
    assert time.rule == (
        f"IV ketamine: at least {iv_minutes} minutes after the infusion ends (clinic setting)"
    )
    assert result.earliest_ready_at == END + timedelta(minutes=iv_minutes)
    assert result.verdict is (Verdict.READY if met else Verdict.NOT_YET)


def test_time_works_across_timezones() -> None:
    plus_two = timezone(timedelta(hours=2))
    result = assess(ready_input(now=(END + timedelta(minutes=121)).astimezone(plus_two)))
    assert result.criterion("observation_time").met


# --- vitals boundaries ------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "key", "met"),
    [
        ({"systolic": 144}, "blood_pressure", True),  # exactly 20 % above 120
        ({"systolic": 96}, "blood_pressure", True),  # exactly 20 % below
        ({"systolic": 145}, "blood_pressure", False),
        ({"pulse": 90}, "pulse", True),  # exactly 20 % above 75
        ({"pulse": 60}, "pulse", True),
        ({"pulse": 59}, "pulse", False),
        ({"spo2": 93}, "spo2", True),
        ({"spo2": 92}, "spo2", False),  # strictly above 92
        ({"moaas": 5}, "sedation", True),
        ({"moaas": 0}, "sedation", False),
    ],
)
def test_vital_boundaries(changes: dict[str, object], key: str, met: bool) -> None:
    assert assess(ready_input(**with_latest(**changes))).criterion(key).met is met


def test_latest_dissociation_record_wins_over_older_ones() -> None:
    older_resolved = (
        good_assessment(100, dissociation=Dissociation.RESOLVED),
        good_assessment(125, dissociation=Dissociation.PRESENT),
    )
    later_resolved = (
        good_assessment(100, dissociation=Dissociation.RESOLVED),
        good_assessment(125, dissociation=None),
    )
    assert not assess(ready_input(assessments=older_resolved)).criterion("dissociation").met
    assert assess(ready_input(assessments=later_resolved)).criterion("dissociation").met


@pytest.mark.parametrize(
    ("treatment", "hard"), [(Treatment.ESKETAMINE, True), (Treatment.IV_KETAMINE, False)]
)
def test_rems_items_are_hard_for_esketamine_only(treatment: Treatment, hard: bool) -> None:
    result = assess(ready_input(treatment=treatment))
    for key in ("observation_time", "spo2", "sedation", "dissociation"):
        assert result.criterion(key).hard is hard
    for key in ("alerts", "asq", "no_driving", "escort"):
        assert result.criterion(key).hard
    for key in ("padss", "blood_pressure", "pulse", "nausea", "disconnection"):
        assert not result.criterion(key).hard


# --- alerts and ASQ ---------------------------------------------------------------


def test_open_alerts_need_attention_even_when_other_items_fail() -> None:
    alerts = (OpenAlert("chest pain", "urgent"), OpenAlert("nurse call", "routine"))
    result = assess(ready_input(open_alerts=alerts, escort_confirmed=False))
    assert result.verdict is Verdict.NEEDS_ATTENTION
    assert result.criterion("alerts").label == (
        "2 open alerts: chest pain (urgent), nurse call (routine)"
    )


@pytest.mark.parametrize(
    ("asq", "recorded", "require", "met", "verdict"),
    [
        (AsqStatus.NOT_ASKED, "", False, True, Verdict.READY),
        (AsqStatus.NOT_ASKED, "", True, False, Verdict.NOT_YET),
        (AsqStatus.NEGATIVE, "", False, True, Verdict.READY),
        (AsqStatus.NEGATIVE, "", True, True, Verdict.READY),
        (AsqStatus.NON_ACUTE_POSITIVE, "", False, False, Verdict.NOT_YET),
        (AsqStatus.NON_ACUTE_POSITIVE, "brief", False, True, Verdict.READY),
        (AsqStatus.ACUTE_POSITIVE, "", False, False, Verdict.NEEDS_ATTENTION),
        (AsqStatus.ACUTE_POSITIVE, "full", False, True, Verdict.READY),
    ],
)
def test_asq_outcomes(
    asq: AsqStatus, recorded: str, require: bool, met: bool, verdict: Verdict
) -> None:
    inp = ready_input(asq=asq, asq_brief_assessment_recorded=recorded == "brief",
                      asq_full_evaluation_recorded=recorded == "full")
    result = assess(inp, ReadinessRules(require_asq=require))
    assert result.criterion("asq").met is met
    assert result.verdict is verdict


# --- validation -------------------------------------------------------------------

NAIVE = datetime(2026, 1, 5, 9, 0)


@pytest.mark.parametrize(
    ("field", "build"),
    [
        ("now", lambda: ready_input(now=NAIVE)),
        ("dosing_ended_at", lambda: ready_input(dosing_ended_at=NAIVE)),
        ("baseline_systolic", lambda: ready_input(baseline_systolic=0)),
        ("baseline_pulse", lambda: ready_input(baseline_pulse=-1)),
        ("treatment", lambda: ready_input(treatment="iv")),
        ("taken_at", lambda: good_assessment(0, taken_at=NAIVE)),
        ("moaas", lambda: good_assessment(0, moaas=6)),
        ("spo2", lambda: good_assessment(0, spo2=101)),
        ("padss_total", lambda: good_assessment(0, padss_total=11)),
        ("systolic", lambda: good_assessment(0, systolic=0)),
        ("nausea", lambda: PatientReport(nausea=11, disconnection=0)),
        ("disconnection", lambda: PatientReport(nausea=0, disconnection=-1)),
        ("min_observation_minutes", lambda: ReadinessRules(min_observation_minutes={})),
        ("padss_consecutive", lambda: ReadinessRules(padss_consecutive=0)),
        ("moaas_required", lambda: ReadinessRules(moaas_required=6)),
    ],
)
def test_bad_inputs_raise_naming_the_field(field: str, build: Callable[[], object]) -> None:
    with pytest.raises(ValueError, match=field):
        build()


def test_inputs_are_snapshots_of_the_callers_lists() -> None:
    assessments = [good_assessment(100), good_assessment(125)]
    inp = ready_input(assessments=assessments)
    assessments.append(good_assessment(126, padss_total=0))
    result: Readiness = assess(inp)
    assert result.verdict is Verdict.READY
