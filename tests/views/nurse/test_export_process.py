"""The export page writes in a child process: the GUI's process never holds the GIL for it."""

from __future__ import annotations

import json
import os
import stat

from PySide6.QtCore import QDate

from kiosk.app import Options, prepare
from kiosk.domain.records import Treatment
from kiosk.services.export import CHUNK
from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService
from kiosk.storage.cipher import key_of
from kiosk.views.nurse.export_page import ExportPage
from tests.services.test_export_scale import fill

BAY = "Bay 4"


def test_an_encrypted_database_is_exported_by_a_child_process(qtbot, paths, clock):
    services = prepare(Options(None, None, True, False, BAY), paths=paths,
                       clock=clock).services
    assert key_of(services.db.engine) is not None, "the default database is encrypted"
    admin = StaffService(services.db, clock, TEST_PARAMS).create_first_admin(
        "Ana Admin", "482916")
    services.visits.start(patient_label="Maya R.", bay=BAY, treatment=Treatment.ESKETAMINE)
    job = services.export.job(clock.now().replace(year=2000), clock.now().replace(year=2100))
    assert job.key is not None and job.key.hex() not in repr(job)
    page = ExportPage(services, admin)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.exported, timeout=60000):
        page.form.exportButton.click()
        worker = page.worker
    assert worker is not None and worker.pid is not None and worker.pid != os.getpid()
    result = page.result
    assert result is not None and result.visit_count == 1
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in result.files)
    bundle = json.loads(next((result.folder / "fhir").iterdir()).read_text())
    assert bundle["resourceType"] == "Bundle"
    # The parent records the audit event, with counts only.
    events = [e for e in services.audit.events() if e.action == "export"]
    assert len(events) == 1 and "1 visits, 6 files" in events[0].detail
    # A message a nurse can read: the folder's name and the count, not a long path.
    text = page.form.resultLabel.text()
    assert text == (f"1 visits exported: 6 files in the folder {result.folder.name} "
                    "in the exports folder.")
    assert str(paths.data_dir) not in text
    services.db.close()


def test_cancel_stops_the_child_and_keeps_no_files(qtbot, services):
    fill(services.db, CHUNK * 20)  # with eight nurses
    admin = services.staff.active_staff()[0]
    page = ExportPage(services, admin)
    qtbot.addWidget(page)
    today = QDate.currentDate()  # fill() writes the year before the real today
    page.form.toDate.setDate(today.addDays(1))
    page.form.fromDate.setDate(today.addDays(-400))
    page.show()
    page.form.exportButton.click()
    worker = page.worker
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=60000)  # the first chunk
    assert worker is not None and worker.pid is not None
    assert page.progress.value() < CHUNK * 20
    with qtbot.waitSignal(page.finished, timeout=60000):
        page.cancel_button.click()
    assert page.result is None
    assert page.form.resultLabel.text() == "The export was cancelled. No files were kept."
    assert not any(services.paths.exports.glob("export-*"))  # .partial included
    assert not [e for e in services.audit.events() if e.action == "export"]
    assert page.progress.isHidden() and page.form.exportButton.isEnabled()
    # The child has ended (the worker waited for it).
    try:
        os.kill(worker.pid, 0)
    except ProcessLookupError:
        pass
    else:
        raise AssertionError(f"the export process {worker.pid} still runs")


def test_closing_the_page_mid_export_stops_the_child_and_keeps_no_files(qtbot, services):
    fill(services.db, CHUNK * 20)
    page = ExportPage(services, services.staff.active_staff()[0])
    today = QDate.currentDate()
    page.form.toDate.setDate(today.addDays(1))
    page.form.fromDate.setDate(today.addDays(-400))
    page.show()
    page.form.exportButton.click()
    worker = page.worker
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=60000)
    with qtbot.waitSignal(page.destroyed, timeout=10000):
        page.deleteLater()  # the shell replaced the page, or the app is closing
    assert worker.wait(60), "the export thread ends"
    assert not any(services.paths.exports.glob("export-*"))
    assert not [e for e in services.audit.events() if e.action == "export"]
