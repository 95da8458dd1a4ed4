"""The tablet follows its bay through the change feed, not a one-second poll."""

from __future__ import annotations

from kiosk.domain.records import CheckinKind, Treatment, VisitStatus
from kiosk.services.checkins import CheckinService
from kiosk.services.visits import VisitService
from kiosk.storage.db import open_database
from kiosk.views.flow.screens import Screen


def test_a_visit_started_and_ended_on_another_device_reaches_the_tablet(make_shell, services,
                                                                       clock, qtbot):
    services.start_live()
    assert services.remote is not None and services.remote.ready.wait(5)
    flow = make_shell().flow
    flow._timer.stop()  # no tick at all: only the feed can bring the change
    assert flow.screen == "idle"
    station = open_database(services.db.url)  # the nurse station: its own connection
    try:
        visits = VisitService(station, clock)
        visit = visits.start(patient_label="Jo K.", bay="Bay 1", treatment=Treatment.ESKETAMINE)
        qtbot.waitUntil(lambda: flow.screen == "welcome", timeout=2000)
        assert flow.welcome.form.greetingLabel.text() == "Welcome, Jo"
        flow.move_to(Screen.HUB)
        checkins = services.checkins
        CheckinService(station, clock, checkin=checkins.questionnaire(CheckinKind.CHECKIN),
                       ready_to_go=checkins.questionnaire(CheckinKind.READY_TO_GO),
                       interval=checkins.interval).request_ready_to_go(visit.id)
        qtbot.waitUntil(lambda: flow.invitations.offer is not None
                        and flow.invitations.offer.kind is CheckinKind.READY_TO_GO,
                        timeout=2000)
        visits.end(visit.id, VisitStatus.DISCHARGED, staff_id=None)
        qtbot.waitUntil(lambda: flow.screen == "idle", timeout=2000)
        assert flow.visit is None
    finally:
        station.close()

