"""The nurse's marks on a visit (safety assessment and evaluation, REMS respiratory
answer, escort): each changes the stored visit and is audited once, with who and when."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kiosk.domain.records import Treatment
from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService

NOW = object()  # the clock's time at the mark
MARKS = [  # method, its arguments, audit action, visit field and value, "by" column
    ("record_safety_assessment", {}, "safety_assessment_recorded",
     "safety_assessed_at", NOW, "safety_assessed_by_id"),
    ("record_safety_evaluation", {}, "safety_evaluation_recorded",
     "safety_evaluated_at", NOW, "safety_evaluated_by_id"),
    ("set_respiratory_depression", {"value": True}, "rems_respiratory_recorded",
     "respiratory_depression", True, None),
    ("set_escort", {"confirmed": True}, "escort_confirmed", "escort_confirmed", True, None),
]


@pytest.mark.parametrize(("method", "args", "action", "field", "value", "by_column"), MARKS,
                         ids=[m[2] for m in MARKS])
def test_a_mark_changes_the_visit_and_is_audited_once(services, clock, method, args, action,
                                                      field, value, by_column):
    ada = StaffService(services.db, clock, TEST_PARAMS).create_first_admin("Ada Admin", "246810")
    visit = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.ESKETAMINE)
    clock.advance(seconds=30)
    want = clock.now() if value is NOW else value
    assert getattr(visit, field) != want
    before = len(services.audit.events())

    returned = getattr(services.observations, method)(visit.id, **args, staff_id=ada.id)
    stored = services.visits.get(visit.id)
    assert stored is not None and getattr(stored, field) == want
    assert returned == stored
    if by_column is not None:
        with services.db.engine.connect() as c:
            by = c.execute(text(f"SELECT {by_column} FROM visit WHERE id = :id"),
                           {"id": visit.id}).scalar()
        assert by == ada.id
    events = services.audit.events()  # newest first
    assert len(events) == before + 1
    assert (events[0].action, events[0].visit_id, events[0].staff_name, events[0].at) == (
        action, visit.id, "Ada Admin", clock.now())


def test_withdrawing_the_escort_is_audited_as_a_withdrawal(services, clock):
    visit = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    services.observations.set_escort(visit.id, True, staff_id=None)
    withdrawn = services.observations.set_escort(visit.id, False, staff_id=None)
    assert withdrawn.escort_confirmed is False
    assert [e.action for e in services.audit.events()[:2]] == [
        "escort_withdrawn", "escort_confirmed"]
