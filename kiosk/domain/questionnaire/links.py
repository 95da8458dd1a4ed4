"""Canonical urls and linkIds of the two default questionnaires, for other layers.

The readiness rules and nurse views read answers by these linkIds; the files in
`resources/questionnaires/` must keep them (tests check that they do).
"""

from __future__ import annotations

CHECKIN_URL = "https://recovery-kiosk.example/fhir/Questionnaire/recovery-checkin"
READY_TO_GO_URL = "https://recovery-kiosk.example/fhir/Questionnaire/ready-to-go"

OVERALL_FEELING = "overall-feeling"
NAUSEA = "nausea"
NAUSEA_TREND = "nausea-trend"
VOMITING = "vomiting"
DIZZINESS = "dizziness"
PAIN = "pain"
DISCONNECTED = "disconnected"
CLARITY = "clarity"
RED_FLAGS = "red-flags"
WANTS_NURSE = "wants-nurse"

FEELINGS_NOW = "feelings-now"
ESCORT_CONFIRMED = "escort-confirmed"
NO_DRIVING_ACK = "no-driving-ack"
INTEGRATION_INTEREST = "integration-interest"
