from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from kiosk.domain.questionnaire import AnswerError
from kiosk.domain.records import CheckinKind, CheckinStatus, Severity, Treatment
from kiosk.services.checkins import due_times


@pytest.fixture
def visit(services):
    return services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                 treatment=Treatment.IV_KETAMINE, baseline_systolic=120,
                                 baseline_pulse=70)


def test_each_answer_is_committed_on_its_own(services, visit, paths):
    checkin = services.checkins.refresh_schedule(visit)
    services.checkins.record_answer(checkin.id, "overall-feeling", "okay")
    # A separate plain sqlite3 connection sees it at once: it was committed.
    with sqlite3.connect(paths.default_database) as raw:
        rows = raw.execute("SELECT link_id, value_json FROM answer").fetchall()
    assert rows == [("overall-feeling", '"okay"')]
    services.checkins.record_answer(checkin.id, "nausea", 2)
    with sqlite3.connect(paths.default_database) as raw:
        assert raw.execute("SELECT count(*) FROM answer").fetchone()[0] == 2
    assert services.checkins.history(visit.id)[0].status is CheckinStatus.STARTED


def test_changing_an_answer_replaces_it(services, visit):
    checkin = services.checkins.refresh_schedule(visit)
    services.checkins.record_answer(checkin.id, "nausea", 2)
    services.checkins.record_answer(checkin.id, "nausea", 5)
    assert services.checkins.answers(checkin.id) == {"nausea": 5}


def test_wrong_answer_is_refused_and_nothing_saved(services, visit):
    checkin = services.checkins.refresh_schedule(visit)
    with pytest.raises(AnswerError):
        services.checkins.record_answer(checkin.id, "nausea", 11)
    assert services.checkins.answers(checkin.id) == {}


def test_dangerous_answer_stores_an_alert_once(services, visit):
    checkin = services.checkins.refresh_schedule(visit)
    outcome = services.checkins.record_answer(checkin.id, "nausea", 8)
    severities = sorted(a.severity for a in outcome.new_alerts)
    assert Severity.URGENT in severities
    again = services.checkins.record_answer(checkin.id, "nausea", 9)
    assert again.new_alerts == ()
    assert all(a.visit_id == visit.id for a in services.alerts.for_visit(visit.id))


def test_calm_answer_raises_nothing(services, visit):
    checkin = services.checkins.refresh_schedule(visit)
    assert services.checkins.record_answer(checkin.id, "nausea", 1).new_alerts == ()
    assert services.alerts.for_visit(visit.id) == []


def test_schedule_every_interval_and_missed(services, visit, clock):
    first = services.checkins.refresh_schedule(visit)
    assert first.due_at == visit.infusion_end
    assert services.checkins.refresh_schedule(visit).id == first.id
    clock.advance(minutes=15)
    second = services.checkins.refresh_schedule(visit)
    assert second.id != first.id
    assert second.due_at == visit.infusion_end + timedelta(minutes=15)
    statuses = {c.id: c.status for c in services.checkins.history(visit.id)}
    assert statuses[first.id] is CheckinStatus.MISSED
    services.checkins.complete(second.id)
    clock.advance(minutes=5)
    assert services.checkins.refresh_schedule(visit) is None


def test_due_times_are_multiples_of_the_interval(clock):
    end = clock.now()
    times = due_times(end, timedelta(minutes=15), end + timedelta(minutes=46))
    assert times == [end + timedelta(minutes=m) for m in (0, 15, 30, 45)]


def test_ready_to_go_request_comes_first(services, visit):
    services.checkins.refresh_schedule(visit)
    ready = services.checkins.request_ready_to_go(visit.id)
    assert ready.kind is CheckinKind.READY_TO_GO
    assert services.checkins.refresh_schedule(visit).id == ready.id
    assert services.checkins.request_ready_to_go(visit.id).id == ready.id


def test_resume_point_returns_started_checkin_with_answers(services, visit):
    assert services.checkins.resume_point(visit.id) is None
    checkin = services.checkins.refresh_schedule(visit)
    services.checkins.record_answer(checkin.id, "overall-feeling", "calm")
    point = services.checkins.resume_point(visit.id)
    assert point.checkin.id == checkin.id
    assert point.answers == {"overall-feeling": "calm"}
    services.checkins.complete(checkin.id)
    assert services.checkins.resume_point(visit.id) is None


def test_call_nurse_stores_a_request_alert(services, visit):
    alert = services.alerts.call_nurse(visit.id)
    assert alert.severity is Severity.REQUEST
    assert [a.id for a in services.alerts.for_visit(visit.id, open_only=True)] == [alert.id]
    services.alerts.acknowledge(alert.id, staff_id=None, note="came by")
    assert services.alerts.for_visit(visit.id, open_only=True) == []


def test_journal_saves_text_and_choice(services, visit):
    services.journal.save(visit.id, "Felt the music", shared=False)
    services.journal.save(visit.id, "Felt the music deeply", shared=True)
    entry = services.journal.load(visit.id)
    assert (entry.text, entry.shared) == ("Felt the music deeply", True)
