"""Export, audit and settings pages; registration in the nurse area; the audit trail."""

from __future__ import annotations

import csv
import stat

import pytest

from kiosk.config import Settings
from kiosk.domain.records import Treatment
from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.settings_store import SettingsStore
from kiosk.services.staff import StaffService
from kiosk.views.nurse.audit_model import COL_ACTION, COL_PERSON, AuditModel
from kiosk.views.nurse.audit_page import AuditPage
from kiosk.views.nurse.export_page import ExportPage
from kiosk.views.nurse.nurse_area import build_nurse_area
from kiosk.views.nurse.settings_page import SettingsPage

ADMIN_PIN, NURSE_PIN = "246810", "135790"


@pytest.fixture
def admin(services):
    return StaffService(services.db, services.clock, TEST_PARAMS).create_first_admin(
        "Ada Admin", ADMIN_PIN)


@pytest.fixture
def nurse(services, admin):
    return StaffService(services.db, services.clock, TEST_PARAMS).add_staff(
        "Nia Nurse", NURSE_PIN, by_id=admin.id)


def test_admin_gets_every_page_a_nurse_only_the_clinical_ones(qtbot, services, admin, nurse):
    boss = build_nurse_area(services, admin)
    qtbot.addWidget(boss)
    assert {"start_visit", "discharge", "export", "audit", "settings"} <= set(boss.page_keys())
    ward = build_nurse_area(services, nurse)
    qtbot.addWidget(ward)
    assert {"start_visit", "discharge"} <= set(ward.page_keys())
    assert not {"export", "audit", "settings"} & set(ward.page_keys())


def test_export_page_writes_owner_only_csv(qtbot, services, admin):
    services.visits.start(patient_label="Maya R.", bay="Bay 1", treatment=Treatment.ESKETAMINE)
    page = ExportPage(services, admin)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.exported, timeout=60000):  # a child process starts
        page.form.exportButton.click()
    assert "1 visits exported" in page.form.resultLabel.text()
    with (page.result.folder / "visits.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["patient_label"] for r in rows] == ["Maya R."]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in page.result.files)


def test_export_page_refuses_a_backwards_range(qtbot, services, admin):
    page = ExportPage(services, admin)
    qtbot.addWidget(page)
    page.form.fromDate.setDate(page.form.toDate.date().addDays(1))
    with qtbot.assertNotEmitted(page.exported):
        page.form.exportButton.click()
    assert "must be on or after" in page.form.resultLabel.text()


def test_audit_model_passes_the_model_tester(qtmodeltester, services, admin):
    services.audit.record("export", staff_id=admin.id, detail="x")
    model = AuditModel()
    model.set_events(services.audit.events())
    qtmodeltester.check(model)
    assert model.rowCount() == 3  # staff_added, recovery_code_issued, export
    assert model.index(0, COL_ACTION).data() == "export"
    assert model.index(0, COL_PERSON).data() == "Ada Admin"


def test_audit_page_filters_by_person(qtbot, services, admin, nurse):
    services.audit.record("export", staff_id=admin.id)
    services.audit.record("pin_failed", staff_id=nurse.id)
    page = AuditPage(services)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 5  # two staff_added, recovery code, export, pin_failed
    page.form.personCombo.setCurrentIndex(page.form.personCombo.findText("Nia Nurse"))
    page.form.showButton.click()
    actions = [page.model.event_at(r).action for r in range(page.model.rowCount())]
    assert actions == ["pin_failed"]
    assert page.form.countLabel.text() == "1 events"


def test_every_action_of_the_discharge_side_is_audited_without_patient_data(
        qtbot, services, admin, nurse):
    area = build_nurse_area(services, nurse)
    qtbot.addWidget(area)
    start = area.page("start_visit")
    start.form.patientEdit.setText("Maya R.")
    start.form.ivKetamineButton.click()
    with qtbot.waitSignal(start.visit_started) as started:
        start.form.startButton.click()
    visit_id = started.args[0]
    discharge = area.page("discharge")
    discharge.open_visit(visit_id)
    discharge.form.readyToGoButton.click()
    form = services.checkins.refresh_schedule(services.visits.get(visit_id))
    for link_id, value in (("asq-1", "no"), ("asq-2", "no"), ("asq-3", "no"), ("asq-4", "no"),
                           ("escort-confirmed", True), ("no-driving-ack", True)):
        services.checkins.record_answer(form.id, link_id, value)
    services.checkins.complete(form.id)
    services.observations.set_escort(visit_id, True, staff_id=nurse.id)  # the nurse confirms
    discharge.open_visit(visit_id)
    assert discharge.pin_pad.isEnabled()  # not ready, but nothing that cannot be overridden
    discharge.form.overrideEdit.setPlainText("Maya's ride is here, reviewed by Dr Lee")
    discharge.pin_pad.type_pin("999999")
    with qtbot.waitSignal(discharge.discharged):
        discharge.pin_pad.type_pin(NURSE_PIN)
    boss = build_nurse_area(services, admin)
    qtbot.addWidget(boss)
    with qtbot.waitSignal(boss.page("export").finished, timeout=10000):  # a worker thread
        boss.page("export").form.exportButton.click()
    settings = boss.page("settings")
    settings.edits[("clinic", "phone")].setText("(555) 222-3333")
    settings.form.saveButton.click()
    events = services.audit.events()
    actions = {e.action for e in events}
    assert {"visit_opened", "ready_to_go_requested", "pin_failed", "visit_discharged",
            "discharge_override", "export", "settings_changed"} <= actions
    for event in events:
        detail = event.detail or ""
        assert "Maya" not in detail and "Lee" not in detail and "222" not in detail


def test_settings_page_checks_as_typed_and_saves_across_restart(qtbot, services, admin):
    page = SettingsPage(services, admin)
    qtbot.addWidget(page)
    spo2 = page.edits[("readiness", "spo2_min")]
    message = page.messages[("readiness", "spo2_min")]
    assert not page.form.saveButton.isEnabled()  # nothing changed yet
    spo2.setText("99")
    assert message.text() == "must be from 88 to 97"
    assert not page.form.saveButton.isEnabled()
    spo2.setText("abc")
    assert message.text() == "enter a whole number"
    spo2.setText("94")
    assert message.text() == "88 to 97"
    country = page.edits[("clinic", "country")]
    country.setText("U1")
    assert "two-letter country code" in page.messages[("clinic", "country")].text()
    assert not page.form.saveButton.isEnabled()
    country.setText("")
    crisis = page.edits[("clinic", "crisis_line")]
    crisis.setText("In Ireland, call 116 123.")
    with qtbot.waitSignal(page.settings_saved):
        page.form.saveButton.click()
    assert services.settings.readiness.spo2_min == 94
    assert services.readiness.settings.readiness.spo2_min == 94  # in force at once
    assert services.discharge.settings.clinic.crisis_line == "In Ireland, call 116 123."
    again = SettingsStore(services.db, services.clock).apply(Settings())
    assert again.readiness.spo2_min == 94
    assert again.clinic.crisis_line == "In Ireland, call 116 123."
    changed = sorted(e.detail for e in services.audit.events() if e.action == "settings_changed")
    assert changed == ["clinic.crisis_line", "readiness.spo2_min"]


def test_export_runs_off_the_gui_thread_with_progress(qtbot, services, admin):
    import threading

    for n in range(3):
        services.visits.start(patient_label=f"Pat {'ABC'[n]}.", bay=f"Bay {n}",
                              treatment=Treatment.IV_KETAMINE)
    page = ExportPage(services, admin)
    qtbot.addWidget(page)
    page.show()
    threads: list[str] = []
    real = services.export.bundle_builder

    def noting(rows, now):
        threads.append(threading.current_thread().name)
        return real(rows, now)

    services.export.bundle_builder = noting
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.form.exportButton.click()
        assert page.progress.isVisible() and page.cancel_button.isVisible()
        assert not page.form.exportButton.isEnabled()
    assert threads and set(threads) == {"export"}
    assert page.progress.isHidden() and page.form.exportButton.isEnabled()
    assert "3 visits exported" in page.form.resultLabel.text()


def test_cancel_stops_the_export_and_keeps_no_files(qtbot, services, admin):
    import threading

    services.visits.start(patient_label="Maya R.", bay="Bay 1", treatment=Treatment.ESKETAMINE)
    services.visits.start(patient_label="Jo K.", bay="Bay 2", treatment=Treatment.ESKETAMINE)
    page = ExportPage(services, admin)
    qtbot.addWidget(page)
    page.show()
    entered, release = threading.Event(), threading.Event()
    real = services.export.bundle_builder

    def held(rows, now):  # the export is mid-way when the nurse presses Cancel
        entered.set()
        release.wait(10)
        return real(rows, now)

    services.export.bundle_builder = held
    page.form.exportButton.click()
    qtbot.waitUntil(entered.is_set, timeout=5000)
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.cancel_button.click()
        release.set()
    assert page.result is None
    assert page.form.resultLabel.text() == "The export was cancelled. No files were kept."
    assert not any(services.paths.exports.glob("export-*"))
    assert page.progress.isHidden() and page.form.exportButton.isEnabled()
