"""One patient's whole visit, through the real widgets of the production shell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.records import CheckinKind, CheckinStatus, VisitStatus
from kiosk.views.flow.screens import Screen
from kiosk.views.shell import build_shell
from tests.support.test_driver import answer_until, widget_texts

NURSE_PIN = "042713"  # created by this test through the staff service; the app holds none
JOURNAL = "The colours were bright and I thought of the sea at Tamsin's cottage"
ANSWERS = {
    "overall-feeling": "uneasy", "nausea": 0, "vomiting": True, "dizziness": 2, "pain": 1,
    "disconnected": 3, "clarity": 7, "red-flags": ["none"], "wants-nurse": False,
    "feelings-now": ["reflective", "floaty"], "asq-1": "no", "asq-2": "no", "asq-3": "no",
    "asq-4": "no", "escort-confirmed": True, "no-driving-ack": True,
    "integration-interest": "maybe"}


@pytest.fixture
def shell(services, visit, qtbot):
    services.staff.create_first_admin("Ana Nurse", NURSE_PIN)  # the clinic set up before
    shell = build_shell(services, station="Bay 1", nurse_station=False)
    qtbot.addWidget(shell.window)
    shell.window.resize(1280, 800)
    shell.show(windowed=True)
    yield shell
    shell.stop()
    shell.window.patient_mode = False


def drive_activities(flow, qtbot):
    hub = flow.calming.hub
    pages = flow.calming.activities
    for key in ("breathing", "grounding", "scenes", "expect", "journal"):
        hub.tiles()[key].click()
        assert flow.screen == key
        assert shell_page(flow) is pages[key]
    # each activity for real, back to the hub by its own button
        page = pages[key]
        form = page.form
        if key == "breathing":
            form.oneMinuteButton.click()
            form.beginButton.click()
            assert page.running
            form.stopButton.click()
            form.backButton.click()
        elif key == "grounding":
            form.nextButton.click()
            form.backToChoicesButton.click()
        elif key == "scenes":
            form.rainButton.click()
            form.backButton.click()
        elif key == "expect":
            form.nextButton.click()
            form.backToChoicesButton.click()
        else:
            qtbot.keyClicks(form.editor, JOURNAL)
            form.backButton.click()
        assert flow.screen == "hub", key


def shell_page(flow):
    return flow.window.stack.currentWidget()


def test_a_whole_visit(shell, services, visit, clock, qtbot):
    flow = shell.flow

    # welcome and the first check-in (an alerting answer; an item skipped by enableWhen)
    assert flow.screen == "welcome"
    assert flow.welcome.form.greetingLabel.text() == "Welcome, Maya"
    flow.welcome.form.startButton.click()
    seen = answer_until(flow, "dizziness", ANSWERS)
    assert "nausea-trend" not in seen
    assert [a.rule_id for a in services.alerts.for_visit(visit.id)] == ["vomiting"]
    assert flow.card.isVisible() and "nurse" in flow.card.title_label.text()
    flow.card.buttons["ok"].click()
    answer_until(flow, None, ANSWERS)
    assert flow.screen == "thanks"
    flow.thanks.form.hubButton.click()

    # the calming hub and every activity
    drive_activities(flow, qtbot)
    assert services.journal.load(visit.id).text == JOURNAL

    # call a nurse from the hub
    shell.window.call_nurse_button.click()
    assert "call-nurse" in [a.rule_id for a in services.alerts.for_visit(visit.id)]
    flow.card.buttons["ok"].click()

    # rest mode and waking up
    clock.advance(seconds=services.settings.kiosk.rest_after_seconds)
    flow.tick()
    assert shell_page(flow) is flow.rest
    qtbot.mouseClick(flow.rest, Qt.MouseButton.LeftButton)
    assert flow.screen == "hub"

    # the next check-in falls due by the fake clock
    clock.advance(minutes=12)
    flow.note_activity()
    clock.advance(seconds=services.settings.checkin.invite_idle_seconds)
    flow.tick()
    assert flow.card.title_label.text() == "It's time for a short check-in"
    flow.card.buttons["start"].click()
    answer_until(flow, "pain", {**ANSWERS, "vomiting": False})
    flow.checkin.page.control.scale.button_for(2).click()

    # a nurse signs in on this tablet and leaves again: same item, same answer
    shell.window.staff_button.click()
    admin = services.staff.active_staff()[0]
    shell.pin_page.staff_tiles[admin.id].click()
    shell.pin_page.pad.type_pin(NURSE_PIN)
    assert shell.mode == "nurse"
    shell.nurse_area.logout_requested.emit()
    assert shell_page(flow) is flow.checkin.page
    assert flow.checkin.page.control.scale.value() == 2
    answer_until(flow, None, {**ANSWERS, "vomiting": False, "pain": 2})
    flow.thanks.form.hubButton.click()

    # the nurse asks for the ready-to-go questions, maybe from another machine
    services.checkins.request_ready_to_go(visit.id)
    flow.tick()
    flow.card.buttons["start"].click()
    assert flow.screen == "ready_to_go"
    answer_until(flow, None, ANSWERS)
    assert flow.screen == "goodbye"
    kinds = [(c.kind, c.status) for c in services.checkins.history(visit.id)]
    assert kinds == [(CheckinKind.CHECKIN, CheckinStatus.COMPLETED)] * 2 + [
        (CheckinKind.READY_TO_GO, CheckinStatus.COMPLETED)]

    # discharged: the tablet forgets the patient
    services.visits.end(visit.id, VisitStatus.DISCHARGED, staff_id=admin.id)
    flow.tick()
    assert flow.screen == Screen.IDLE
    assert shell_page(flow) is flow.idle
    texts = "\n".join(widget_texts(shell.window))
    for trace in ("Maya", JOURNAL[:20], "Tamsin", "Thoughtful, with new ideas"):
        assert trace not in texts, trace
    assert flow.checkin.page.control is None
    assert shell.window.call_nurse_button.text() == "Call a nurse"  # no trace of a call
