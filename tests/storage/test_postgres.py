"""The same storage code on PostgreSQL, when a server is available.

`.ci/run` starts the machine's PostgreSQL and sets KIOSK_TEST_POSTGRES_URL; without
it these tests are skipped with a reason.
"""

from __future__ import annotations

import os

import pytest

from kiosk.domain.records import Severity, Treatment
from kiosk.services.container import build_services
from kiosk.storage import migrate

SERVER = os.environ.get("KIOSK_TEST_POSTGRES_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not SERVER, reason="KIOSK_TEST_POSTGRES_URL not set"),
]




def test_migrates_to_head_on_postgres(pg_db):
    with pg_db.engine.connect() as c:
        assert migrate.current_revision(c) == migrate.HEAD_REVISION


def test_checkin_answers_and_alerts_on_postgres(pg_db, settings, clock, paths, questionnaires):
    services = build_services(settings=settings, clock=clock, paths=paths, db=pg_db,
                              questionnaires=questionnaires)
    visit = services.visits.start(patient_label="Ana P.", bay="Bay 3",
                                  treatment=Treatment.ESKETAMINE)
    checkin = services.checkins.refresh_schedule(visit)
    outcome = services.checkins.record_answer(checkin.id, "nausea", 8)
    assert [a.severity for a in outcome.new_alerts] == [Severity.URGENT]
    assert services.checkins.answers(checkin.id) == {"nausea": 8}
    again = services.visits.get(visit.id)
    assert again.infusion_end == clock.now()
    assert services.visits.active_for_bay("Bay 3").id == visit.id


def test_the_bays_resume_row_follows_each_change_on_postgres(pg_db, settings, clock, paths,
                                                             questionnaires):
    from kiosk.domain.records import VisitStatus
    from kiosk.domain.resume import RestartScreen

    services = build_services(settings=settings, clock=clock, paths=paths, db=pg_db,
                              questionnaires=questionnaires)
    first = services.visits.start(patient_label="Ana P.", bay="Bay 3",
                                  treatment=Treatment.ESKETAMINE)
    assert services.resume.for_bay("Bay 3").screen is RestartScreen.WELCOME
    checkin = services.checkins.start_now(first.id)
    services.checkins.record_answer(checkin.id, "overall-feeling", "okay")
    resume = services.resume.for_bay("Bay 3")
    assert (resume.screen, resume.checkin.id, dict(resume.answers)) == (
        RestartScreen.CHECKIN, checkin.id, {"overall-feeling": "okay"})
    second = services.visits.start(patient_label="Ben Q.", bay="Bay 3",
                                   treatment=Treatment.IV_KETAMINE)  # replaces the row
    assert services.resume.for_bay("Bay 3").visit.id == second.id
    services.visits.end(second.id, VisitStatus.DISCHARGED, staff_id=None)
    assert services.resume.for_bay("Bay 3") is None
