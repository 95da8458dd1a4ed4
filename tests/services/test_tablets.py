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
