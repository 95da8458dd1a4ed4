from __future__ import annotations

import pytest

from kiosk.views.patient.scenes_page import ScenesPage
from kiosk.views.widgets.scene_view import SceneView


@pytest.fixture
def page(qtbot, fake_sounds):
    widget = ScenesPage(fake_sounds)
    qtbot.addWidget(widget)
    widget.resize(1280, 680)
    widget.show()
    return widget


def test_starts_moving_quietly_and_stops(qtbot, page, fake_sounds):
    page.start()
    assert page.form.scene.running and page.scene == "waves"
    assert "loop:waves" not in fake_sounds.calls  # sound is off until the patient asks
    before = page.form.scene.frames_painted
    qtbot.waitUntil(lambda: page.form.scene.frames_painted >= before + 2, timeout=2000)
    page.stop()
    assert not page.form.scene.running
    assert fake_sounds.calls[-1] == "stop"


def test_sound_toggle_plays_the_chosen_scene(page, fake_sounds):
    page.start()
    page.form.soundButton.click()
    assert page.form.soundButton.text() == "Sound: on"
    assert fake_sounds.calls[-1] == "loop:waves"
    page.form.rainButton.click()
    assert page.scene == "rain" and fake_sounds.calls[-1] == "loop:rain"
    assert not page.form.wavesButton.isChecked()
    page.form.soundButton.click()
    assert fake_sounds.calls[-1] == "stop" and fake_sounds.current_loop is None


def test_back_button_stops_everything(qtbot, page, fake_sounds):
    page.start()
    page.form.soundButton.click()
    with qtbot.waitSignal(page.finished):
        page.form.backButton.click()
    assert not page.form.scene.running and fake_sounds.current_loop is None


def test_hiding_stops_motion_and_sound(page, fake_sounds):
    page.start()
    page.form.soundButton.click()
    page.hide()
    assert not page.form.scene.running and fake_sounds.current_loop is None


def test_clear_returns_to_waves_with_sound_off(page):
    page.start()
    page.form.soundButton.click()
    page.choose("rain")
    page.clear()
    assert page.scene == "waves" and not page.sound_on and not page.form.scene.running


def test_works_with_sound_disabled(qtbot, no_sounds):
    page = ScenesPage(no_sounds)
    qtbot.addWidget(page)
    page.show()
    assert not page.form.soundButton.isVisible()
    page.start()
    page.choose("rain")
    assert page.form.scene.running and no_sounds.current_loop is None
    page.stop()


def test_scene_view_paints_both_scenes_and_rejects_others(qtbot):
    view = SceneView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    for scene in ("waves", "rain"):
        view.set_scene(scene)
        view.set_time(3.5)
        assert not view.grab().isNull()
    assert view.frames_painted >= 2
    with pytest.raises(ValueError):
        view.set_scene("fireworks")
