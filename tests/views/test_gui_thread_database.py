"""No database access on the GUI thread from the staff, settings, first-run, sign-in,
discharge and REMS screens (issue 9).

The real :class:`DatabaseWorker` runs; :class:`GuiThreadGuard` listens on the real
engine and records any statement or connection checkout made on the GUI thread.
Each test builds its data first, then drives the screen with qtbot inside
``guard.watching()`` and asserts that the screen did reach the database (on the
worker) and never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.domain.records import Treatment, VisitStatus
from kiosk.services.container import Services, build_services
from kiosk.services.worker import DatabaseWorker
from kiosk.views.nurse.country_step import CountryStep
from kiosk.views.nurse.discharge_page import DischargePage
from kiosk.views.nurse.first_run_page import FirstRunPage
from kiosk.views.nurse.rems_watch import RemsWatch
from kiosk.views.nurse.settings_page import SettingsPage
from kiosk.views.nurse.staff_page import StaffPage
from kiosk.views.shell import build_shell
from tests.support.board_demo import admin, cheap_staff, make_ready
from tests.support.gui_thread_guard import GuiThreadGuard

PIN = "135790"
WAIT_MS = 10_000


@pytest.fixture
def threaded(settings, clock, paths, db, questionnaires) -> Iterator[Services]:
    built = build_services(settings=settings, clock=clock, paths=paths, db=db,
                           questionnaires=questionnaires, worker=DatabaseWorker(), live=False)
    cheap_staff(built)
    yield built
    built.worker.close(5)


@pytest.fixture
def guard(db) -> Iterator[GuiThreadGuard]:
    watcher = GuiThreadGuard(db.engine)
    yield watcher
    watcher.remove()


def settle(qtbot, services: Services, until) -> None:
    """Wait (turning the event loop) for ``until()``, then for the worker to be idle."""
    qtbot.waitUntil(until, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: services.worker.wait_idle(0), timeout=WAIT_MS)


def clean(guard: GuiThreadGuard) -> None:
    assert guard.off_gui > 0, "the screen never reached the database at all"
    assert not guard.violations, guard.report()


def test_the_guard_catches_a_call_on_the_gui_thread(threaded, guard):
    """The mechanism itself: a direct service call from the GUI thread is recorded."""
    with guard.watching():
        threaded.staff.active_staff()
    assert any("SELECT" in v.what for v in guard.violations)
    assert all("test_gui_thread_database" in v.stack for v in guard.violations)


def test_staff_page(qtbot, threaded, guard):
    boss = admin(threaded)
    with guard.watching():
        page = StaffPage(threaded, boss)
        qtbot.addWidget(page)
        f = page.form
        settle(qtbot, threaded, lambda: f.staffList.count() == 1 and not page.busy)
        page.keys.use(f.nameEdit)
        page.keys.type_text("Nia Nurse")
        for edit in (f.pinEdit, f.pinRepeatEdit):
            page.keys.use(edit)
            page.keys.type_text(PIN)
        f.addButton.click()
        assert not f.addButton.isEnabled() or f.staffList.count() == 2  # off while in flight
        settle(qtbot, threaded, lambda: f.staffList.count() == 2 and not page.busy)
        assert f.messageLabel.text() == "Account added."
        f.staffList.setCurrentRow(1)
        for button in (page.unlock_button, f.deactivateButton, page.code_button):
            button.click()
            settle(qtbot, threaded, lambda: not page.busy)
        assert "New recovery code" in f.messageLabel.text()
        assert "deactivated" in f.staffList.item(1).text()
    clean(guard)


def test_settings_page(qtbot, threaded, guard):
    boss = admin(threaded)
    with guard.watching():
        page = SettingsPage(threaded, boss)
        qtbot.addWidget(page)
        page.edits[("kiosk", "rest_after_seconds")].setText("240")
        page.form.saveButton.click()
        settle(qtbot, threaded, lambda: "Saved 1" in page.form.messageLabel.text())
    clean(guard)
    assert threaded.settings.kiosk.rest_after_seconds == 240


def test_first_run_country_then_first_admin(qtbot, threaded, guard):
    with guard.watching():
        shell = build_shell(threaded, station="nurse", nurse_station=True,
                            nurse_area_factory=lambda _staff: QWidget())
        qtbot.addWidget(shell.window)
        try:
            settle(qtbot, threaded, lambda: shell.mode == "setup")  # no account yet
            step = shell.country_step
            assert isinstance(step, CountryStep)
            step.choose("US")
            step.continue_button.click()
            settle(qtbot, threaded, lambda: shell.first_run_page is not None)
            page = shell.first_run_page
            assert isinstance(page, FirstRunPage)
            page.keys.type_text("Ada Admin")
            page.pad.type_pin("246810")
            page.pad.type_pin("246810")
            settle(qtbot, threaded, lambda: page.continue_button.isVisibleTo(page))
            page.continue_button.click()
            assert shell.mode == "nurse" and shell.signed_in_staff is not None
        finally:
            shell.stop()
    clean(guard)
    assert threaded.settings.clinic.country == "US"
    assert shell.signed_in_staff.name == "Ada Admin"


def test_pin_sign_in_and_sign_out(qtbot, threaded, guard):
    boss = admin(threaded)
    nurse = threaded.staff.add_staff("Nia Nurse", PIN, by_id=boss.id)
    with guard.watching():
        shell = build_shell(threaded, station="nurse", nurse_station=True,
                            nurse_area_factory=lambda _staff: QWidget())
        qtbot.addWidget(shell.window)
    try:
        with guard.watching():
            settle(qtbot, threaded, lambda: shell.mode == "board")
            shell.open_pin_pad()
            page = shell.pin_page
            settle(qtbot, threaded, lambda: nurse.id in page.staff_tiles)
            page.staff_tiles[nurse.id].click()
            page.pad.type_pin("000000")
            settle(qtbot, threaded, lambda: "Wrong PIN" in page.form.messageLabel.text())
            page.pad.type_pin(PIN)
            settle(qtbot, threaded, lambda: shell.mode == "nurse")
            shell.sign_out()
            settle(qtbot, threaded, lambda: shell.mode == "board")
        clean(guard)
        assert "staff_logout" in [e.action for e in threaded.audit.events()]
    finally:
        shell.stop()


def test_discharge_signing_and_rems_review(qtbot, threaded, guard):
    boss = admin(threaded)
    nurse = threaded.staff.add_staff("Nia Nurse", PIN, by_id=boss.id)
    visit = threaded.visits.start(patient_label="Rosa T.", bay="Bay 6",
                                  treatment=Treatment.ESKETAMINE, dose_mg=56,
                                  infusion_end=threaded.clock.now(), baseline_systolic=124,
                                  baseline_diastolic=78, baseline_pulse=72)
    threaded.clock.advance(minutes=110)
    make_ready(threaded, visit.id)
    with guard.watching():
        page = DischargePage(threaded, nurse)
        qtbot.addWidget(page)
        page.open_visit(visit.id)
        settle(qtbot, threaded, lambda: page.rems.record is not None)
        with qtbot.waitSignal(page.rems.changed, timeout=WAIT_MS):
            page.rems.no_button.click()
            assert not page.rems.yes_button.isEnabled()  # off while the answer is saved
        settle(qtbot, threaded, lambda: page.rems.record is not None
               and page.rems.record.respiratory_depression is False)
        page.form.overrideEdit.setPlainText("Doctor reviewed; escort is here.")
        with qtbot.waitSignal(page.discharged, timeout=WAIT_MS):
            page.pin_pad.type_pin(PIN)
            assert not page.pin_pad.isEnabled()  # no second signature while one is checked
        page._audit_sheet("sheet_printed")  # what the print button does once printed
        settle(qtbot, threaded, lambda: True)
    clean(guard)
    assert threaded.visits.get(visit.id).status is VisitStatus.DISCHARGED
    assert "sheet_printed" in [e.action for e in threaded.audit.events()]


def test_rems_watch(qtbot, threaded, guard):
    threaded.visits.start(patient_label="Rosa T.", bay="Bay 6", treatment=Treatment.ESKETAMINE,
                          dose_mg=56, infusion_end=threaded.clock.now(), baseline_systolic=130)
    threaded.clock.advance(minutes=45)
    with guard.watching():
        watch = RemsWatch(threaded)
        with qtbot.waitSignal(watch.raised, timeout=WAIT_MS) as raised:
            watch.check()
        watch.timer.stop()
    clean(guard)
    assert raised.args == [1]


def test_a_pin_answer_that_comes_back_after_leaving_signs_nobody_in(qtbot, threaded):
    boss = admin(threaded)
    shell = build_shell(threaded, station="nurse", nurse_station=True,
                        nurse_area_factory=lambda _staff: QWidget())
    qtbot.addWidget(shell.window)
    try:
        shell.open_pin_pad()
        page = shell.pin_page
        settle(qtbot, threaded, lambda: boss.id in page.staff_tiles)
        page.staff_tiles[boss.id].click()
        with qtbot.assertNotEmitted(page.signed_in):
            page.pad.type_pin("246810")  # checked on the worker...
            page.form.cancelButton.click()  # ...while the nurse walks away
            settle(qtbot, threaded, lambda: page.pad.isEnabled())
        assert shell.mode == "board" and shell.signed_in_staff is None
    finally:
        shell.stop()
