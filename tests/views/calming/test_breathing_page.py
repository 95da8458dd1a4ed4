from __future__ import annotations

import pytest

from kiosk.domain.breathing import PhaseKind
from kiosk.views.patient.breathing_page import DONE, RUNNING, SETUP, BreathingPage


@pytest.fixture
def page(qtbot, fake_sounds):
    widget = BreathingPage(fake_sounds)
    qtbot.addWidget(widget)
    widget.resize(1280, 680)
    widget.show()
    widget.start()
    return widget


def test_starts_with_choices_and_nothing_moving(page):
    assert page.form.steps.currentIndex() == SETUP
    assert not page.running
    assert page.form.boxButton.isChecked() and page.form.threeMinutesButton.isChecked()
    assert page.form.beginButton.isVisible() and not page.form.stopButton.isVisible()


def test_chosen_pattern_and_duration_start_a_session(page):
    page.form.fourSevenEightButton.click()
    page.form.oneMinuteButton.click()
    assert not page.form.boxButton.isChecked()
    page.form.beginButton.click()
    assert page.running and page.cycles == 3
    assert page.form.steps.currentIndex() == RUNNING
    assert page.form.phaseLabel.text() == "Breathe in"
    assert page.form.circle.animating


@pytest.mark.parametrize(("seconds", "words", "kind"), [
    (1.0, "Breathe in", PhaseKind.INHALE), (5.0, "Hold", PhaseKind.HOLD),
    (12.0, "Breathe out", PhaseKind.EXHALE), (20.0, "Breathe in", PhaseKind.INHALE),
])
def test_phase_words_follow_the_4_7_8_timing(page, seconds, words, kind):
    page.begin("4-7-8", 1)
    page.seek(seconds)
    assert page.form.phaseLabel.text() == words
    assert page.current_phase.kind is kind


def test_circle_grows_holds_full_and_shrinks(page):
    page.begin("box", 1)
    page.seek(2.0)
    assert page.form.circle.animating and 0.2 < page.form.circle.level < 0.8
    page.seek(5.0)
    assert page.form.circle.level == 1.0 and not page.form.circle.animating
    page.seek(10.0)
    assert page.form.circle.level == pytest.approx(0.5) and page.form.circle.animating
    page.seek(13.0)
    assert page.form.circle.level == 0.0 and page.form.phaseLabel.text() == "Rest"


def test_phases_advance_on_their_own_with_a_chime_each(qtbot, page, fake_sounds):
    page.form.toneButton.click()
    assert page.form.toneButton.text() == "Soft chime: on"
    page.begin("box", 1)
    assert fake_sounds.calls == ["chime"]
    page.seek(3.85)  # 150 ms before "hold"
    with qtbot.waitSignal(page.phase_changed, timeout=2000) as blocker:
        pass
    assert blocker.args == ["hold"]
    assert page.form.phaseLabel.text() == "Hold"
    assert fake_sounds.calls.count("chime") == 3  # start, the inhale shown again by seek, hold


def test_the_circle_animates_smoothly_while_breathing_in(qtbot, page):
    page.begin("box", 1)
    page.seek(1.0)
    before = page.form.circle.level
    qtbot.waitUntil(lambda: page.form.circle.level > before + 0.02, timeout=2000)
    assert page.form.circle.frames_painted > 0


def test_session_ends_calmly(qtbot, page, fake_sounds):
    page.begin("4-7-8", 1)
    with qtbot.waitSignal(page.session_done, timeout=2000):
        page.seek(56.9)
    assert page.form.steps.currentIndex() == DONE
    assert page.form.doneTitleLabel.text() == "Nicely done"
    assert not page.running and not page.form.circle.animating
    assert "chime" not in fake_sounds.calls  # the chime was left off
    page.form.againButton.click()
    assert page.form.steps.currentIndex() == SETUP


def test_stop_stops_timer_and_circle(page):
    page.begin("box", 3)
    page.seek(1.0)
    page.stop()
    assert not page.running and not page.form.circle.animating
    assert not page._timer.isActive()


def test_stop_button_and_back_button(qtbot, page):
    page.begin("box", 3)
    page.form.stopButton.click()
    assert not page.running and page.form.steps.currentIndex() == SETUP
    page.begin("box", 3)
    with qtbot.waitSignal(page.finished):
        page.form.backButton.click()
    assert not page.running


def test_hiding_the_page_stops_the_session(page):
    page.begin("box", 3)
    page.hide()
    assert not page.running and not page.form.circle.animating


def test_clear_forgets_choices(page):
    page.form.fiveMinutesButton.click()
    page.form.fourSevenEightButton.click()
    page.form.toneButton.click()
    page.clear()
    assert page.form.boxButton.isChecked() and page.form.threeMinutesButton.isChecked()
    assert not page.form.toneButton.isChecked()


def test_works_with_sound_switched_off(qtbot, no_sounds):
    page = BreathingPage(no_sounds)
    qtbot.addWidget(page)
    page.show()
    assert not page.form.toneButton.isVisible()
    page.begin("box", 1)
    page.seek(4.5)
    assert page.form.phaseLabel.text() == "Hold"
    page.stop()
