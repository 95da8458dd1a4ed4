from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.views.main_window import KioskWindow
from kiosk.views.patient.welcome_page import WelcomePage


def test_welcome_greets_by_first_name_and_begins(qtbot):
    page = WelcomePage()
    qtbot.addWidget(page)
    page.setup_page("Maya", "Harbor Clinic")
    assert page.form.greetingLabel.text() == "Welcome, Maya"
    assert page.form.clinicLabel.text() == "Harbor Clinic"
    with qtbot.waitSignal(page.begin_requested):
        page.form.startButton.click()
    page.clear()
    assert "Maya" not in page.form.greetingLabel.text()


@pytest.mark.parametrize(("key", "mods"), [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
])
def test_patient_mode_window_refuses_close_and_takes_leaving_keys(qtbot, key, mods):
    window = KioskWindow(clinic_name="Clinic")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.close() is False
    assert window.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.staff_button.setFocus()
    taken = []
    for guard in window.leave_guards:
        guard.activated.connect(lambda: taken.append(True))
    QTest.keyClick(window.staff_button, key, mods)
    assert taken == [True]  # a guard took the key before the focused widget
    window.patient_mode = False
    assert not any(guard.isEnabled() for guard in window.leave_guards)
    QTest.keyClick(window.staff_button, key, mods)
    assert taken == [True]
    assert window.close() is True
