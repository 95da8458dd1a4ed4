from __future__ import annotations

from kiosk.domain.records import Severity, Treatment
from kiosk.services.alerts import CALL_NURSE_RULE


def test_call_nurse_alert_carries_the_rule_the_tablet_deduplicates_on(services):
    visit = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    alert = services.alerts.call_nurse(visit.id)
    assert alert.rule_id == CALL_NURSE_RULE == "call-nurse"
    assert alert.severity is Severity.REQUEST
