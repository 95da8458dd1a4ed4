"""The visit Bundle an EHR can join: R4B-valid resources, references inside the Bundle,
LOINC vitals, PADSS and ASQ Observations, Flags, and a round trip through our import."""

from __future__ import annotations

import csv
import json
from datetime import timedelta

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from kiosk.domain.questionnaire import links as L
from kiosk.domain.records import CheckinKind, Treatment
from kiosk.services.fhir_bundle import read_bundle
from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService
from tests.support.board_demo import GOOD_ENTRY


@pytest.fixture
def admin(services):
    return StaffService(services.db, services.clock, TEST_PARAMS).create_first_admin(
        "Ada Admin", "246810")


def _calm(q):
    answers = {}
    item = q.next_item(answers)
    while item is not None:
        if item.options:
            exclusive = [o.code for o in item.options if o.exclusive]
            code = "no" if item.link_id.startswith("asq") else (
                exclusive or [item.options[0].code])[0]
            answers[item.link_id] = [code] if item.repeats else code
        elif item.type.value == "integer":
            answers[item.link_id] = item.min_value or 0
        elif item.type.value == "boolean":  # yes only to "someone takes me home" etc.
            answers[item.link_id] = item.link_id in (L.ESCORT_CONFIRMED, L.NO_DRIVING_ACK)
        item = q.next_item(answers, item.link_id)
    return answers


@pytest.fixture
def visit_export(services, admin):
    visit = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.ESKETAMINE, record_number="MRN-0042",
                                  baseline_systolic=124, baseline_diastolic=78,
                                  baseline_pulse=72)
    checkin = services.checkins.start_now(visit.id)
    q = services.checkins.questionnaire_for(checkin)
    answers = _calm(q)
    answers[L.NAUSEA] = 0
    for link_id, value in answers.items():
        services.checkins.record_answer(checkin.id, link_id, value)
    # An answer to an item that the other answers disable (nausea 0: no trend asked).
    services.checkins.record_answer(checkin.id, L.NAUSEA_TREND, "worse")
    services.checkins.complete(checkin.id)
    ready = services.checkins.start_now(visit.id, CheckinKind.READY_TO_GO)
    rq = services.checkins.questionnaire_for(ready)
    for link_id, value in _calm(rq).items():
        services.checkins.record_answer(ready.id, link_id, value)
    services.checkins.complete(ready.id)
    services.observations.record(visit.id, GOOD_ENTRY, staff_id=admin.id)
    alert = services.alerts.call_nurse(visit.id)
    services.alerts.acknowledge(alert.id, staff_id=admin.id, note="Water given")
    services.clock.advance(minutes=1)
    now = services.clock.now()
    result = services.export.export(now - timedelta(days=1), now + timedelta(days=1),
                                    staff_id=admin.id)
    data = json.loads((result.folder / "fhir" / f"visit-{visit.id}.json").read_text())
    return visit, checkin, data, result


def _resources(data, kind):
    return [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == kind]


def test_every_resource_validates_with_r4b_and_references_resolve(visit_export):
    _, _, data, _ = visit_export
    Bundle.model_validate(data)
    urls = {e["fullUrl"] for e in data["entry"]}
    assert len(urls) == len(data["entry"])
    for entry in data["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        text = json.dumps(resource)
        for part in text.split('"reference": "')[1:]:
            assert part.split('"')[0] in urls
    kinds = {e["resource"]["resourceType"] for e in data["entry"]}
    assert kinds == {"Patient", "Encounter", "Device", "Practitioner",
                     "QuestionnaireResponse", "Observation", "Flag"}


def test_patient_carries_the_record_number_under_the_clinic_system(visit_export):
    _, _, data, _ = visit_export
    [patient] = _resources(data, "Patient")
    assert patient["identifier"] == [{"use": "usual",
                                      "system": "urn:recovery-kiosk:record-number",
                                      "value": "MRN-0042"}]
    assert patient["name"] == [{"text": "Maya R."}]


def test_record_number_system_is_a_setting(services, admin):
    services.settings = services.settings.with_value(
        "clinic", "record_number_system", "urn:oid:2.16.840.1.113883.19.5")
    services.__dict__.pop("export", None)  # rebuilt with the setting in force
    visit = services.visits.start(patient_label="Ann B.", bay="Bay 2",
                                  treatment=Treatment.IV_KETAMINE, record_number="77")
    now = services.clock.now()
    result = services.export.export(now - timedelta(days=1), now + timedelta(days=1),
                                    staff_id=admin.id)
    data = json.loads((result.folder / "fhir" / f"visit-{visit.id}.json").read_text())
    [patient] = _resources(data, "Patient")
    assert patient["identifier"][0]["system"] == "urn:oid:2.16.840.1.113883.19.5"


def test_responses_name_subject_encounter_author_and_source(visit_export):
    _, _, data, _ = visit_export
    patient = next(e["fullUrl"] for e in data["entry"]
                   if e["resource"]["resourceType"] == "Patient")
    encounter = next(e["fullUrl"] for e in data["entry"]
                     if e["resource"]["resourceType"] == "Encounter")
    device = next(e["fullUrl"] for e in data["entry"]
                  if e["resource"]["resourceType"] == "Device")
    responses = _resources(data, "QuestionnaireResponse")
    assert len(responses) == 2
    for response in responses:
        assert response["subject"] == {"reference": patient}
        assert response["encounter"] == {"reference": encounter}
        assert response["author"] == {"reference": device}  # the bay tablet
        assert response["source"] == {"reference": patient}  # the patient answered


def test_vitals_padss_and_asq_observations(visit_export):
    _, _, data, _ = visit_export
    observations = _resources(data, "Observation")
    codes = {o["code"]["coding"][0]["code"]: o for o in observations}
    assert {"85354-9", "8867-4", "59408-5", "9279-1", "padss-total", "asq-outcome"} <= set(codes)
    bp = codes["85354-9"]
    assert [c["code"]["coding"][0]["code"] for c in bp["component"]] == ["8480-6", "8462-4"]
    assert bp["component"][0]["valueQuantity"]["value"] == GOOD_ENTRY.systolic
    assert codes["8867-4"]["valueQuantity"] == {"value": GOOD_ENTRY.pulse, "unit": "beats/minute",
                                                "system": "http://unitsofmeasure.org",
                                                "code": "/min"}
    assert codes["padss-total"]["valueInteger"] == 10
    assert codes["asq-outcome"]["valueCodeableConcept"]["coding"][0]["code"] == "negative"
    assert codes["8867-4"]["performer"]  # the nurse who recorded them


def test_alerts_are_flags(visit_export):
    _, _, data, _ = visit_export
    [flag] = _resources(data, "Flag")
    assert flag["status"] == "inactive" and flag["period"]["end"]
    assert flag["category"][0]["coding"][0]["code"] == "request"


def test_round_trip_through_our_own_import(services, visit_export):
    visit, checkin, data, _ = visit_export
    loaded = {q.url: q for q in (services.checkins.questionnaire_for(checkin),
                                 services.checkins.questionnaire(CheckinKind.READY_TO_GO))}
    back = read_bundle(data, loaded)
    assert back["record_number"] == "MRN-0042" and back["label"] == "Maya R."
    assert back["visit"] == str(visit.id)
    q = services.checkins.questionnaire_for(checkin)
    stored = services.checkins.answers(checkin.id)
    assert back["answers"][checkin.id] == q.values(stored)
    assert L.NAUSEA_TREND not in back["answers"][checkin.id]


def test_csv_and_fhir_agree_on_which_answers_count(visit_export):
    _, checkin, data, result = visit_export
    with (result.folder / "answers.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["checkin_id"] == str(checkin.id)]
    in_csv = {r["link_id"] for r in rows}
    [response] = [r for r in _resources(data, "QuestionnaireResponse")
                  if r["identifier"]["value"] == str(checkin.id)]

    def link_ids(items):
        for item in items:
            if "answer" in item:
                yield item["linkId"]
            yield from link_ids(item.get("item", []))

    assert L.NAUSEA_TREND not in in_csv  # disabled by nausea 0: dropped in both
    assert in_csv == set(link_ids(response["item"]))


def test_reference_to_nothing_is_refused(visit_export):
    _, _, data, _ = visit_export
    broken = json.loads(json.dumps(data))
    broken["entry"] = [e for e in broken["entry"] if e["resource"]["resourceType"] != "Patient"]
    with pytest.raises(ValueError, match="does not resolve"):
        read_bundle(broken, {})

