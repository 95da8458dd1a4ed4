"""Supervised tablets: a quiet bay with a patient shows as not responding."""

from __future__ import annotations

from kiosk.domain.records import Treatment
from kiosk.services.tablets import SILENT_AFTER


def test_tablet_goes_quiet_then_comes_back(services, clock):
    visit = services.visits.start(patient_label="Maya R.", bay="Bay 2",
                                  treatment=Treatment.IV_KETAMINE)
    assert services.tablets.silent() == []  # a new visit gets time for its first beat
    clock.advance(seconds=SILENT_AFTER.total_seconds())
    [quiet] = services.tablets.silent()
    assert (quiet.bay, quiet.visit_id, quiet.last_seen) == ("Bay 2", visit.id, None)
    services.tablets.beat("Bay 2", visit.id)
    assert services.tablets.silent() == []
    clock.advance(seconds=SILENT_AFTER.total_seconds() - 1)
    assert services.tablets.silent() == []
    clock.advance(seconds=1)
    assert [t.bay for t in services.tablets.silent()] == ["Bay 2"]


def test_an_empty_bay_is_never_reported(services, clock):
    services.tablets.beat("Bay 7", None)
    clock.advance(minutes=5)
    assert services.tablets.silent() == []


def _supervision(services):
    return [(e.action, e.detail) for e in reversed(services.audit.events())
            if e.action.startswith("tablet_")]


def test_going_quiet_and_coming_back_are_each_audited_once(services, clock, db):
    from kiosk.services.tablets import TabletService

    visit = services.visits.start(patient_label="Maya R.", bay="Bay 2",
                                  treatment=Treatment.IV_KETAMINE)
    services.tablets.beat("Bay 2", visit.id)
    assert services.tablets.supervise() == [] and _supervision(services) == []
    clock.advance(seconds=SILENT_AFTER.total_seconds())
    assert [t.bay for t in services.tablets.supervise()] == ["Bay 2"]
    services.tablets.supervise()
    other_station = TabletService(db, clock)  # a second station, or this one restarted
    assert [t.bay for t in other_station.supervise()] == ["Bay 2"]
    assert _supervision(services) == [("tablet_not_responding", "bay Bay 2")]
    [event] = [e for e in services.audit.events() if e.action == "tablet_not_responding"]
    assert event.visit_id == visit.id
    services.tablets.beat("Bay 2", visit.id)  # back again
    assert services.tablets.supervise() == [] and other_station.supervise() == []
    assert _supervision(services) == [("tablet_not_responding", "bay Bay 2"),
                                      ("tablet_responding", "bay Bay 2")]


def test_a_visit_ended_while_its_tablet_was_quiet_is_not_called_back(services, clock):
    from kiosk.domain.records import VisitStatus

    visit = services.visits.start(patient_label="Maya R.", bay="Bay 2",
                                  treatment=Treatment.IV_KETAMINE)
    clock.advance(seconds=SILENT_AFTER.total_seconds())
    services.tablets.supervise()
    services.visits.end(visit.id, VisitStatus.DISCHARGED, staff_id=None)
    assert services.tablets.supervise() == []
    assert _supervision(services) == [("tablet_not_responding", "bay Bay 2"),
                                      ("tablet_watch_ended", "bay Bay 2")]
