from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.domain.records import CheckinKind, CheckinRecord, CheckinStatus
from kiosk.services.checkin_run import CheckinRun
from kiosk.services.schedule import Place, SchedulePolicy

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
POLICY = SchedulePolicy(interval=timedelta(minutes=15), invite_idle=timedelta(seconds=60),
                        rest_after=timedelta(seconds=180))


def record(kind=CheckinKind.CHECKIN, due=T0):
    return CheckinRecord(1, 1, "url", "1", kind, CheckinStatus.DUE, due, None, None, "patient")


def run(questionnaires, answers, url_part="recovery-checkin"):
    q = next(q for u, q in questionnaires.items() if url_part in u)
    return CheckinRun(record(), q, dict(answers))


def test_resume_starts_with_the_intro_when_nothing_is_answered(questionnaires):
    assert run(questionnaires, {}).resume_item().link_id == "checkin-intro"


def test_resume_skips_answered_and_disabled_items(questionnaires):
    r = run(questionnaires, {"overall-feeling": "calm", "nausea": 0})
    assert r.resume_item().link_id == "vomiting"


def test_resume_shows_an_info_screen_only_after_the_last_answer(questionnaires):
    answers = {"feelings-now": ["calm"]}
    assert run(questionnaires, answers, "ready-to-go").resume_item().link_id == "asq-intro"
    answers["asq-1"] = "no"
    assert run(questionnaires, answers, "ready-to-go").resume_item().link_id == "asq-2"


def test_stale_answers_are_those_to_hidden_items(questionnaires):
    r = run(questionnaires, {"nausea": 0, "nausea-trend": "worse"})
    assert r.stale_answers() == ["nausea-trend"]
    assert r.questionnaire.section_of(r.questionnaire.item("nausea"), "en") == "Your body"


def test_idle_patient_is_invited_after_a_minute():
    offer = record()
    now = T0 + timedelta(minutes=1)
    assert not POLICY.should_invite(offer, Place.QUIET, now=now, last_touch=now,
                                    snoozed_until=None)
    assert POLICY.should_invite(offer, Place.QUIET, now=now, last_touch=T0,
                                snoozed_until=None)
    assert POLICY.should_invite(offer, Place.QUIET, now=now, last_touch=now,
                                snoozed_until=None, eager=True)
    for place in (Place.BUSY, Place.ACTIVITY, Place.RESTING):
        assert not POLICY.should_invite(offer, place, now=now, last_touch=T0,
                                        snoozed_until=None)
    assert not POLICY.should_invite(offer, Place.QUIET, now=now, last_touch=T0,
                                    snoozed_until=now + timedelta(seconds=1))


def test_snooze_never_goes_past_the_next_due_time():
    offer = record(due=T0)
    assert POLICY.snooze_until(offer, T0 + timedelta(minutes=2)) == T0 + timedelta(minutes=7)
    assert POLICY.snooze_until(offer, T0 + timedelta(minutes=12)) == T0 + timedelta(minutes=15)
    ready = record(CheckinKind.READY_TO_GO)
    assert POLICY.snooze_until(ready, T0) == T0 + timedelta(minutes=5)


def test_rest_after_quiet_time_only_where_allowed():
    later = T0 + timedelta(seconds=180)
    assert POLICY.should_rest(now=later, last_touch=T0, restable=True)
    assert not POLICY.should_rest(now=later, last_touch=T0, restable=False)
    assert not POLICY.should_rest(now=later - timedelta(seconds=1), last_touch=T0,
                                  restable=True)


def test_the_service_opens_and_finishes_runs_dropping_stale_answers_in_one_go(services):
    from kiosk.domain.records import CheckinStatus, Treatment

    visit = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    due = services.checkins.refresh_schedule(visit)
    assert due.status is CheckinStatus.DUE
    run = services.checkins.open_run(due, "en")
    assert run.checkin.status is CheckinStatus.STARTED and run.answers == {}
    services.checkins.record_answer(due.id, "overall-feeling", "uneasy")
    services.checkins.record_answer(due.id, "nausea", 0)
    services.checkins.record_answer(due.id, "nausea-trend", "worse")  # shown only with nausea
    services.checkins.record_answer(due.id, "nausea", 0)
    reopened = services.checkins.open_run(run.checkin, "en")
    assert reopened.answers["nausea-trend"] == "worse"
    stale = reopened.stale_answers()
    assert stale == ["nausea-trend"]
    done = services.checkins.finish_run(reopened)
    assert done.status is CheckinStatus.COMPLETED
    assert not set(stale) & set(services.checkins.answers(due.id))
