from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.views.shell import NoStaffDirectory


@pytest.fixture
def sign_in(test_pin):
    def run(shell, pin=None, staff_id=1):
        shell.window.staff_button.click()
        shell.pin_page.staff_tiles[staff_id].click()
        shell.pin_page.pad.type_pin(pin or test_pin)
    return run


@pytest.mark.parametrize(("key", "mods"), [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
])
def test_patient_mode_ignores_leaving_keys_and_close(make_shell, visit, qtbot, key, mods):
    shell = make_shell()
    qtbot.waitExposed(shell.window)
    QTest.keyClick(shell.window, key, mods)
    QTest.keyClick(shell.flow.welcome.form.startButton, key, mods)
    assert shell.window.isVisible()
    assert shell.window.close() is False
    assert shell.window.isVisible()
    assert shell.flow.screen == "welcome"


def test_kiosk_window_is_frameless_full_screen_and_on_top(make_shell):
    shell = make_shell()
    shell.window.hide()
    shell.show(windowed=False)
    for flags in (shell.window.windowHandle().flags(), shell.window.windowFlags()):
        assert flags & Qt.WindowType.FramelessWindowHint
        assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert shell.window.isFullScreen()
    # The leaving keys are taken application-wide, whichever widget has the focus.
    assert {guard.context() for guard in shell.window.leave_guards} == {
        Qt.ShortcutContext.ApplicationShortcut}


def test_wrong_pin_shows_the_directory_message(make_shell, visit, staff, sign_in):
    shell = make_shell()
    sign_in(shell, pin="1111")
    assert shell.mode == "pin"
    assert shell.pin_page.form.messageLabel.text() == "That PIN is not right. 4 tries left."
    assert staff.tries == [(1, "1111")]
    assert shell.window.call_nurse_button.isVisible()  # a patient may be looking


def test_nurse_mode_returns_to_the_exact_patient_screen(make_shell, visit, answer_until,
                                                        sign_in):
    shell = make_shell()
    flow = shell.flow
    flow.welcome.form.startButton.click()
    answer_until(flow, "pain")
    flow.checkin.page.control.scale.button_for(6).click()
    sign_in(shell)
    assert shell.mode == "nurse"
    assert shell.window.stack.currentWidget() is shell.nurse_area
    assert shell.window.patient_mode is False
    assert shell.window.call_nurse_button.isVisible()  # a patient may be looking
    shell.nurse_area.lock.click()
    assert shell.mode == "patient"
    assert shell.window.patient_mode is True
    assert shell.window.stack.currentWidget() is flow.checkin.page
    assert flow.checkin.page.link_id == "pain"
    assert flow.checkin.page.control.scale.value() == 6
    assert shell.window.call_nurse_button.isVisible()


def test_nurse_is_signed_out_after_quiet_minutes(make_shell, visit, clock, qtbot, services,
                                                 sign_in):
    shell = make_shell()
    sign_in(shell)
    logoff = services.settings.kiosk.nurse_logoff_seconds
    clock.advance(seconds=logoff - 10)
    qtbot.mouseClick(shell.nurse_area, Qt.MouseButton.LeftButton)
    clock.advance(seconds=20)
    shell.tick()
    assert shell.mode == "nurse"
    clock.advance(seconds=logoff)
    shell.tick()
    assert shell.mode == "patient"
    assert shell.nurse_area is None
    assert shell.flow.screen == "welcome"
    assert shell.window.stack.currentWidget() is shell.flow.welcome


def test_cancel_from_pin_pad_and_abandoned_pin_pad(make_shell, visit, clock, services):
    shell = make_shell()
    shell.window.staff_button.click()
    shell.pin_page.form.cancelButton.click()
    assert shell.mode == "patient"
    shell.window.staff_button.click()
    clock.advance(seconds=services.settings.kiosk.nurse_logoff_seconds + 1)
    shell.tick()
    assert shell.mode == "patient"
    assert shell.window.stack.currentWidget() is shell.flow.welcome


def test_no_accounts_yet_says_so(make_shell, visit):
    shell = make_shell(staff=NoStaffDirectory())
    shell.window.staff_button.click()
    assert shell.pin_page.staff_tiles == {}
    assert shell.pin_page.form.noStaffLabel.isVisible()


def test_nurse_station_has_no_patient_pages_and_its_board_is_always_on(make_shell, visit,
                                                                        test_pin):
    shell = make_shell(nurse_station=True)
    assert shell.flow is None
    assert shell.mode == "board"
    assert shell.window.stack.currentWidget() is shell.care.glance
    assert shell.window.patient_mode is False
    assert shell.window.call_nurse_button.isHidden()
    shell.care.glance.sign_in_button.click()
    assert shell.mode == "pin"
    shell.pin_page.form.cancelButton.click()  # back to the board, not a dead end
    assert shell.mode == "board"
    shell.care.glance.sign_in_button.click()
    shell.pin_page.staff_tiles[1].click()
    shell.pin_page.pad.type_pin(test_pin)
    assert shell.mode == "nurse"
    shell.nurse_area.lock.click()
    assert shell.mode == "board"
    assert shell.window.stack.currentWidget() is shell.care.glance
