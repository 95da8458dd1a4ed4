from __future__ import annotations

import pytest

from kiosk.domain.breathing import (
    BOX,
    DURATIONS_MINUTES,
    FOUR_SEVEN_EIGHT,
    PATTERNS,
    PhaseKind,
    circle_level,
    phase_at,
    session_seconds,
    target_level,
    total_cycles,
)


def test_patterns_have_the_documented_rhythms():
    assert [(p.kind, p.seconds) for p in BOX.phases] == [
        (PhaseKind.INHALE, 4), (PhaseKind.HOLD, 4), (PhaseKind.EXHALE, 4), (PhaseKind.REST, 4)]
    assert [(p.kind, p.seconds) for p in FOUR_SEVEN_EIGHT.phases] == [
        (PhaseKind.INHALE, 4), (PhaseKind.HOLD, 7), (PhaseKind.EXHALE, 8)]
    assert BOX.cycle_seconds == 16
    assert FOUR_SEVEN_EIGHT.cycle_seconds == 19
    assert set(PATTERNS) == {"box", "4-7-8"}
    assert DURATIONS_MINUTES == (1, 3, 5)


@pytest.mark.parametrize(("pattern", "minutes", "cycles"), [
    (BOX, 1, 4), (BOX, 3, 11), (BOX, 5, 19),
    (FOUR_SEVEN_EIGHT, 1, 3), (FOUR_SEVEN_EIGHT, 3, 9), (FOUR_SEVEN_EIGHT, 5, 16),
])
def test_total_cycles_is_the_nearest_whole_number(pattern, minutes, cycles):
    assert total_cycles(pattern, minutes) == cycles
    assert abs(session_seconds(pattern, cycles) - minutes * 60) <= pattern.cycle_seconds / 2


def test_total_cycles_is_at_least_one_and_rejects_nonsense():
    assert total_cycles(FOUR_SEVEN_EIGHT, 0.05) == 1
    with pytest.raises(ValueError):
        total_cycles(BOX, 0)


@pytest.mark.parametrize(("elapsed", "kind", "index", "cycle", "within"), [
    (0.0, PhaseKind.INHALE, 0, 0, 0.0),
    (3.99, PhaseKind.INHALE, 0, 0, 3.99),
    (4.0, PhaseKind.HOLD, 1, 0, 0.0),
    (10.9, PhaseKind.HOLD, 1, 0, 6.9),
    (11.0, PhaseKind.EXHALE, 2, 0, 0.0),
    (18.5, PhaseKind.EXHALE, 2, 0, 7.5),
    (19.0, PhaseKind.INHALE, 0, 1, 0.0),
    (40.0, PhaseKind.INHALE, 0, 2, 2.0),
])
def test_phase_at_walks_the_4_7_8_pattern(elapsed, kind, index, cycle, within):
    at = phase_at(FOUR_SEVEN_EIGHT, elapsed, cycles=3)
    assert (at.kind, at.index, at.cycle, at.finished) == (kind, index, cycle, False)
    assert at.elapsed_in_phase == pytest.approx(within)
    assert at.remaining == pytest.approx(at.seconds - within)


def test_box_breathing_rests_after_breathing_out():
    assert phase_at(BOX, 12.5, cycles=2).kind is PhaseKind.REST
    assert phase_at(BOX, 16.0, cycles=2).kind is PhaseKind.INHALE


def test_session_finishes_after_the_last_breath_out():
    assert not phase_at(FOUR_SEVEN_EIGHT, 56.9, cycles=3).finished
    end = phase_at(FOUR_SEVEN_EIGHT, 57.0, cycles=3)
    assert end.finished and end.kind is PhaseKind.EXHALE and end.remaining == 0
    assert phase_at(BOX, 1000, cycles=1).finished


def test_negative_time_is_the_start():
    assert phase_at(BOX, -2, cycles=1).elapsed_in_phase == 0


def test_circle_grows_holds_and_shrinks():
    assert circle_level(PhaseKind.INHALE, 0.0) == 0.0
    assert circle_level(PhaseKind.INHALE, 0.5) == 0.5
    assert circle_level(PhaseKind.HOLD, 0.3) == 1.0
    assert circle_level(PhaseKind.EXHALE, 0.25) == 0.75
    assert circle_level(PhaseKind.REST, 0.9) == 0.0
    assert circle_level(PhaseKind.INHALE, 7) == 1.0
    assert [target_level(k) for k in PhaseKind] == [1.0, 1.0, 0.0, 0.0]
