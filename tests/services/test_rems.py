"""The esketamine REMS record: built from a real visit, written as PDF and CSV, "BP due"."""

from __future__ import annotations

import csv
import stat
from datetime import timedelta

import pytest
from PySide6.QtPdf import QPdfDocument

from kiosk.domain.records import Severity, Treatment
from kiosk.domain.rems import BP_DUE_RULE
from kiosk.services.alerts import CALL_NURSE_CAUSE
from kiosk.services.observations import ObservationEntry
from kiosk.services.rems_csv import FIELDS
from kiosk.views.documents.renderer import QtDocuments

ENTRY = dict(pulse=72, spo2=98, on_room_air=True, ambulation=2, nausea_vomiting=2, pain=1,
             resp_rate=14)


@pytest.fixture(autouse=True)
def _gui(qapp):
    """The PDF is laid out with Qt's fonts."""


def _obs(services, visit_id, systolic, diastolic, moaas, dissociation):
    services.observations.record(visit_id, ObservationEntry(
        systolic=systolic, diastolic=diastolic, moaas=moaas, dissociation=dissociation,
        **ENTRY), staff_id=None)


def _local(moment, fmt="%H:%M"):
    return moment.astimezone().strftime(fmt)


@pytest.fixture
def session(services):
    """An 84 mg esketamine session: BP 132/84 before, 158/96 at 40 min, 128/80 at 125 min."""
    clock = services.clock
    dosed = clock.now()
    v = services.visits.start(patient_label="Maya R.", bay="Bay 1", record_number="MRN-7",
                              treatment=Treatment.ESKETAMINE, dose_mg=84, infusion_end=dosed,
                              baseline_systolic=132, baseline_diastolic=84, baseline_pulse=70)
    clock.advance(minutes=15)
    _obs(services, v.id, 140, 88, 3, "present")
    clock.advance(minutes=25)
    _obs(services, v.id, 158, 96, 4, "present")
    clock.advance(minutes=10)
    alert = services.alerts.raise_alert(v.id, "Nausea 7 of 10", Severity.URGENT)
    clock.advance(minutes=2)
    services.alerts.acknowledge(alert.id, staff_id=None, note="Ondansetron given by mouth")
    services.alerts.call_nurse(v.id)
    clock.advance(minutes=73)
    _obs(services, v.id, 128, 80, 5, "resolved")
    services.observations.set_respiratory_depression(v.id, False, staff_id=None)
    clock.advance(minutes=5)
    return v, dosed


def test_record_is_filled_field_by_field_from_the_visit(services, session):
    v, dosed = session
    ready = services.clock.now()
    record = services.rems.record(v.id, ready_at=ready, nurse_name="Nia Nurse")
    assert (record.dose_mg, record.dosed_at, record.record_number) == (84, dosed, "MRN-7")
    assert (record.bp_pre.text, record.bp_pre.taken_at) == ("132/84", None)
    assert (record.bp_40.text, record.bp_40.taken_at) == ("158/96", dosed + timedelta(minutes=40))
    assert (record.bp_end.text, record.bp_end.taken_at) == ("128/80",
                                                            dosed + timedelta(minutes=125))
    assert [(o.minutes, o.moaas, o.dissociation) for o in record.observations] == [
        (15, 3, "present"), (40, 4, "present"), (125, 5, "resolved")]
    assert record.respiratory_depression is False
    assert record.monitoring_minutes == 130
    assert [e.text for e in record.adverse_events] == [
        "Systolic BP rising after the 40-minute check (140 -> 158)", "Nausea 7 of 10",
        "Nurse note: Ondansetron given by mouth", CALL_NURSE_CAUSE]
    assert record.nurse_name == "Nia Nurse"
    assert record.missing(services.clock.now()) == []
    assert services.rems.record(services.visits.start(
        patient_label="Ivy I.", bay="Bay 2", treatment=Treatment.IV_KETAMINE).id) is None


def test_pdf_and_csv_carry_every_field(services, session):
    v, dosed = session
    record = services.rems.record(v.id, ready_at=services.clock.now(), nurse_name="Nia Nurse")
    pdf, csv_path = services.rems.write(record, QtDocuments(services.paths.resources / "i18n"))
    assert "Maya" not in pdf.name and "Maya" not in csv_path.name
    for path in (pdf, csv_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    text = " ".join(document.getAllText(0).text().split())
    document.close()
    for words in ("Spravato (esketamine) REMS", "Maya R.", "MRN-7", "84 mg",
                  _local(dosed, "%Y-%m-%d %H:%M"), "132/84 mmHg (entered at the start",
                  "158/96 mmHg at " + _local(dosed + timedelta(minutes=40)) + " (40 min",
                  "128/80 mmHg at " + _local(dosed + timedelta(minutes=125)) + " (125 min",
                  "Respiratory depression no", "130 minutes", "Nia Nurse",
                  "Nausea 7 of 10", "Ondansetron given by mouth", "resolved"):
        assert words in text, words
    assert "Still needed" not in text
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(FIELDS)
    (row,) = rows
    assert row["visit_id"] == str(v.id) and row["record_number"] == "MRN-7"
    assert row["patient"] == "Maya R." and row["dose_mg"] == "84"
    assert row["dosed_at"] == dosed.astimezone().isoformat(timespec="minutes")
    assert (row["bp_pre_dose"], row["bp_40_min"], row["bp_end"]) == ("132/84", "158/96",
                                                                     "128/80")
    assert row["bp_40_min_at"] == (dosed + timedelta(minutes=40)).astimezone().isoformat(
        timespec="minutes")
    assert row["sedation_moaas"].split("; ")[-1].endswith("(125 min) 5")
    assert row["dissociation"].split("; ")[0].endswith("(15 min) present")
    assert row["respiratory_depression"] == "no"
    assert row["total_monitoring_minutes"] == "130" and row["nurse"] == "Nia Nurse"
    assert "Ondansetron given by mouth" in row["adverse_events"]
    services.rems.write(record, QtDocuments(services.paths.resources / "i18n"))
    with csv_path.open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 2  # appended, one header


@pytest.mark.parametrize(("minutes", "bp_at", "due"), [
    (44, None, False),   # not yet 45 minutes
    (45, None, True),
    (50, 36, False),     # taken from 35 minutes on: not due
    (50, 30, True),      # a reading before 35 minutes is not the 40-minute one
])
def test_bp_due_review_alert_once_after_45_minutes(services, minutes, bp_at, due):
    v = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                              treatment=Treatment.ESKETAMINE, dose_mg=56,
                              infusion_end=services.clock.now(), baseline_systolic=130)
    services.visits.start(patient_label="Ivy I.", bay="Bay 2", treatment=Treatment.IV_KETAMINE,
                          infusion_end=services.clock.now())
    if bp_at is not None:
        services.clock.advance(minutes=bp_at)
        _obs(services, v.id, 130, 80, 5, "resolved")
        services.clock.advance(minutes=minutes - bp_at)
    else:
        services.clock.advance(minutes=minutes)
    raised = services.rems.raise_bp_due()
    assert [a.visit_id for a in raised] == ([v.id] if due else [])
    if due:
        assert raised[0].severity is Severity.REVIEW and raised[0].rule_id == BP_DUE_RULE
        assert raised[0].cause.startswith("BP due")
        assert services.rems.raise_bp_due() == []  # only once
