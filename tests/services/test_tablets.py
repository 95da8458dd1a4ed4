"""Supervised tablets: a quiet bay with a patient shows as not responding."""

from __future__ import annotations

import os
import threading

import pytest

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


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("KIOSK_TEST_POSTGRES_URL"),
                    reason="KIOSK_TEST_POSTGRES_URL not set")
def test_two_stations_noticing_at_once_on_postgres_audit_it_once(pg_db, monkeypatch):
    """Station A has read the trail and not yet written; station B notices too. B waits
    for A's commit before it reads (the chain lock), so it finds the change recorded."""
    from sqlalchemy import text

    from kiosk.domain.clock import FakeClock
    from kiosk.services.audit import AuditService
    from kiosk.services.tablets import TabletService
    from kiosk.services.visits import VisitService
    from kiosk.storage.repositories.tablets import TabletRepository

    clock = FakeClock()
    VisitService(pg_db, clock).start(patient_label="Maya R.", bay="Bay 2",
                                     treatment=Treatment.IV_KETAMINE)
    clock.advance(seconds=SILENT_AFTER.total_seconds())
    a_has_read, a_may_write = threading.Event(), threading.Event()
    real = TabletRepository.reported_quiet

    def reading(self, *args):
        found = real(self, *args)
        if threading.current_thread().name == "station-a":
            a_has_read.set()
            assert a_may_write.wait(20)
        return found

    monkeypatch.setattr(TabletRepository, "reported_quiet", reading)
    errors: list[BaseException] = []

    def station(name: str) -> threading.Thread:
        def run() -> None:
            try:
                TabletService(pg_db, clock).supervise()
            except BaseException as exc:  # reported below, on the test thread
                errors.append(exc)
        thread = threading.Thread(target=run, name=name)
        thread.start()
        return thread

    first = station("station-a")
    assert a_has_read.wait(20)
    second = station("station-b")
    with pg_db.engine.connect() as c:  # B is waiting for the chain lock A holds
        for _ in range(2000):
            waiting = c.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = "
                                     "'advisory' AND NOT granted")).scalar()
            if waiting or not second.is_alive():
                break
            c.execute(text("SELECT pg_sleep(0.01)"))
        assert waiting == 1, "station B did not wait for station A"
    a_may_write.set()
    first.join(20)
    second.join(20)
    assert errors == []
    events = [e.action for e in AuditService(pg_db, clock).events()
              if e.action.startswith("tablet_")]
    assert events == ["tablet_not_responding"]
