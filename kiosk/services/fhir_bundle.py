"""One FHIR R4 Bundle per visit that an EHR can join to its own patient record.

The Bundle (type ``collection``) holds, each with a ``urn:uuid`` fullUrl that every
reference inside the Bundle resolves to:

* a **Patient**: the record number as an identifier under the clinic's system
  (setting ``clinic.record_number_system``), the label as its name;
* an **Encounter** for the visit;
* a **Device** for the bay tablet, and a **Practitioner** for each nurse named;
* one **QuestionnaireResponse** per check-in with answers, with ``subject``,
  ``encounter``, ``author`` (the tablet's Device, or a Practitioner when a nurse
  entered it) and ``source`` (the Patient, or the Practitioner);
* vital-sign **Observations** with LOINC codes (BP panel 85354-9 with 8480-6 and
  8462-4, heart rate 8867-4, SpO2 59408-5, respiratory rate 9279-1), the PADSS
  total and the ASQ outcome;
* every alert as a **Flag**.

Which answers count is :meth:`Questionnaire.values`: answers to disabled items
are dropped, in the CSV export as here (:func:`counted_answers`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from random import getrandbits
from typing import Any

from kiosk.domain.questionnaire import (
    AnswerError,
    AsqOutcome,
    Questionnaire,
    asq_outcome,
)
from kiosk.domain.questionnaire.response_template import ResponseTemplate
from kiosk.domain.records import (
    AlertRecord,
    AnswerRecord,
    CheckinKind,
    CheckinRecord,
    CheckinStatus,
    ObservationRecord,
    VisitRecord,
    VisitStatus,
)
from kiosk.services.fhir_vitals import KIOSK_CODES, vitals_observations

VISIT_SYSTEM = "urn:recovery-kiosk:visit"
CHECKIN_SYSTEM = "urn:recovery-kiosk:checkin"
ALERT_SYSTEM = "urn:recovery-kiosk:alert"
DEVICE_SYSTEM = "urn:recovery-kiosk:bay-tablet"
_ENCOUNTER_STATUS = {VisitStatus.RECOVERING: "in-progress", VisitStatus.DISCHARGED: "finished",
                     VisitStatus.CANCELLED: "cancelled"}
_ASQ_DISPLAY = {AsqOutcome.NEGATIVE: "Negative screen",
                AsqOutcome.NON_ACUTE_POSITIVE: "Non-acute positive screen",
                AsqOutcome.ACUTE_POSITIVE: "Acute positive screen"}

QuestionnaireFor = Callable[[CheckinRecord], Questionnaire]


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


_TEMPLATES: dict[int, ResponseTemplate] = {}


def template_of(q: Questionnaire) -> ResponseTemplate:
    """The questionnaire's :class:`ResponseTemplate`, made once per questionnaire object."""
    template = _TEMPLATES.get(id(q))
    if template is None or template.q is not q:
        if len(_TEMPLATES) >= 16:  # tests load many questionnaires: keep a few
            _TEMPLATES.clear()
        template = _TEMPLATES[id(q)] = ResponseTemplate(q)
    return template


def counted_answers(checkins: Sequence[CheckinRecord], answers: Sequence[AnswerRecord],
                    questionnaire_for: QuestionnaireFor) -> list[AnswerRecord]:
    """The stored answers that count: those to items enabled by the other answers.

    Used by the CSV export so that it agrees with the FHIR one.
    """
    by_checkin: dict[int, dict[str, Any]] = {}
    for a in answers:
        by_checkin.setdefault(a.checkin_id, {})[a.link_id] = a.value
    kept: dict[int, set[str]] = {}
    for checkin in checkins:
        given = by_checkin.get(checkin.id)
        if given:
            try:
                kept[checkin.id] = set(template_of(questionnaire_for(checkin)).counted(given))
            except KeyError:  # its questionnaire is no longer loaded: keep what is stored
                kept[checkin.id] = set(given)
    return [a for a in answers if a.link_id in kept.get(a.checkin_id, set())]


_VERSION_4 = (0xF000 << 64) | (0xC000 << 48)
_VERSION_4_BITS = (0x4000 << 64) | (0x8000 << 48)


def _urn_uuid() -> str:
    """A random (version 4) UUID as a urn, as ``uuid.uuid4()`` makes, at a third of its cost.

    Only unique within the export (an EHR resolves them inside each Bundle):
    no secret, so the fast generator of :mod:`random` serves.
    """
    h = f"{(getrandbits(128) & ~_VERSION_4) | _VERSION_4_BITS:032x}"
    return f"urn:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class _Entries:
    """Bundle entries with a urn:uuid each; `ref` gives the reference to one."""

    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []

    def add(self, resource: dict[str, Any]) -> str:
        full_url = _urn_uuid()
        self.entries.append({"fullUrl": full_url, "resource": resource})
        return full_url


def _patient(visit: VisitRecord, record_system: str) -> dict[str, Any]:
    patient: dict[str, Any] = {"resourceType": "Patient",
                               "name": [{"text": visit.patient_label}]}
    if visit.record_number:
        patient["identifier"] = [{"use": "usual", "system": record_system,
                                  "value": visit.record_number}]
    return patient


def _encounter(visit: VisitRecord, patient: str) -> dict[str, Any]:
    period: dict[str, str] = {"start": _stamp(visit.created_at)}
    if visit.status is not VisitStatus.RECOVERING and visit.status_changed_at is not None:
        period["end"] = _stamp(visit.status_changed_at)
    return {"resourceType": "Encounter", "status": _ENCOUNTER_STATUS[visit.status],
            "identifier": [{"system": VISIT_SYSTEM, "value": str(visit.id)}],
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                      "code": "AMB", "display": "ambulatory"},
            "type": [{"text": f"Recovery after {visit.treatment.value.replace('_', ' ')}"}],
            "subject": {"reference": patient}, "period": period,
            "language": visit.language}


def _flag(alert: AlertRecord, patient: str, encounter: str) -> dict[str, Any]:
    period: dict[str, str] = {"start": _stamp(alert.raised_at)}
    if alert.acknowledged_at is not None:
        period["end"] = _stamp(alert.acknowledged_at)
    return {"resourceType": "Flag",
            "identifier": [{"system": ALERT_SYSTEM, "value": str(alert.id)}],
            "status": "active" if alert.is_open else "inactive",
            "category": [{"coding": [{"system": KIOSK_CODES, "code": alert.severity.value}],
                          "text": alert.severity.value}],
            "code": {"text": alert.cause}, "subject": {"reference": patient},
            "encounter": {"reference": encounter}, "period": period}


def _asq(outcome: AsqOutcome, checkin: CheckinRecord, refs: Mapping[str, str]
         ) -> dict[str, Any]:
    when = checkin.completed_at or checkin.started_at or checkin.due_at
    return {"resourceType": "Observation", "status": "final",
            "code": {"coding": [{"system": KIOSK_CODES, "code": "asq-outcome",
                                 "display": "ASQ suicide risk screening outcome"}],
                     "text": "ASQ outcome"},
            "subject": {"reference": refs["patient"]},
            "encounter": {"reference": refs["encounter"]},
            "effectiveDateTime": _stamp(when),
            "valueCodeableConcept": {"coding": [{"system": KIOSK_CODES, "code": outcome.value,
                                                 "display": _ASQ_DISPLAY[outcome]}],
                                     "text": _ASQ_DISPLAY[outcome]},
            "derivedFrom": [{"reference": refs["response"]}]}


def visit_bundle(visit: VisitRecord, *, checkins: Sequence[CheckinRecord],
                 answers: Mapping[int, Mapping[str, Any]],
                 observations: Sequence[ObservationRecord], alerts: Sequence[AlertRecord],
                 questionnaire_for: QuestionnaireFor, record_system: str,
                 now: datetime) -> tuple[dict[str, Any], int]:
    """The visit's Bundle and how many check-ins had to be left out.

    A check-in is left out when its answers no longer fit its questionnaire.
    """
    out = _Entries()
    patient = out.add(_patient(visit, record_system))
    encounter = out.add(_encounter(visit, patient))
    device = out.add({"resourceType": "Device",
                      "identifier": [{"system": DEVICE_SYSTEM, "value": visit.bay}],
                      "deviceName": [{"name": f"Recovery kiosk tablet, {visit.bay}",
                                      "type": "user-friendly-name"}]})
    nurses: dict[str, str] = {}

    def practitioner(name: str) -> str:
        if name not in nurses:
            nurses[name] = out.add({"resourceType": "Practitioner", "name": [{"text": name}]})
        return nurses[name]

    refs = {"patient": patient, "encounter": encounter}
    skipped = 0
    for checkin in checkins:
        given = answers.get(checkin.id)
        if not given:
            continue
        template = template_of(questionnaire_for(checkin))
        authored = checkin.completed_at or checkin.started_at or checkin.due_at
        done = checkin.status is CheckinStatus.COMPLETED
        try:
            response = template.response(
                given, authored=authored, status="completed" if done else "in-progress",
                subject_ref=patient, lang=visit.language)
        except AnswerError:
            skipped += 1
            continue
        by_nurse = checkin.entered_by == "nurse"
        # The check-in row does not say which nurse typed it in; the Practitioner
        # stands for "a nurse of this clinic" (its name says so).
        author = practitioner("Recovery nurse") if by_nurse else device
        response.update({
            "identifier": {"system": CHECKIN_SYSTEM, "value": str(checkin.id)},
            "encounter": {"reference": encounter}, "author": {"reference": author},
            "source": {"reference": author if by_nurse else patient}})
        refs["response"] = out.add(response)
        if checkin.kind is CheckinKind.READY_TO_GO and done:
            outcome = asq_outcome(template.values(given))
            if outcome is not AsqOutcome.NOT_ASKED:
                out.add(_asq(outcome, checkin, refs))
    for observation in observations:
        performer = practitioner(observation.entered_by) if observation.entered_by else None
        for resource in vitals_observations(observation, patient, encounter, performer):
            out.add(resource)
    for alert in alerts:
        out.add(_flag(alert, patient, encounter))
    bundle = {"resourceType": "Bundle", "type": "collection",
              "identifier": {"system": VISIT_SYSTEM, "value": str(visit.id)},
              "timestamp": _stamp(now), "entry": out.entries}
    return bundle, skipped


def read_bundle(bundle: Mapping[str, Any],
                questionnaires: Mapping[str, Questionnaire]) -> dict[str, Any]:
    """Reads a visit Bundle back (the round trip of the export).

    Returns:
        ``record_number``, ``label``, ``visit`` (the Encounter's visit id) and
        ``answers``: check-in id -> answers read by the project's own import
        (:func:`answers_from_questionnaire_response`).

    Raises:
        ValueError: a reference does not resolve inside the Bundle, or a response
            answers a questionnaire that is not loaded.
    """
    from kiosk.domain.questionnaire import answers_from_questionnaire_response

    entries = {e["fullUrl"]: e["resource"] for e in bundle.get("entry", [])}
    out: dict[str, Any] = {"answers": {}}
    for resource in entries.values():
        for ref in _references(resource):
            if ref not in entries:
                raise ValueError(f"reference {ref} does not resolve inside the Bundle")
        kind = resource["resourceType"]
        if kind == "Patient":
            out["label"] = resource["name"][0]["text"]
            ids = resource.get("identifier") or [{}]
            out["record_number"] = ids[0].get("value")
        elif kind == "Encounter":
            out["visit"] = resource["identifier"][0]["value"]
        elif kind == "QuestionnaireResponse":
            url = str(resource["questionnaire"]).split("|")[0]
            if url not in questionnaires:
                raise ValueError(f"no questionnaire {url} is loaded")
            checkin = int(resource["identifier"]["value"])
            out["answers"][checkin] = answers_from_questionnaire_response(
                questionnaires[url], resource)
    return out


def _references(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [str(value["reference"])] if isinstance(value.get("reference"), str) else []
        return found + [r for v in value.values() for r in _references(v)]
    if isinstance(value, list):
        return [r for v in value for r in _references(v)]
    return []
