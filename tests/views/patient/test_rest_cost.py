"""Rest mode asks little of the tablet: slower polling, an opaque glow, no idle log-off clock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.views.flow.states import REST_TICK_FACTOR


def test_rest_polls_less_often_and_waking_restores_it(make_shell, visit):
    shell = make_shell()
    flow = shell.flow
    normal = flow._timer.interval()
    flow.enter_rest()
    assert flow.screen == "rest"
    assert flow._timer.interval() == normal * REST_TICK_FACTOR
    flow.wake()
    assert flow.screen == "welcome"
    assert flow._timer.interval() == normal


def test_glow_paints_its_own_background_and_runs_only_while_resting(make_shell, visit):
    shell = make_shell()
    glow = shell.flow.rest.glow
    assert glow.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    assert not glow.running
    shell.flow.enter_rest()
    assert glow.running
    shell.flow.wake()
    assert not glow.running


def test_log_off_clock_runs_only_away_from_patient_screens(make_shell, visit):
    shell = make_shell()
    assert not shell._timer.isActive()
    shell.open_pin_pad()
    assert shell._timer.isActive()
    shell.back_to_patient()
    assert not shell._timer.isActive()


def test_breathing_circle_paints_its_own_background(qtbot):
    from kiosk.views.widgets.breathing_circle import BreathingCircle

    circle = BreathingCircle()
    qtbot.addWidget(circle)
    assert circle.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    image = circle.grab().toImage()
    assert image.pixelColor(1, 1) == circle.background_color
