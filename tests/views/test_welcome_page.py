from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
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


def test_patient_mode_window_refuses_close_and_escape_keys(qtbot):
    window = KioskWindow(clinic_name="Clinic")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.close() is False
    assert window.isVisible()
    for key, mods in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)):
        event = QKeyEvent(QKeyEvent.Type.KeyPress, key, mods)
        assert window.eventFilter(window, event) is True
    QApplication.processEvents()
    assert window.isVisible()
    window.patient_mode = False
    assert window.close() is True
