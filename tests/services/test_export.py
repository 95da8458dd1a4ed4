"""Export: CSV tables read back, FHIR bundles validated, owner-only files, audit."""

from __future__ import annotations

import csv
import json
import stat
from datetime import timedelta

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from kiosk.domain.records import Severity, Treatment
from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService


@pytest.fixture
def admin(services):
    return StaffService(services.db, services.clock, TEST_PARAMS).create_first_admin(
        "Ada Admin", "246810")


@pytest.fixture
def recorded(services, admin):
    """Two visits today (one with a completed check-in and an alert), one last week."""
    clock = services.clock
    clock.advance(days=-7)
    old = services.visits.start(patient_label="Old V.", bay="Bay 3",
                                treatment=Treatment.IV_KETAMINE)
    clock.advance(days=7)
    maya = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                 treatment=Treatment.ESKETAMINE, record_number="=cmd",
                                 baseline_systolic=124, baseline_diastolic=78, baseline_pulse=72)
    jonah = services.visits.start(patient_label="Jonah T.", bay="Bay 2",
                                  treatment=Treatment.IV_KETAMINE, language="es")
    checkin = services.checkins.start_now(maya.id)
    for link_id, value in _answers(services, checkin).items():
        services.checkins.record_answer(checkin.id, link_id, value)
    services.checkins.complete(checkin.id)
    alert = services.alerts.call_nurse(maya.id)
    services.alerts.acknowledge(alert.id, staff_id=admin.id, note="Water given")
    return old, maya, jonah, checkin


def _answers(services, checkin):
    """The calmest answer to every item the questionnaire asks."""
    q = services.checkins.questionnaire_for(checkin)
    answers = {}
    item = q.next_item(answers)
    while item is not None:
        if item.options:
            code = item.options[0].code
            answers[item.link_id] = [code] if item.repeats else code
        elif item.type.value == "integer":
            answers[item.link_id] = item.min_value or 0
        elif item.type.value == "boolean":
            answers[item.link_id] = False
        else:
            answers[item.link_id] = "fine"
        item = q.next_item(answers, item.link_id)
    return answers


def _range(services):
    now = services.clock.now()
    return now - timedelta(hours=12), now + timedelta(hours=12)


def _read(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_csv_tables_hold_the_range_only(services, admin, recorded):
    _old, maya, jonah, checkin = recorded
    result = services.export.export(*_range(services), staff_id=admin.id)
    assert result.visit_count == 2
    visits = _read(result.folder / "visits.csv")
    assert [int(v["id"]) for v in visits] == [maya.id, jonah.id]
    assert visits[0]["patient_label"] == "Maya R."
    assert visits[0]["treatment"] == "esketamine"
    assert visits[0]["baseline_systolic"] == "124"
    assert visits[0]["record_number"] == "'=cmd"  # spreadsheet formulas defused
    assert visits[1]["language"] == "es"
    checkins = _read(result.folder / "checkins.csv")
    assert [(int(c["id"]), c["status"]) for c in checkins] == [(checkin.id, "completed")]
    answers = _read(result.folder / "answers.csv")
    stored = services.checkins.answers(checkin.id)
    assert {a["link_id"] for a in answers} == set(stored)
    assert all(int(a["visit_id"]) == maya.id for a in answers)
    alerts = {a["rule_id"]: a for a in _read(result.folder / "alerts.csv")}
    assert set(alerts) == {a.rule_id for a in services.alerts.for_visit(maya.id)}
    call = alerts["call-nurse"]
    assert call["severity"] == Severity.REQUEST.value
    assert call["acknowledged_by"] == "Ada Admin"
    assert call["note"] == "Water given"
    assert _read(result.folder / "observations.csv") == []
    header = (result.folder / "observations.csv").read_text().splitlines()[0]
    assert "padss_total" in header


def test_fhir_bundles_validate(services, admin, recorded):
    _, maya, jonah, checkin = recorded
    result = services.export.export(*_range(services), staff_id=admin.id)
    data = json.loads((result.folder / "fhir" / f"visit-{maya.id}.json").read_text())
    bundle = Bundle.model_validate(data)
    assert bundle.type == "collection"
    kinds = [e["resource"]["resourceType"] for e in data["entry"]]
    assert kinds.count("QuestionnaireResponse") == 1 and "Patient" in kinds
    [raw] = [e["resource"] for e in data["entry"]
             if e["resource"]["resourceType"] == "QuestionnaireResponse"]
    response = QuestionnaireResponse.model_validate(raw)
    assert response.status == "completed"
    assert response.identifier.value == str(checkin.id)
    assert response.questionnaire.startswith(services.checkins.questionnaire_for(checkin).url)
    empty = json.loads((result.folder / "fhir" / f"visit-{jonah.id}.json").read_text())
    # A visit without answers still has its Patient, Encounter and tablet.
    assert [e["resource"]["resourceType"] for e in empty["entry"]] == [
        "Patient", "Encounter", "Device"]


def test_files_are_owner_only_and_export_is_audited(services, admin, recorded):
    result = services.export.export(*_range(services), staff_id=admin.id)
    assert stat.S_IMODE(result.folder.stat().st_mode) == 0o700
    assert len(result.files) == 5 + 2
    for path in result.files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    event = services.audit.events()[0]
    assert event.action == "export" and event.staff_name == "Ada Admin"
    assert "2 visits" in event.detail and "Maya" not in event.detail


def test_backwards_range_is_refused(services, admin):
    since, until = _range(services)
    with pytest.raises(ValueError, match="after its start"):
        services.export.export(until, since, staff_id=admin.id)
