"""Staff admin page and the nurse area that hosts it."""

from __future__ import annotations

from kiosk.views.nurse.board_page import BoardPage
from kiosk.views.nurse.nurse_area import build_nurse_area
from kiosk.views.nurse.staff_page import StaffPage
from kiosk.views.nurse.visit_detail_page import VisitDetailPage
from tests.support.board_demo import admin, visit


def test_admin_adds_resets_and_deactivates_a_nurse(qtbot, services):
    boss = admin(services)
    page = StaffPage(services, boss)
    qtbot.addWidget(page)
    f = page.form
    f.nameEdit.setText("Nia Nurse")
    f.pinEdit.setText("135790")
    f.pinRepeatEdit.setText("135790")
    f.addButton.click()
    assert f.messageLabel.text() == "Account added."
    assert f.staffList.count() == 2
    nurse = next(s for s in services.staff.active_staff() if s.name == "Nia Nurse")
    assert services.staff.verify_pin(nurse.id, "135790").ok
    f.staffList.setCurrentRow(1)
    f.pinEdit.setText("975310")
    f.pinRepeatEdit.setText("975310")
    f.resetButton.click()
    assert services.staff.verify_pin(nurse.id, "975310").ok
    f.deactivateButton.click()
    assert [s.name for s in services.staff.active_staff()] == ["Ada Admin"]
    assert "deactivated" in f.staffList.item(1).text()


def test_nurse_area_pages_navigation_and_logout(qtbot, services):
    boss = admin(services)
    nurse = services.staff.add_staff("Nia Nurse", "135790", by_id=boss.id)
    v = visit(services)
    area = build_nurse_area(services, nurse)
    qtbot.addWidget(area)
    assert area.page_keys()[:2] == ["board", "visit"]
    assert "staff" not in area.page_keys()  # admins only
    assert "Nia Nurse" in area.form.signedInLabel.text()
    board = area.page("board")
    assert isinstance(board, BoardPage)
    with qtbot.waitSignal(area.page_changed) as changed:
        board.visit_requested.emit(v.id)
    assert changed.args == ["visit"]
    detail = area.page("visit")
    assert isinstance(detail, VisitDetailPage) and detail.visit_id == v.id
    detail.form.backButton.click()
    assert area.current_key() == "board"
    with qtbot.waitSignal(area.logout_requested):
        area.form.lockButton.click()
    admin_area = build_nurse_area(services, boss)
    qtbot.addWidget(admin_area)
    assert "staff" in admin_area.page_keys()
    admin_area.form.navList.setCurrentRow(1)
    assert admin_area.current_key() == "staff"


def test_an_account_is_added_with_on_screen_keys_only(qtbot, services):
    """No physical keyboard (issue 15): tap a box, then the keys; PIN boxes get a number pad."""
    from PySide6.QtCore import Qt

    boss = admin(services)
    page = StaffPage(services, boss)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    f, keys = page.form, page.keys
    qtbot.mouseClick(f.nameEdit, Qt.MouseButton.LeftButton)
    assert keys.letters.isVisible() and not keys.numbers.isVisible()
    keys.letters.type_text("Nia Nurse")
    keys.letters.keys["backspace"].click()
    keys.letters.keys["e"].click()
    for edit in (f.pinEdit, f.pinRepeatEdit):
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        assert keys.numbers.isVisible() and not keys.letters.isVisible()
        for digit in "1357900":
            keys.numbers.keys[digit].click()
        keys.numbers.keys["backspace"].click()
    assert (f.nameEdit.text(), f.pinEdit.text(), f.pinRepeatEdit.text()) == (
        "Nia Nurse", "135790", "135790")
    f.addButton.click()
    assert f.messageLabel.text() == "Account added."
    nurse = next(s for s in services.staff.active_staff() if s.name == "Nia Nurse")
    assert services.staff.verify_pin(nurse.id, "135790").ok


def test_a_refusal_is_a_message_and_the_buttons_come_back(qtbot, services):
    boss = admin(services)
    page = StaffPage(services, boss)
    qtbot.addWidget(page)
    f = page.form
    f.nameEdit.setText("Nia Nurse")
    f.pinEdit.setText("111111")
    f.pinRepeatEdit.setText("111111")
    f.addButton.click()
    assert f.messageLabel.text() and "Traceback" not in f.messageLabel.text()
    assert f.staffList.count() == 1 and f.addButton.isEnabled() and not page.busy
