"""First-run set-up of the first admin through the page and its PIN pad."""

from __future__ import annotations

from kiosk.views.nurse.first_run_page import FirstRunPage
from tests.support.board_demo import cheap_staff


def test_first_admin_is_created_through_the_page(qtbot, services):
    staff = cheap_staff(services)
    page = FirstRunPage(services)
    qtbot.addWidget(page)
    page.keys.type_text("Ada Admin")  # the on-screen letter keys: no keyboard needed
    assert page.form.nameEdit.text() == "Ada Admin"
    page.pad.type_pin("12345")  # too short
    assert "6" in page.form.messageLabel.text()
    page.pad.type_pin("246810")
    page.pad.type_pin("246811")  # mismatch: start again
    assert "different" in page.form.messageLabel.text()
    assert staff.needs_first_run()
    page.pad.type_pin("246810")
    with qtbot.assertNotEmitted(page.admin_created):
        page.pad.type_pin("246810")
    assert not staff.needs_first_run()
    code = page.code_label.text()  # shown once, before nurse mode opens
    assert page.continue_button.isVisibleTo(page) and "<b>" in code
    typed = code.split("<b>")[1].split("</b>")[0]
    from kiosk.services.staff_recovery import StaffRecovery
    with qtbot.waitSignal(page.admin_created) as blocker:
        page.continue_button.click()
    assert StaffRecovery(services.db, services.clock).recover(typed) is not None
    admin = blocker.args[0]
    assert (admin.name, admin.role) == ("Ada Admin", "admin")
    assert not staff.needs_first_run()
    assert staff.verify_pin(admin.id, "246810").ok
