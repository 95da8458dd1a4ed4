"""Observations: PADSS stored, nurse-entered alert rules, visit sign-offs."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.domain.records import Severity
from kiosk.services.observations import ObservationError
from tests.support.board_demo import GOOD_ENTRY, visit


def test_record_stores_padss_and_audits(services):
    v = visit(services)
    saved = services.observations.record(v.id, GOOD_ENTRY, staff_id=None)
    assert saved.padss is not None and saved.padss.total == 10
    (stored,) = services.observations.history(v.id)
    assert stored.padss_total == 10 and stored.spo2 == 98
    assert saved.new_alerts == ()
    assert "observation_saved" in [e.action for e in services.audit.events()]


def test_low_spo2_raises_urgent_alert(services):
    v = visit(services)
    saved = services.observations.record(v.id, dataclasses.replace(GOOD_ENTRY, spo2=90),
                                         staff_id=None)
    assert [a.severity for a in saved.new_alerts] == [Severity.URGENT]


def test_bp_rising_after_40_minutes_and_late_sedation(services, clock):
    v = visit(services, minutes_ago=30)
    services.observations.record(v.id, GOOD_ENTRY, staff_id=None)
    rising = dataclasses.replace(GOOD_ENTRY, systolic=140)
    assert services.observations.record(v.id, rising, staff_id=None).new_alerts == ()
    clock.advance(minutes=15)
    higher = dataclasses.replace(GOOD_ENTRY, systolic=152)
    (alert,) = services.observations.record(v.id, higher, staff_id=None).new_alerts
    assert alert.rule_id == "obs-bp-rising"
    clock.advance(minutes=50)
    drowsy = dataclasses.replace(GOOD_ENTRY, systolic=150, moaas=4)
    (alert,) = services.observations.record(v.id, drowsy, staff_id=None).new_alerts
    assert alert.rule_id == "obs-moaas-late"


def test_out_of_range_entry_is_refused():
    with pytest.raises(ObservationError):
        dataclasses.replace(GOOD_ENTRY, moaas=6)
    with pytest.raises(ObservationError):
        dataclasses.replace(GOOD_ENTRY, dissociation="maybe")


def test_safety_assessment_and_escort(services):
    v = visit(services)
    assert services.observations.record_safety_assessment(
        v.id, staff_id=None).safety_assessed_at == services.clock.now()
    assert services.observations.set_escort(v.id, True, staff_id=None).escort_confirmed
