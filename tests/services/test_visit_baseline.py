"""The visit service, not the page, refuses baseline vital signs out of range."""

from __future__ import annotations

import pytest

from kiosk.domain.baseline import BASELINE_RANGES, Fault
from kiosk.domain.records import Treatment
from kiosk.services.events import SettingsChanged
from kiosk.services.visits import VisitInputError


def start(services, **vitals):
    return services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                 treatment=Treatment.IV_KETAMINE, **vitals)


@pytest.mark.parametrize("name", sorted(BASELINE_RANGES))
def test_each_reading_is_refused_just_outside_its_range_and_taken_on_its_ends(services, name):
    lo, hi = BASELINE_RANGES[name]
    fine = {"systolic": 120, "diastolic": 80, "pulse": 70}
    for bad in (lo - 1, hi + 1, True):
        with pytest.raises(VisitInputError) as refused:
            start(services, **{f"baseline_{k}": v for k, v in {**fine, name: bad}.items()})
        assert [(p.fault, p.field) for p in refused.value.problems] == [
            (Fault.OUT_OF_RANGE, name)]
        assert f"from {lo} to {hi}" in str(refused.value)
    assert services.visits.active() == []  # nothing stored
    for edge in (lo, hi):
        values = {**fine, name: edge}
        if name == "diastolic":
            values["systolic"] = 250  # keep the first number the larger one
        elif name == "systolic":
            values["diastolic"] = 30
        assert start(services, **{f"baseline_{k}": v for k, v in values.items()}).id


def test_pressures_the_wrong_way_round_are_refused_and_a_pair_can_be_required(services):
    with pytest.raises(VisitInputError, match="first number must be the larger"):
        start(services, baseline_systolic=80, baseline_diastolic=90)
    with pytest.raises(VisitInputError, match="both numbers"):
        start(services, baseline_systolic=120, pressure_pair=True)
    # A systolic baseline alone is all the readiness rules compare.
    assert start(services, baseline_systolic=120).baseline_diastolic is None


def test_a_saved_setting_is_announced_after_its_commit(services):
    heard = []
    services.feed.subscribe(SettingsChanged, lambda e: heard.append(
        (e.keys, services.settings_store.stored().get(("kiosk", "rest_after_seconds")))))
    services.settings_store.save(services.settings, "kiosk", "rest_after_seconds", 240,
                                 staff_id=None)
    assert heard == [(("kiosk.rest_after_seconds",), 240)]
    assert services.settings.kiosk.rest_after_seconds == 240  # the container follows it
