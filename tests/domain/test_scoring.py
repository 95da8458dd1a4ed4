"""Worked examples for the modified PADSS and modified Aldrete scores."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.domain.scoring import (
    Activity,
    AldreteInput,
    Ambulation,
    Bleeding,
    Consciousness,
    NauseaVomiting,
    PadssInput,
    Respiration,
    aldrete,
    padss,
    percent_off,
    vital_signs_score,
)
from kiosk.domain.vitals import format_percent, within_percent

BASE = PadssInput(
    systolic=120,
    pulse=80,
    baseline_systolic=120,
    baseline_pulse=80,
    ambulation=Ambulation.STEADY,
    nausea_vomiting=NauseaVomiting.MINIMAL_OR_ORAL,
    pain=0,
)


# --- percent_off and boundaries -------------------------------------------------


@pytest.mark.parametrize(
    ("value", "baseline", "expected"),
    [(120, 120, 0.0), (144, 120, 20.0), (96, 120, 20.0), (168, 120, 40.0), (60, 120, 50.0)],
)
def test_percent_off_is_unsigned_percentage_of_baseline(
    value: float, baseline: float, expected: float
) -> None:
    assert percent_off(value, baseline) == pytest.approx(expected)


@pytest.mark.parametrize("baseline", [0, -1, float("nan"), float("inf")])
def test_percent_off_rejects_bad_baseline(baseline: float) -> None:
    with pytest.raises(ValueError, match="baseline"):
        percent_off(100, baseline)


@pytest.mark.parametrize(
    ("value", "baseline", "percent", "within"),
    [
        (144, 120, 20, True),  # exactly 20 %: 24/120 is not exact in floating point
        (96, 120, 20, True),
        (145, 120, 20, False),
        (84, 60, 40, True),  # exactly 40 %
        (84.1, 60, 40, False),
        (110, 110, 0, True),
    ],
)
def test_within_percent_is_exact_and_inclusive(
    value: float, baseline: float, percent: float, within: bool
) -> None:
    assert within_percent(value, baseline, percent) is within


@pytest.mark.parametrize(
    ("percent", "text"), [(20.0, "20"), (28.571, "28.6"), (20.04, "20.1"), (0.0, "0")]
)
def test_format_percent_never_understates(percent: float, text: str) -> None:
    assert format_percent(percent) == text


# --- PADSS vital signs ------------------------------------------------------------


@pytest.mark.parametrize(
    ("systolic", "pulse", "score"),
    [
        (120, 80, 2),  # at baseline
        (144, 80, 2),  # BP exactly 20 % above: within
        (96, 64, 2),  # both exactly 20 % below: within
        (145, 80, 1),  # BP just over 20 %
        (120, 97, 1),  # pulse just over 20 % (80 * 1.2 = 96)
        (168, 80, 1),  # BP exactly 40 % above: still 1
        (120, 112, 1),  # pulse exactly 40 % above: still 1
        (72, 48, 1),  # both exactly 40 % below
        (169, 80, 0),  # BP just over 40 %
        (120, 113, 0),  # pulse just over 40 %
        (144, 48, 1),  # worst of the two decides: 20 % and 40 %
        (200, 80, 0),
    ],
)
def test_vital_signs_item(systolic: int, pulse: int, score: int) -> None:
    assert vital_signs_score(systolic, pulse, 120, 80) == score
    result = padss(replace(BASE, systolic=systolic, pulse=pulse))
    assert result.vital_signs == score
    assert result.items[0].key == "vital_signs"
    assert result.items[0].score == score


def test_diastolic_is_recorded_but_not_scored() -> None:
    result = padss(replace(BASE, diastolic=150))
    assert result.vital_signs == 2


# --- PADSS other items at 0, 1 and 2 ----------------------------------------------


@pytest.mark.parametrize(
    ("ambulation", "score"),
    [(Ambulation.STEADY, 2), (Ambulation.NEEDS_HELP, 1), (Ambulation.UNABLE_OR_DIZZY, 0)],
)
def test_ambulation_item(ambulation: Ambulation, score: int) -> None:
    result = padss(replace(BASE, ambulation=ambulation))
    assert result.ambulation == score
    assert result.total == 8 + score


@pytest.mark.parametrize(
    ("nausea", "score"),
    [
        (NauseaVomiting.MINIMAL_OR_ORAL, 2),
        (NauseaVomiting.MODERATE_INJECTED, 1),
        (NauseaVomiting.SEVERE_CONTINUING, 0),
    ],
)
def test_nausea_vomiting_item(nausea: NauseaVomiting, score: int) -> None:
    result = padss(replace(BASE, nausea_vomiting=nausea))
    assert result.nausea_vomiting == score
    assert result.total == 8 + score


@pytest.mark.parametrize(
    ("pain", "score"),
    [(0, 2), (3, 2), (4, 1), (6, 1), (7, 0), (10, 0)],
)
def test_pain_item(pain: int, score: int) -> None:
    result = padss(replace(BASE, pain=pain))
    assert result.pain == score
    assert f"Pain {pain} of 10" in result.items[3].explanation


@pytest.mark.parametrize(
    ("bleeding", "score"),
    [(Bleeding.NOT_APPLICABLE, 2), (Bleeding.MODERATE, 1), (Bleeding.SEVERE, 0)],
)
def test_bleeding_item(bleeding: Bleeding, score: int) -> None:
    assert padss(replace(BASE, bleeding=bleeding)).bleeding == score


def test_bleeding_defaults_to_not_applicable_and_says_so() -> None:
    assert BASE.bleeding is Bleeding.NOT_APPLICABLE
    item = padss(BASE).items[4]
    assert (item.key, item.score) == ("bleeding", 2)
    assert "not applicable" in item.explanation


# --- PADSS totals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "total", "home_ready"),
    [
        ({}, 10, True),
        ({"pain": 5}, 9, True),
        ({"ambulation": Ambulation.NEEDS_HELP}, 9, True),
        ({"systolic": 150}, 9, True),  # BP 25 % off
        ({"pain": 5, "nausea_vomiting": NauseaVomiting.MODERATE_INJECTED}, 8, False),
        ({"pain": 8}, 8, False),
        ({"systolic": 170, "pulse": 120}, 8, False),  # both > 40 % off
        (
            {
                "systolic": 200,
                "ambulation": Ambulation.UNABLE_OR_DIZZY,
                "nausea_vomiting": NauseaVomiting.SEVERE_CONTINUING,
                "pain": 10,
                "bleeding": Bleeding.SEVERE,
            },
            0,
            False,
        ),
    ],
)
def test_padss_totals(changes: dict[str, object], total: int, home_ready: bool) -> None:
    result = padss(replace(BASE, **changes))  # type: ignore[arg-type]
    assert result.total == total
    assert result.total == sum(item.score for item in result.items)
    assert result.home_ready is home_ready


def test_every_item_is_explained() -> None:
    result = padss(replace(BASE, systolic=150, pulse=70))
    assert [item.key for item in result.items] == [
        "vital_signs",
        "ambulation",
        "nausea_vomiting",
        "pain",
        "bleeding",
    ]
    assert all(item.explanation for item in result.items)
    assert "25 %" in result.items[0].explanation


# --- PADSS validation --------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("pain", -1),
        ("pain", 11),
        ("pain", 2.5),
        ("pain", True),
        ("baseline_systolic", 0),
        ("baseline_pulse", -70),
        ("systolic", 0),
        ("pulse", float("nan")),
        ("diastolic", 0),
        ("ambulation", 2),
    ],
)
def test_padss_input_rejects_bad_values_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field):
        replace(BASE, **{field: value})  # type: ignore[arg-type]


# --- Aldrete -----------------------------------------------------------------------

ALDRETE_BASE = AldreteInput(
    activity=Activity.FOUR_LIMBS,
    respiration=Respiration.DEEP_BREATH_AND_COUGH,
    systolic=120,
    baseline_systolic=120,
    consciousness=Consciousness.FULLY_AWAKE,
    spo2=97,
)


@pytest.mark.parametrize(
    ("systolic", "score"),
    [(120, 2), (144, 2), (96, 2), (145, 1), (180, 1), (60, 1), (181, 0), (59, 0)],
)
def test_aldrete_circulation_bands(systolic: int, score: int) -> None:
    assert aldrete(replace(ALDRETE_BASE, systolic=systolic)).circulation == score


@pytest.mark.parametrize(
    ("spo2", "on_room_air", "score"),
    [
        (93, True, 2),
        (92, True, 1),  # not above 92 % on room air
        (95, False, 1),  # needs oxygen to stay above 90 %
        (91, False, 1),
        (90, False, 0),
        (85, True, 0),
    ],
)
def test_aldrete_oxygenation(spo2: int, on_room_air: bool, score: int) -> None:
    result = aldrete(replace(ALDRETE_BASE, spo2=spo2, on_room_air=on_room_air))
    assert result.oxygenation == score


@pytest.mark.parametrize(
    ("changes", "total", "passed"),
    [
        ({}, 10, True),
        ({"activity": Activity.TWO_LIMBS}, 9, True),
        ({"consciousness": Consciousness.ROUSES_WHEN_CALLED}, 9, True),
        ({"respiration": Respiration.SHALLOW_OR_LIMITED, "spo2": 92}, 8, False),
        (
            {
                "activity": Activity.NONE,
                "respiration": Respiration.APNOEA,
                "systolic": 250,
                "consciousness": Consciousness.UNRESPONSIVE,
                "spo2": 80,
                "on_room_air": False,
            },
            0,
            False,
        ),
    ],
)
def test_aldrete_totals(changes: dict[str, object], total: int, passed: bool) -> None:
    result = aldrete(replace(ALDRETE_BASE, **changes))  # type: ignore[arg-type]
    assert result.total == total
    assert result.passed is passed
    assert len(result.items) == 5
    assert all(item.explanation for item in result.items)


@pytest.mark.parametrize(
    ("field", "value"),
    [("spo2", 101), ("spo2", -1), ("baseline_systolic", 0), ("systolic", -5), ("activity", 2)],
)
def test_aldrete_input_rejects_bad_values_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field):
        replace(ALDRETE_BASE, **{field: value})  # type: ignore[arg-type]
