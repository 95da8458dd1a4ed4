from __future__ import annotations

import sqlite3

from kiosk.domain.records import CheckinKind, CheckinStatus, Severity, Treatment, VisitStatus
from tests.support.test_driver import tap_answer, widget_texts


def stored_answers(paths) -> dict[str, str]:
    with sqlite3.connect(paths.default_database) as raw:
        return dict(raw.execute("SELECT link_id, value_json FROM answer").fetchall())


def test_no_visit_shows_neutral_screen_with_call_button(make_shell, services):
    shell = make_shell()
    assert shell.flow.screen == "idle"
    assert "ready for the next patient" in shell.flow.idle.form.readyLabel.text()
    assert shell.window.call_nurse_button.isVisible()  # someone may sit there already
    shell.window.call_nurse_button.click()
    [call] = services.alerts.open_alerts()
    assert (call.visit_id, call.bay, call.rule_id) == (None, "Bay 1", "call-nurse")
    assert shell.flow.card.title_label.text() == "Your call was sent"


def test_new_visit_is_noticed_by_polling(make_shell, services):
    shell = make_shell()
    services.visits.start(patient_label="Jo K.", bay="Bay 1", treatment=Treatment.IV_KETAMINE)
    shell.flow.tick()
    assert shell.flow.screen == "welcome"
    assert shell.flow.welcome.form.greetingLabel.text() == "Welcome, Jo"
    assert shell.window.call_nurse_button.isVisible()


def test_full_checkin_commits_each_answer_before_the_next_screen(make_shell, visit, paths,
                                                                  services, answer_until):
    shell = make_shell()
    flow = shell.flow
    assert flow.screen == "welcome"
    flow.welcome.form.startButton.click()
    assert flow.screen == "checkin"
    page = flow.checkin.page
    assert page.link_id == "checkin-intro"
    assert page.form.nextButton.text() == "Continue"
    assert not page.form.backButton.isVisible()
    seen_on_show = []
    flow.checkin.item_shown.connect(lambda _r: seen_on_show.append(
        (page.link_id, set(stored_answers(paths)))))
    shown = answer_until(flow, None)
    # nausea 0 leaves "is it getting better or worse?" disabled: never shown
    assert "nausea-trend" not in shown
    assert shown[:3] == ["checkin-intro", "overall-feeling", "nausea"]
    assert flow.screen == "thanks"
    answered = [s for s in shown if s != "checkin-intro"]
    for n, (link_id, in_db) in enumerate(seen_on_show[1:], start=1):
        assert set(answered[:n - 1]) <= in_db, f"{link_id} shown before earlier answers saved"
    assert set(stored_answers(paths)) == set(answered)
    history = services.checkins.history(visit.id)
    assert [c.status for c in history] == [CheckinStatus.COMPLETED]
    flow.thanks.form.hubButton.click()
    assert flow.screen == "hub"


def test_next_waits_for_an_answer_and_back_keeps_it(make_shell, visit, answer_until):
    flow = make_shell().flow
    flow.welcome.form.startButton.click()
    answer_until(flow, "nausea")
    page = flow.checkin.page
    assert not page.form.nextButton.isEnabled()
    assert len(page.control.scale.buttons) == 11
    assert page.control.scale.lower_label.text() == "0 – not at all"
    tap_answer(page, 5)
    assert page.link_id == "nausea-trend"  # 5 enables the follow-up question
    page.form.backButton.click()
    assert page.link_id == "nausea"
    assert page.control.scale.value() == 5
    assert page.form.nextButton.isEnabled()


def test_answer_that_raises_an_alert_stores_it_and_shows_calm_card(make_shell, visit,
                                                                   services, answer_until):
    flow = make_shell().flow
    flow.welcome.form.startButton.click()
    answer_until(flow, "vomiting")
    tap_answer(flow.checkin.page, True)
    alerts = services.alerts.for_visit(visit.id)
    assert [a.rule_id for a in alerts] == ["vomiting"]
    assert alerts[0].severity is Severity.URGENT
    assert flow.card.isVisible()
    assert "nurse has been asked to come" in flow.card.title_label.text()
    assert flow.checkin.page.link_id == "dizziness"  # the check-in carries on
    flow.card.buttons["ok"].click()
    assert not flow.card.isVisible()


def test_call_a_nurse_once_until_resolved_a_second_tap_reassures(make_shell, visit,
                                                                   services, clock):
    shell = make_shell()
    flow, button = shell.flow, shell.window.call_nurse_button
    assert button.text() == "Call a nurse"
    button.click()
    assert [a.rule_id for a in services.alerts.for_visit(visit.id)] == ["call-nurse"]
    assert flow.card.title_label.text() == "Your call was sent"
    assert button.text() == "Nurse called"
    flow.card.buttons["ok"].click()
    clock.advance(minutes=3)
    button.click()
    assert len(services.alerts.for_visit(visit.id)) == 1  # no duplicate
    assert flow.card.title_label.text() == "Your call was sent"
    assert "already knows you called" in flow.card.body_label.text()
    [call] = services.alerts.for_visit(visit.id)
    services.alerts.resolve(call.id, staff_id=None)
    flow.calls.refresh()
    assert button.text() == "Call a nurse" and not flow.card.isVisible()
    button.click()
    assert len(services.alerts.for_visit(visit.id)) == 2


def test_skip_is_offered_only_for_optional_items(make_shell, visit, services, answer_until):
    flow = make_shell().flow
    services.checkins.request_ready_to_go(visit.id)
    flow.move_to(flow.screen.HUB)
    flow.tick()
    flow.card.buttons["start"].click()
    answer_until(flow, "integration-interest")
    page = flow.checkin.page
    assert page.form.skipButton.isVisible()
    page.form.skipButton.click()
    assert flow.screen == "goodbye"
    history = services.checkins.history(visit.id)
    ready = next(c for c in history if c.kind is CheckinKind.READY_TO_GO)
    assert "integration-interest" not in services.checkins.answers(ready.id)


def test_storage_error_keeps_answer_and_retries(make_shell, visit, services, paths,
                                                monkeypatch, qtbot, answer_until):
    from kiosk.domain.errors import StorageError
    from kiosk.views.flow import answers as flow_answers

    flow = make_shell().flow
    flow.checkin._retry.setInterval(10)
    flow.welcome.form.startButton.click()
    answer_until(flow, "nausea")
    real = services.checkins.record_answer
    failures = iter([True, True])

    def flaky(*args):
        if next(failures, False):
            raise StorageError("database is locked")
        return real(*args)

    monkeypatch.setattr(services.checkins, "record_answer", flaky)
    tap_answer(flow.checkin.page, 3)
    assert flow.card.card.key == "saving"
    assert flow.checkin.page.link_id == "nausea"
    assert flow.checkin.page.control.scale.value() == 3
    qtbot.waitUntil(lambda: flow.checkin.page.link_id == "nausea-trend", timeout=2000)
    assert not flow.card.isVisible()
    assert "nausea" in stored_answers(paths)
    assert flow_answers.RETRY_MS >= 1000  # the real app does not hammer the database


def test_visit_ended_elsewhere_clears_every_trace(make_shell, visit, services, answer_until):
    shell = make_shell()
    flow = shell.flow
    flow.welcome.form.startButton.click()
    answer_until(flow, "nausea", {"overall-feeling": "very-distressed"})
    services.visits.end(visit.id, VisitStatus.DISCHARGED, staff_id=None)
    flow.tick()
    assert flow.screen == "idle"
    texts = " ".join(widget_texts(shell.window))
    assert "Maya" not in texts
    assert "Very upset or distressed" not in texts
    assert flow.checkin.page.control is None
    assert shell.window.call_nurse_button.text() == "Call a nurse"  # no trace of a call


def test_polling_timer_notices_a_visit_started_on_another_machine(make_shell, services,
                                                                   qtbot):
    shell = make_shell()
    assert shell.flow.screen == "idle"
    services.visits.start(patient_label="Ada L.", bay="Bay 1",
                          treatment=Treatment.ESKETAMINE)
    qtbot.waitUntil(lambda: shell.flow.screen == "welcome", timeout=3000)  # the real QTimer


def test_hub_check_in_now_opens_a_fresh_checkin(make_shell, visit, services, fake_calming,
                                                 answer_until):
    flow = make_shell().flow
    flow.welcome.form.startButton.click()
    answer_until(flow, None)
    flow.thanks.form.hubButton.click()
    fake_calming.hub.checkin_requested.emit()
    assert flow.screen == "checkin"
    assert flow.checkin.page.link_id == "checkin-intro"
    latest = services.checkins.history(visit.id)[-1]
    assert latest.status is CheckinStatus.STARTED
    assert len(services.checkins.history(visit.id)) == 2
