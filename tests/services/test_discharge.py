"""Discharge: PIN signature, override reasons, the take-home sheet, the visit closed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.domain.messages import Message
from kiosk.domain.readiness import Criterion, Readiness, Verdict
from kiosk.domain.records import CheckinKind, Treatment, VisitStatus
from kiosk.services.discharge import DischargeRefused, DischargeService
from kiosk.views.documents.renderer import QtDocuments
from tests.support.board_demo import admin_and_nurse

PIN = "135790"


@pytest.fixture(autouse=True)
def _gui(qapp):
    """The take-home PDF is laid out with Qt's fonts."""


def _readiness(verdict, *, hard_unmet=False):
    met = verdict is Verdict.READY
    criteria = (Criterion("padss", met, Message.plain("PADSS 10, 10"),
                  Message.plain("PADSS 9 or more twice"), hard=False),
                Criterion("alerts", not hard_unmet, Message.plain("No open alert"),
                  Message.plain("No open alert"), hard=True))
    return Readiness(verdict, criteria, earliest_ready_at=datetime(2026, 1, 5, 10, 0, tzinfo=UTC))


@pytest.fixture
def nurse(services):
    return admin_and_nurse(services, PIN)[1]


@pytest.fixture
def visit(services):
    return services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                 treatment=Treatment.IV_KETAMINE)


def _service(services, verdict, **kw):
    return DischargeService(
        visits=services.visits, checkins=services.checkins, journal=services.journal,
        audit=services.audit, staff=services.staff,
        readiness=lambda _visit_id: _readiness(verdict, **kw), settings=services.settings,
        exports=services.paths.exports, clock=services.clock, rems=services.rems,
        resources=services.paths.resources)


def _docs(services):
    return QtDocuments(services.paths.resources / "i18n")


def _actions(services):
    return [e.action for e in services.audit.events()]


def test_ready_discharge_needs_no_reason_and_closes_the_visit(services, nurse, visit):
    outcome = _service(services, Verdict.READY).discharge(visit.id, staff_id=nurse.id, pin=PIN,
                                                       documents=_docs(services))
    assert outcome.visit.status is VisitStatus.DISCHARGED
    assert not outcome.overridden
    assert outcome.visit.override_reason is None
    assert outcome.sheet.is_file()
    assert services.visits.get(visit.id).status is VisitStatus.DISCHARGED
    assert "visit_discharged" in _actions(services)
    assert "discharge_override" not in _actions(services)


def test_wrong_pin_refuses_and_changes_nothing(services, nurse, visit):
    with pytest.raises(DischargeRefused, match="Wrong PIN"):
        _service(services, Verdict.READY).discharge(visit.id, staff_id=nurse.id, pin="000001",
                                                       documents=_docs(services))
    assert services.visits.get(visit.id).status is VisitStatus.RECOVERING
    assert not services.paths.exports.exists()
    assert "pin_failed" in _actions(services)


@pytest.mark.parametrize("reason", [None, "", "   ", "too short"])
def test_not_ready_needs_a_written_reason(services, nurse, visit, reason):
    with pytest.raises(DischargeRefused, match="at least 10 characters"):
        _service(services, Verdict.NOT_YET).discharge(
            visit.id, staff_id=nurse.id, pin=PIN, documents=_docs(services), override_reason=reason)
    assert services.visits.get(visit.id).status is VisitStatus.RECOVERING
    assert "pin_failed" not in _actions(services)  # no PIN try spent on a missing reason


def test_override_reason_is_kept_and_audited_without_the_words(services, nurse, visit):
    reason = "  Doctor reviewed; ride waiting outside.  "
    outcome = _service(services, Verdict.NOT_YET).discharge(
        visit.id, staff_id=nurse.id, pin=PIN, documents=_docs(services), override_reason=reason)
    assert outcome.overridden
    assert services.visits.get(visit.id).override_reason == reason.strip()
    events = services.audit.events()
    override = [e for e in events if e.action == "discharge_override"]
    assert len(override) == 1 and override[0].visit_id == visit.id
    assert override[0].staff_name == "Nia Nurse"
    assert all("ride" not in (e.detail or "") and "Maya" not in (e.detail or "")
               for e in events)


def test_a_hard_criterion_cannot_be_overridden(services, nurse, visit):
    with pytest.raises(DischargeRefused, match="cannot be overridden"):
        _service(services, Verdict.NEEDS_ATTENTION, hard_unmet=True).discharge(
            visit.id, staff_id=nurse.id, pin=PIN, documents=_docs(services),
            override_reason="I am sure it is fine now")
    assert services.visits.get(visit.id).status is VisitStatus.RECOVERING


def test_a_closed_visit_cannot_be_discharged_again(services, nurse, visit):
    service = _service(services, Verdict.READY)
    service.discharge(visit.id, staff_id=nurse.id, pin=PIN,
                                                       documents=_docs(services))
    with pytest.raises(DischargeRefused, match="already closed"):
        service.discharge(visit.id, staff_id=nurse.id, pin=PIN,
                                                       documents=_docs(services))


def test_real_readiness_of_a_fresh_visit_is_not_ready(services, nurse, visit):
    readiness = services.discharge.readiness(visit.id)
    assert readiness.verdict is not Verdict.READY
    assert {c.key for c in readiness.criteria} >= {"observation_time", "padss", "escort"}


def test_ready_to_go_request_goes_to_the_tablet_and_is_audited(services, nurse, visit):
    checkin = services.discharge.request_ready_to_go(visit.id, staff_id=nurse.id)
    assert checkin.kind is CheckinKind.READY_TO_GO
    assert services.checkins.refresh_schedule(visit).id == checkin.id
    assert "ready_to_go_requested" in _actions(services)
