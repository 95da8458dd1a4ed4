"""Who looked at what: visit detail, journal, the take-home sheet, sign-out and auto-logoff."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from kiosk.domain.readiness import Verdict
from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService
from kiosk.views.nurse import discharge_page as discharge_module
from kiosk.views.nurse import sheet_printer
from kiosk.views.nurse.discharge_page import DischargePage
from kiosk.views.nurse.visit_detail_page import VisitDetailPage
from kiosk.views.shell import build_shell
from tests.support.board_demo import admin, admin_and_nurse, visit

PIN = "204680"


def actions(services) -> list[str]:
    return [e.action for e in reversed(services.audit.events())]


def test_viewing_a_visit_and_its_journal_is_audited(qtbot, services):
    boss = admin(services)
    v = visit(services)
    services.journal.save(v.id, "a private line", shared=True)
    page = VisitDetailPage(services, boss)
    qtbot.addWidget(page)
    page.show_visit(v.id)
    assert actions(services)[-1] == "visit_viewed"
    page.form.tabs.setCurrentWidget(page.form.journalTab)
    page.form.tabs.setCurrentIndex(0)
    page.form.tabs.setCurrentWidget(page.form.journalTab)  # once per showing
    events = [e for e in services.audit.events() if e.action in ("visit_viewed",
                                                                  "journal_viewed")]
    assert sorted(e.action for e in events) == ["journal_viewed", "visit_viewed"]
    assert all(e.visit_id == v.id and e.staff_name == "Ada Admin" for e in events)
    assert all("private" not in (e.detail or "") for e in services.audit.events())


def test_an_unshared_journal_is_not_shown_or_logged_as_viewed(qtbot, services):
    boss = admin(services)
    v = visit(services)
    services.journal.save(v.id, "only mine", shared=False)
    page = VisitDetailPage(services, boss)
    qtbot.addWidget(page)
    page.show_visit(v.id)
    page.form.tabs.setCurrentWidget(page.form.journalTab)
    assert "journal_viewed" not in actions(services)


@pytest.fixture
def discharged(qtbot, services):
    from tests.views.nurse.test_discharge_page import PIN as NURSE_PIN
    from tests.views.nurse.test_discharge_page import _verdict

    _boss, nurse = admin_and_nurse(services, NURSE_PIN)
    v = visit(services)
    _verdict(services, Verdict.READY)
    page = DischargePage(services, nurse)
    qtbot.addWidget(page)
    page.open_visit(v.id)
    with qtbot.waitSignal(page.discharged):
        page.pin_pad.type_pin(NURSE_PIN)
    return page


def test_saving_printing_and_viewing_the_sheet_are_audited(discharged, services, tmp_path,
                                                          monkeypatch, qtbot):
    assert "sheet_saved" in actions(services)
    out = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter, _parent) -> bool:  # what the nurse picks in the dialog
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        printer.setOutputFileName(str(out))
        return True

    real = sheet_printer.print_sheet
    monkeypatch.setattr(discharge_module, "print_sheet",
                        lambda path, parent: real(path, parent, ask=to_file))
    discharged.form.printButton.click()
    assert out.stat().st_size > 1000 and out.read_bytes().startswith(b"%PDF")
    assert actions(services)[-1] == "sheet_printed"

    monkeypatch.setattr(discharge_module, "print_sheet",
                        lambda path, parent: real(path, parent, ask=lambda p, w: False))
    discharged.form.printButton.click()  # cancelled: nothing printed, nothing logged
    assert actions(services).count("sheet_printed") == 1

    discharged.form.openSheetButton.click()
    viewer = discharged.viewer
    assert viewer is not None and viewer.isVisible() and viewer.document.pageCount() >= 1
    assert viewer.parent() is discharged  # inside the kiosk's own window
    assert actions(services)[-1] == "sheet_viewed"
    viewer.close_button.click()
    qtbot.waitUntil(lambda: not viewer.isVisible())


def test_no_outside_viewer_is_ever_opened():
    source = Path(sheet_printer.__file__).read_text()
    assert "QDesktopServices" not in source and "openUrl" not in source


def test_sign_out_and_automatic_logoff_are_audited(qtbot, services, clock):
    staff = StaffService(services.db, clock, TEST_PARAMS)
    services.staff = staff
    boss = staff.create_first_admin("Ada Admin", PIN)
    shell = build_shell(services, station="Bay 1", nurse_station=False)
    qtbot.addWidget(shell.window)
    shell.show(windowed=True)
    try:
        shell.sign_in(boss)
        shell.nurse_area.logout_requested.emit()
        assert shell.mode == "patient" and actions(services)[-1] == "staff_logout"
        shell.sign_in(boss)
        clock.advance(seconds=services.settings.kiosk.nurse_logoff_seconds + 1)
        shell.tick()
        assert shell.mode == "patient" and actions(services)[-1] == "staff_auto_logoff"
        events = [e for e in services.audit.events()
                  if e.action in ("staff_logout", "staff_auto_logoff")]
        assert {e.staff_name for e in events} == {"Ada Admin"}
    finally:
        shell.stop()
        shell.window.patient_mode = False
