"""Nurse-entered vitals and scores as FHIR R4 Observations with LOINC codes.

Blood pressure is the LOINC panel 85354-9 with systolic 8480-6 and diastolic
8462-4 components; heart rate 8867-4; SpO2 59408-5 (oxygen saturation by pulse
oximetry); respiratory rate 9279-1. The PADSS total has no LOINC code, so it is
coded in the kiosk's own code system, as is the ASQ outcome.
"""

from __future__ import annotations

from typing import Any

from kiosk.domain.records import ObservationRecord

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
KIOSK_CODES = "https://recovery-kiosk.example/fhir/CodeSystem/recovery-kiosk"
_VITAL_SIGNS = [{"coding": [{
    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
    "code": "vital-signs", "display": "Vital Signs"}]}]
_SURVEY = [{"coding": [{
    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
    "code": "survey", "display": "Survey"}]}]


def _code(code: str, display: str, system: str = LOINC) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code, "display": display}], "text": display}


def _quantity(value: int, unit: str, code: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": UCUM, "code": code}


def vitals_observations(record: ObservationRecord, patient: str, encounter: str,
                        performer: str | None) -> list[dict[str, Any]]:
    """The Observations of one nurse assessment (only the values it holds)."""
    base: dict[str, Any] = {"status": "final", "subject": {"reference": patient},
                            "encounter": {"reference": encounter},
                            "effectiveDateTime": record.taken_at.isoformat(timespec="seconds")}
    if performer:
        base["performer"] = [{"reference": performer}]
    out: list[dict[str, Any]] = []

    def vital(code: dict[str, Any], **value: Any) -> None:
        out.append({"resourceType": "Observation", **base, "category": _VITAL_SIGNS,
                    "code": code, **value})

    if record.systolic is not None and record.diastolic is not None:
        vital(_code("85354-9", "Blood pressure panel with all children optional"), component=[
            {"code": _code("8480-6", "Systolic blood pressure"),
             "valueQuantity": _quantity(record.systolic, "mmHg", "mm[Hg]")},
            {"code": _code("8462-4", "Diastolic blood pressure"),
             "valueQuantity": _quantity(record.diastolic, "mmHg", "mm[Hg]")}])
    if record.pulse is not None:
        vital(_code("8867-4", "Heart rate"),
              valueQuantity=_quantity(record.pulse, "beats/minute", "/min"))
    if record.spo2 is not None:
        vital(_code("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"),
              valueQuantity=_quantity(record.spo2, "%", "%"),
              note=[{"text": "on room air" if record.on_room_air else "on oxygen"}])
    if record.resp_rate is not None:
        vital(_code("9279-1", "Respiratory rate"),
              valueQuantity=_quantity(record.resp_rate, "breaths/minute", "/min"))
    if record.padss_total is not None:
        out.append({"resourceType": "Observation", **base, "category": _SURVEY,
                    "code": _code("padss-total", "PADSS total (Post-Anesthetic Discharge "
                                                 "Scoring System)", KIOSK_CODES),
                    "valueInteger": record.padss_total})
    return out
