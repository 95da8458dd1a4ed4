from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.domain.records import CheckinKind, CheckinStatus, VisitStatus
from kiosk.views.flow.screens import Screen
from tests.support.test_driver import tap_answer


def statuses(services, visit):
    return [(c.kind, c.status) for c in services.checkins.history(visit.id)]


def finish_first_checkin(flow, answer_until):
    flow.welcome.form.startButton.click()
    answer_until(flow, None)
    flow.thanks.form.hubButton.click()
    assert flow.screen == "hub"


def test_rest_after_quiet_minutes_and_touch_returns_exactly(make_shell, visit, clock, qtbot,
                                                            answer_until, services):
    shell = make_shell()
    flow = shell.flow
    flow.welcome.form.startButton.click()
    answer_until(flow, "nausea")
    flow.checkin.page.control.scale.button_for(4).click()  # chosen, not yet sent
    clock.advance(seconds=services.settings.kiosk.rest_after_seconds - 5)
    flow.tick()
    assert flow.screen == "checkin"
    clock.advance(seconds=6)
    flow.tick()
    assert flow.screen == "rest"
    assert shell.window.stack.currentWidget() is flow.rest
    assert shell.window.central.property("resting") is True
    assert flow.rest.glow.running
    assert shell.window.call_nurse_button.isVisible()
    qtbot.mouseClick(flow.rest, Qt.MouseButton.LeftButton)
    assert flow.screen == "checkin"
    assert flow.checkin.page.link_id == "nausea"
    assert flow.checkin.page.control.scale.value() == 4
    assert not flow.rest.glow.running
    assert shell.window.central.property("resting") is False
    tap_answer(flow.checkin.page, 4)
    assert services.checkins.answers(flow.checkin.run.checkin.id)["nausea"] == 4


def test_touches_keep_the_screen_awake(make_shell, visit, clock, qtbot):
    shell = make_shell()
    clock.advance(seconds=170)
    qtbot.mouseClick(shell.flow.welcome, Qt.MouseButton.LeftButton)
    clock.advance(seconds=170)
    shell.flow.tick()
    assert shell.flow.screen == "welcome"


def test_due_checkin_invites_an_idle_patient_and_is_recorded(make_shell, visit, clock,
                                                             services, answer_until):
    flow = make_shell().flow
    finish_first_checkin(flow, answer_until)
    clock.advance(minutes=15)
    flow.note_activity()  # the patient was looking at the hub a moment ago
    flow.tick()
    assert flow.card.card is None  # not while they are busy with the screen
    assert statuses(services, visit)[-1] == (CheckinKind.CHECKIN, CheckinStatus.DUE)
    clock.advance(seconds=services.settings.checkin.invite_idle_seconds)
    flow.tick()
    assert flow.card.card.key == "invite"
    assert flow.card.title_label.text() == "It's time for a short check-in"
    flow.card.buttons["start"].click()
    assert flow.screen == "checkin"
    assert statuses(services, visit)[-1] == (CheckinKind.CHECKIN, CheckinStatus.STARTED)
    answer_until(flow, None)
    assert statuses(services, visit) == [(CheckinKind.CHECKIN, CheckinStatus.COMPLETED)] * 2


def test_snooze_a_few_minutes_then_missed_when_the_next_falls_due(make_shell, visit, clock,
                                                                   services, answer_until):
    flow = make_shell().flow
    finish_first_checkin(flow, answer_until)
    clock.advance(minutes=16)
    flow.note_activity()
    clock.advance(seconds=61)
    flow.tick()
    flow.card.buttons["later"].click()
    clock.advance(minutes=2)
    flow.tick()
    assert flow.card.card is None
    clock.advance(minutes=3, seconds=30)
    flow.note_activity()
    clock.advance(seconds=61)
    flow.tick()
    assert flow.card.card is not None and flow.card.card.key == "invite"
    flow.card.buttons["later"].click()
    # once the next check-in falls due the snoozed one is missed
    clock.advance(minutes=7)
    flow.note_activity()
    clock.advance(seconds=61)
    flow.tick()
    kinds = statuses(services, visit)
    assert kinds[1] == (CheckinKind.CHECKIN, CheckinStatus.MISSED)
    assert kinds[2] == (CheckinKind.CHECKIN, CheckinStatus.DUE)
    assert flow.card.card is not None


def test_invitation_waits_for_the_end_of_an_activity(make_shell, visit, clock, services,
                                                     answer_until, fake_calming):
    flow = make_shell().flow
    finish_first_checkin(flow, answer_until)
    fake_calming.hub.activity_chosen.emit("grounding")
    assert flow.screen == "grounding"
    assert fake_calming.activities["grounding"].started == 1
    clock.advance(minutes=15)
    flow.note_activity()
    clock.advance(minutes=2)
    flow.tick()
    assert flow.card.card is None
    fake_calming.activities["grounding"].finished.emit()
    assert flow.screen == "hub"
    assert fake_calming.activities["grounding"].stopped == 1
    assert flow.card.card is not None and flow.card.card.key == "invite"


def test_due_checkin_during_rest_shows_gently_and_invites_on_waking(make_shell, visit, clock,
                                                                   qtbot, answer_until):
    flow = make_shell().flow
    finish_first_checkin(flow, answer_until)
    clock.advance(minutes=4)
    flow.tick()
    assert flow.screen == "rest"
    assert flow.rest.form.dueLabel.isHidden()
    clock.advance(minutes=11)
    flow.tick()
    assert flow.screen == "rest"
    assert flow.rest.form.dueLabel.isVisible()
    qtbot.mouseClick(flow.rest, Qt.MouseButton.LeftButton)
    assert flow.screen == "hub"
    assert flow.card.card is not None and flow.card.card.key == "invite"


def test_ready_to_go_then_goodbye_then_next_patient(make_shell, visit, clock, services,
                                                    answer_until):
    shell = make_shell()
    flow = shell.flow
    finish_first_checkin(flow, answer_until)
    services.checkins.request_ready_to_go(visit.id)  # the nurse, maybe on another machine
    flow.tick()
    assert flow.card.title_label.text() == "A few last questions before you go home"
    flow.card.buttons["start"].click()
    assert flow.screen == "ready_to_go"
    seen = answer_until(flow, None)
    assert "asq-5" not in seen  # enabled only by a "yes" or "declined"
    assert flow.screen == "goodbye"
    assert flow.goodbye.form.titleLabel.text() == "Take good care, Maya"
    ready = [c for c in services.checkins.history(visit.id) if c.kind is CheckinKind.READY_TO_GO]
    assert ready[0].status is CheckinStatus.COMPLETED
    clock.advance(minutes=30)
    flow.tick()
    flow.wake()
    assert flow.screen == "goodbye"
    assert flow.card.card is None  # no more check-ins once the last questions are done
    services.visits.end(visit.id, VisitStatus.DISCHARGED, staff_id=None)
    flow.tick()
    assert flow.screen == Screen.IDLE
    assert "Maya" not in flow.goodbye.form.titleLabel.text()


def test_restart_resumes_at_first_unanswered_item(make_shell, visit, services, answer_until):
    first = make_shell()
    first.flow.welcome.form.startButton.click()
    answer_until(first.flow, "dizziness", {"vomiting": True})
    first.stop()
    second = make_shell()
    flow = second.flow
    assert flow.screen == "checkin"
    assert flow.checkin.page.link_id == "dizziness"
    flow.checkin.page.form.backButton.click()
    assert flow.checkin.page.link_id == "vomiting"
    assert flow.checkin.page.control.tiles.selected() == ["yes"]


def test_restart_after_the_last_questions_shows_goodbye(make_shell, visit, services,
                                                        answer_until):
    first = make_shell()
    finish_first_checkin(first.flow, answer_until)
    first.stop()
    assert make_shell().flow.screen == "hub"
    services.checkins.request_ready_to_go(visit.id)
    third = make_shell()
    assert third.flow.screen == "hub"
    third.flow.tick()
    third.flow.card.buttons["start"].click()
    answer_until(third.flow, None)
    third.stop()
    assert make_shell().flow.screen == "goodbye"
