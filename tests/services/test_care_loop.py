"""An alert moves raised -> seen -> resolved; each step audited and published."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.domain.records import Severity, Treatment
from kiosk.services.events import AlertRaised, AlertResolved, AlertSeen, Event


@pytest.fixture
def visit(services):
    return services.visits.start(patient_label="Maya R.", bay="Bay 2",
                                 treatment=Treatment.IV_KETAMINE)


@pytest.fixture
def nurse(services):
    admin = services.staff.create_first_admin("Ada Admin", "135790")
    return services.staff.add_staff("Sam Ortiz", "246810", by_id=admin.id)


def test_raise_see_resolve_audited_and_published(services, visit, nurse, clock):
    events: list[Event] = []
    services.feed.subscribe(Event, events.append)
    alert = services.alerts.call_nurse(visit.id)
    assert alert.bay == "Bay 2" and alert.is_open and not alert.is_seen
    clock.advance(seconds=40)
    seen = services.alerts.see(alert.id, staff_id=nurse.id)
    assert seen.is_seen and seen.is_open and seen.seen_by == "Sam Ortiz"
    assert seen.seen_at == clock.now()
    again = services.alerts.see(alert.id, staff_id=None)  # a second nurse: first one stays
    assert again.seen_by == "Sam Ortiz"
    clock.advance(minutes=3)
    done = services.alerts.resolve(alert.id, staff_id=nurse.id, note="  Water given ")
    assert not done.is_open and done.note == "Water given"
    assert done.resolved_at - done.seen_at == timedelta(minutes=3)
    assert events == [AlertRaised(visit.id, alert.id, "request"),
                      AlertSeen(visit.id, alert.id, nurse.id),
                      AlertResolved(visit.id, alert.id)]
    actions = [e.action for e in services.audit.events()]
    assert actions[:3] == ["alert_resolved", "alert_seen", "alert_raised"]


def test_resolving_unseen_alert_counts_as_seen_by_the_resolver(services, visit, nurse):
    alert = services.alerts.raise_alert(visit.id, "Chest pain", Severity.URGENT)
    done = services.alerts.resolve(alert.id, staff_id=nurse.id)
    assert done.is_seen and done.seen_by == "Sam Ortiz"


def test_open_alerts_cover_active_visits_and_empty_bays(services, visit):
    first = services.alerts.call_nurse(visit.id)
    bay = services.alerts.call_nurse(None, bay="Bay 5")
    other = services.visits.start(patient_label="Ben T.", bay="Bay 3",
                                  treatment=Treatment.IV_KETAMINE)
    services.alerts.call_nurse(other.id)
    from kiosk.domain.records import VisitStatus
    services.visits.end(other.id, VisitStatus.CANCELLED, staff_id=None)
    assert [a.id for a in services.alerts.open_alerts()] == [first.id, bay.id]
