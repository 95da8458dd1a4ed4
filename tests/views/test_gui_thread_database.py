"""No database access on the GUI thread from the staff, settings, first-run, sign-in,
discharge and REMS screens, the patient's flow (a whole check-in, the calming hub,
the journal, Call a nurse), the board and the visit page (issue 9).

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

from kiosk.domain.records import CheckinKind, CheckinStatus, Treatment, VisitStatus
from kiosk.services.alerts import CALL_NURSE_CAUSE
from kiosk.services.container import Services, build_services
from kiosk.services.worker import DatabaseWorker
from kiosk.views import call_cards
from kiosk.views.flow.screens import Screen
from kiosk.views.nurse.board_page import BoardPage
from kiosk.views.nurse.country_step import CountryStep
from kiosk.views.nurse.discharge_page import DischargePage
from kiosk.views.nurse.first_run_page import FirstRunPage
from kiosk.views.nurse.rems_watch import RemsWatch
from kiosk.views.nurse.settings_page import SettingsPage
from kiosk.views.nurse.staff_page import StaffPage
from kiosk.views.nurse.visit_detail_page import VisitDetailPage
from kiosk.views.patient.journal_page import JournalPage
from kiosk.views.shell import Shell, build_shell
from tests.support.board_demo import CALM_CHECKIN, admin, cheap_staff, checkin, make_ready
from tests.support.board_demo import visit as open_visit
from tests.support.gui_thread_guard import GuiThreadGuard
from tests.support.test_driver import tap_answer
from tests.views.patient.conftest import CALM

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


# -- the patient's tablet -------------------------------------------------------------


@pytest.fixture
def tablet(qtbot, threaded, guard) -> Iterator[Shell]:
    """A bay tablet with the real calming pages, built while the guard watches."""
    admin(threaded)  # an account exists: the tablet opens on the patient's side
    with guard.watching():
        shell = build_shell(threaded, station="Bay 1", nurse_station=False,
                            nurse_area_factory=lambda _staff: QWidget())
        qtbot.addWidget(shell.window)
        shell.window.resize(1280, 800)
        shell.window.show()
        settle(qtbot, threaded, lambda: True)  # whatever the start-up asked of the worker
    assert shell.mode == "patient" and not shell.flow.suspended
    yield shell
    shell.stop()
    shell.window.patient_mode = False
    threaded.worker.wait_idle(5)


def answer_whole_checkin(qtbot, services: Services, shell: Shell) -> list[str]:
    """Tap through the check-in on screen, each tap once the last answer is saved."""
    flow = shell.flow
    page = flow.checkin.page
    seen: list[str] = []
    for _ in range(60):
        settle(qtbot, services, lambda: not flow.checkin.saving)
        if page.item is None or flow.screen not in ("checkin", "ready_to_go"):
            return seen
        link_id = page.link_id
        seen.append(link_id)
        if page.item.answerable:
            tap_answer(page, CALM[link_id])
        else:
            page.form.nextButton.click()
        settle(qtbot, services, lambda was=link_id: page.link_id != was or page.item is None
               or flow.screen not in ("checkin", "ready_to_go"))
    raise AssertionError(f"the check-in never ended; saw {seen}")


def test_patient_answers_a_whole_checkin(qtbot, threaded, guard, tablet):
    visit = threaded.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE, baseline_systolic=120,
                                  baseline_pulse=70)
    flow = tablet.flow
    with guard.watching():
        settle(qtbot, threaded, lambda: flow.screen == "welcome")
        flow.welcome.form.startButton.click()
        settle(qtbot, threaded, lambda: flow.checkin.page.link_id == "checkin-intro")
        seen = answer_whole_checkin(qtbot, threaded, tablet)
        settle(qtbot, threaded, lambda: flow.screen == "thanks")
    clean(guard)
    assert seen[:3] == ["checkin-intro", "overall-feeling", "nausea"]
    (done,) = threaded.checkins.history(visit.id)
    assert done.status is CheckinStatus.COMPLETED


def test_calming_hub_journal_and_call_a_nurse(qtbot, threaded, guard, tablet):
    visit = threaded.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    flow = tablet.flow
    with guard.watching():
        settle(qtbot, threaded, lambda: flow.screen == "welcome")
        flow.move_to(Screen.HUB)
        settle(qtbot, threaded, lambda: flow.screen == "hub")
        for key in ("breathing", "grounding", "scenes", "expect"):
            flow.calming.hub.tiles()[key].click()
            settle(qtbot, threaded, lambda k=key: flow.screen == k)
            flow.calming.activities[key].finished.emit()  # the page's own way back
            settle(qtbot, threaded, lambda: flow.screen == "hub")
        flow.calming.hub.tiles()["journal"].click()
        settle(qtbot, threaded, lambda: flow.screen == "journal")
        journal = flow.calming.activities["journal"]
        assert isinstance(journal, JournalPage)
        settle(qtbot, threaded, lambda: journal.loaded)
        journal.keyboard.type_text("The music felt like colours")
        with qtbot.waitSignal(journal.saved, timeout=WAIT_MS):
            journal.form.backButton.click()  # leaving saves at once
        settle(qtbot, threaded, lambda: flow.screen == "hub")
    clean(guard)
    assert threaded.journal.load(visit.id).text == "The music felt like colours"

    guard.violations.clear()
    guard.off_gui = 0
    with guard.watching():
        flow.calming.hub.tiles()["journal"].click()  # reopened: the words are there
        settle(qtbot, threaded, lambda: flow.screen == "journal")
        journal.keyboard.type_text(".")
        journal.stop()
        settle(qtbot, threaded, lambda: journal.form.statusLabel.text() == "Saved")
        assert journal.form.editor.toPlainText() == "The music felt like colours."
        tablet.window.call_nurse_button.click()
        assert flow.card.card is not None and flow.card.card.key in call_cards.CALL_KEYS
        settle(qtbot, threaded, lambda: flow.card.card is not None
               and flow.card.card.key == call_cards.CALL_SENT)
    clean(guard)
    assert threaded.journal.load(visit.id).text == "The music felt like colours."
    assert [a.cause for a in threaded.alerts.open_alerts()] == [CALL_NURSE_CAUSE]


# -- the nurse station ----------------------------------------------------------------


def test_board_shows_and_opens_a_visit(qtbot, threaded, guard):
    v = open_visit(threaded)
    checkin(threaded, v.id, {**CALM_CHECKIN, "nausea": 6})
    with guard.watching():
        page = BoardPage(threaded)
        qtbot.addWidget(page)
        page.show()
        with qtbot.waitSignal(page.rows_loaded, timeout=WAIT_MS):
            page.refresh()
        settle(qtbot, threaded, lambda: page.model.rowCount() == 1)
        with qtbot.waitSignal(page.visit_requested, timeout=WAIT_MS) as opened:
            page._open(page.model.index(0, 0))
    clean(guard)
    assert opened.args == [v.id]


def test_visit_page_observation_and_journal_viewed(qtbot, threaded, guard):
    boss = admin(threaded)
    v = open_visit(threaded)
    threaded.journal.save(v.id, "For my nurse", True)
    with guard.watching():
        page = VisitDetailPage(threaded, boss)
        qtbot.addWidget(page)
        page.show()
        page.show_visit(v.id)
        settle(qtbot, threaded, lambda: page.detail is not None)
        f = page.form
        f.tabs.setCurrentWidget(f.journalTab)
        for spin, value in ((f.systolicSpin, 124), (f.diastolicSpin, 78), (f.pulseSpin, 72),
                            (f.spo2Spin, 97), (f.painSpin, 0)):
            spin.setValue(value)
        for combo, value in ((f.moaasCombo, 5), (f.ambulationCombo, 2), (f.nauseaCombo, 2),
                             (f.dissociationCombo, "resolved")):
            combo.setCurrentIndex(combo.findData(value))
        with qtbot.waitSignal(page.visit_changed, timeout=WAIT_MS):
            f.saveObservationButton.click()
        settle(qtbot, threaded, lambda: f.observationTable.rowCount() == 1)
    clean(guard)
    actions = [e.action for e in threaded.audit.events()]
    assert "visit_viewed" in actions and "journal_viewed" in actions


def station_does(services: Services, change) -> None:
    """What the nurse station does meanwhile, off the GUI thread (its feed event too)."""
    services.worker.submit(lambda: change(services), lambda _r, _e: None, write=True)


def test_hub_check_in_now_rest_ready_to_go_and_the_visit_ending(qtbot, threaded, guard,
                                                                 tablet):
    visit = open_visit(threaded, minutes_ago=5)
    flow = tablet.flow
    with guard.watching():
        settle(qtbot, threaded, lambda: flow.screen == "welcome")
        flow.move_to(Screen.HUB)
        flow.calming.hub.form.checkinButton.click()  # "Check in now"
        settle(qtbot, threaded, lambda: flow.checkin.page.link_id == "checkin-intro")
        answer_whole_checkin(qtbot, threaded, tablet)
        settle(qtbot, threaded, lambda: flow.screen == "thanks")
        flow.move_to(Screen.HUB)
        threaded.clock.advance(minutes=20)  # still, and a check-in falls due
        flow.tick()
        settle(qtbot, threaded, lambda: flow.screen == "rest"
               and flow.invitations.offer is not None)
        flow.rest.woken.emit()
        settle(qtbot, threaded, lambda: flow.screen == "hub")
        station_does(threaded, lambda s: s.checkins.request_ready_to_go(visit.id))
        settle(qtbot, threaded, lambda: flow.invitations.offer is not None
               and flow.invitations.offer.kind is CheckinKind.READY_TO_GO)
        station_does(threaded, lambda s: s.visits.end(visit.id, VisitStatus.DISCHARGED,
                                                      staff_id=None))
        settle(qtbot, threaded, lambda: flow.screen == "idle" and flow.visit is None)
    clean(guard)
