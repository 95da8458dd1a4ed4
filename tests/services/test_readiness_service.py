"""Readiness service: stored records mapped to the engine's inputs."""

from __future__ import annotations

from kiosk.domain.readiness import AsqStatus, Verdict
from kiosk.domain.readiness import Treatment as EngineTreatment
from kiosk.domain.records import CheckinKind, Treatment
from kiosk.services.readiness import asq_status, rules_from
from tests.support.board_demo import (
    CALM_CHECKIN,
    GOOD_ENTRY,
    READY_ANSWERS,
    checkin,
    make_ready,
    visit,
)


def test_all_good_is_ready(services):
    v = visit(services, minutes_ago=70)
    make_ready(services, v.id)
    readiness = services.readiness.assess(v.id)
    assert readiness.verdict is Verdict.READY, [c.label for c in readiness.unmet]


def test_esketamine_floor_from_settings(services, settings):
    v = visit(services, minutes_ago=70, treatment=Treatment.ESKETAMINE)
    make_ready(services, v.id)
    readiness = services.readiness.assess(v.id)
    assert readiness.verdict is Verdict.NOT_YET
    assert [c.key for c in readiness.unmet] == ["observation_time"]
    low = settings.with_value("observation", "iv_ketamine_minutes", 15)
    assert rules_from(low).observation_minutes(EngineTreatment.ESKETAMINE) == 120


def test_positive_asq_without_safety_assessment_is_not_ready(services):
    v = visit(services, minutes_ago=70)
    make_ready(services, v.id)
    checkin(services, v.id, {**READY_ANSWERS, "asq-2": "yes", "asq-5": "no"},
            CheckinKind.READY_TO_GO)
    readiness = services.readiness.assess(v.id)
    assert readiness.verdict is not Verdict.READY
    assert not readiness.criterion("asq").met
    services.observations.record_safety_assessment(v.id, staff_id=None)
    assert services.readiness.assess(v.id).criterion("asq").met


def test_acute_positive_needs_attention(services):
    v = visit(services, minutes_ago=70)
    checkin(services, v.id, {"asq-1": "yes", "asq-5": "yes"}, CheckinKind.READY_TO_GO,
            complete=False)
    readiness = services.readiness.assess(v.id)
    assert readiness.verdict is Verdict.NEEDS_ATTENTION


def test_half_finished_form_is_not_a_positive(services):
    v = visit(services, minutes_ago=70)
    checkin(services, v.id, {"asq-1": "no"}, CheckinKind.READY_TO_GO, complete=False)
    assert services.readiness.assess(v.id).criterion("asq").label.startswith(
        "Suicide-risk screen (ASQ) not asked")
    assert asq_status({"asq-1": "no"}, completed=False) is AsqStatus.NOT_ASKED
    assert asq_status({"asq-1": "yes"}, completed=False) is AsqStatus.NON_ACUTE_POSITIVE


def test_escort_only_from_the_nurse_the_patients_yes_is_shown_apart(services):
    v = visit(services, minutes_ago=70)
    assert not services.readiness.assess(v.id).criterion("escort").met
    services.observations.set_escort(v.id, True, staff_id=None)
    assert services.readiness.assess(v.id).criterion("escort").met
    w = visit(services, "Jonah T.", "Bay 2", minutes_ago=70)
    checkin(services, w.id, {"escort-confirmed": True}, CheckinKind.READY_TO_GO)
    escort = services.readiness.assess(w.id).criterion("escort")
    assert not escort.met  # issue 12 mismatch 2: the patient's "yes" alone is not enough
    assert "Patient says an escort is coming" in escort.label
    assert not services.readiness.assess(w.id).criterion("no_driving").met


def test_brief_and_full_safety_records_are_separate(services):
    v = visit(services, minutes_ago=70)
    checkin(services, v.id, {"asq-1": "yes", "asq-2": "no", "asq-3": "no", "asq-4": "no",
                             "asq-5": "yes"}, CheckinKind.READY_TO_GO)
    services.observations.record_safety_assessment(v.id, staff_id=None)
    asq = services.readiness.assess(v.id).criterion("asq")
    assert not asq.met and "full safety evaluation must be recorded" in asq.label
    record = services.observations.record_safety_evaluation(v.id, staff_id=None)
    assert record.safety_evaluated_at == services.clock.now()
    assert services.readiness.assess(v.id).criterion("asq").met
    actions = [e.action for e in services.audit.events()]
    assert "safety_assessment_recorded" in actions and "safety_evaluation_recorded" in actions


def test_latest_checkin_nausea_and_open_alert(services):
    v = visit(services, minutes_ago=70)
    make_ready(services, v.id)
    checkin(services, v.id, {**CALM_CHECKIN, "nausea": 5})
    readiness = services.readiness.assess(v.id)
    assert not readiness.criterion("nausea").met
    assert readiness.verdict is Verdict.NEEDS_ATTENTION  # nausea 4+ raised a review alert
    for alert in services.alerts.for_visit(v.id, open_only=True):
        services.alerts.acknowledge(alert.id, staff_id=None)
    assert services.readiness.assess(v.id).verdict is Verdict.NOT_YET


def test_incomplete_observation_is_ignored(services):
    v = visit(services, minutes_ago=70)
    services.observations.record(v.id, GOOD_ENTRY, staff_id=None)
    readiness = services.readiness.assess(v.id)
    assert not readiness.criterion("padss").met  # one of two needed
