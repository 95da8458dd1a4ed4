"""The nurse area's pages reach each other the way a nurse moves: board, visit, discharge."""

from __future__ import annotations

from kiosk.domain.records import Treatment
from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService
from kiosk.views.nurse.nurse_area import build_nurse_area


def test_discharge_button_on_visit_detail_opens_that_visit(qtbot, services):
    services.staff = StaffService(services.db, services.clock, TEST_PARAMS)
    nurse = services.staff.create_first_admin("Ada Admin", "246810")
    visit = services.visits.start(patient_label="Maya R.", bay="Bay 4",
                                  treatment=Treatment.IV_KETAMINE)
    area = build_nurse_area(services, nurse, station="Bay 4")
    qtbot.addWidget(area)
    detail = area.page("visit")
    detail.show_visit(visit.id)
    area.show_page("visit")
    detail.form.dischargeButton.click()
    assert area.current_key() == "discharge"
    assert area.page("discharge").visit.id == visit.id


def test_start_visit_defaults_to_this_tablets_bay(qtbot, services):
    services.staff = StaffService(services.db, services.clock, TEST_PARAMS)
    nurse = services.staff.create_first_admin("Ada Admin", "246810")
    area = build_nurse_area(services, nurse, station="Bay 7")
    qtbot.addWidget(area)
    page = area.page("start_visit")
    assert page.form.bayEdit.text() == "Bay 7"
