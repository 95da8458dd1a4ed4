"""The production shell with real staff accounts: first run, starting a visit at the bay."""

from __future__ import annotations

import pytest

from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService
from kiosk.views.shell import build_shell

PIN = "204680"


@pytest.fixture
def real_staff(services):
    services.staff = StaffService(services.db, services.clock, TEST_PARAMS)
    return services.staff


@pytest.fixture
def shell(services, real_staff, qtbot):
    shells = []

    def make(**kwargs):
        shell = build_shell(services, station="Bay 1", **{"nurse_station": False, **kwargs})
        qtbot.addWidget(shell.window)
        shell.show(windowed=True)
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.stop()
        shell.window.patient_mode = False


def test_first_start_asks_for_the_first_admin_then_opens_nurse_mode(shell, real_staff):
    kiosk = shell()
    assert kiosk.mode == "setup"
    page = kiosk.first_run_page
    assert kiosk.window.stack.currentWidget() is page
    assert kiosk.window.call_nurse_button.isHidden()
    page.form.nameEdit.setText("Ada Admin")
    page.pad.type_pin(PIN)
    page.pad.type_pin(PIN)
    assert kiosk.mode == "nurse"
    assert [s.name for s in real_staff.active_staff()] == ["Ada Admin"]
    assert real_staff.verify_pin(real_staff.active_staff()[0].id, PIN).ok


def test_no_first_run_once_an_account_exists(shell, real_staff):
    real_staff.create_first_admin("Ada Admin", PIN)
    kiosk = shell()
    assert kiosk.mode == "patient"
    assert kiosk.first_run_page is None
    assert kiosk.flow.screen == "idle"


def test_nurse_starts_a_visit_on_this_tablet_and_it_greets_the_patient(shell, real_staff):
    admin = real_staff.create_first_admin("Ada Admin", PIN)
    kiosk = shell()
    kiosk.window.staff_button.click()
    kiosk.pin_page.staff_tiles[admin.id].click()
    kiosk.pin_page.pad.type_pin(PIN)
    assert kiosk.mode == "nurse"
    area = kiosk.nurse_area
    area.show_page("start_visit")
    form = area.page("start_visit").form
    assert form.bayEdit.text() == "Bay 1"
    form.patientEdit.setText("Rosa T.")
    form.esketamineButton.click()
    area.page("start_visit").dose_edit.setText("56")
    form.startButton.click()
    assert kiosk.mode == "patient"
    assert kiosk.flow.screen == "welcome"
    assert kiosk.flow.welcome.form.greetingLabel.text() == "Welcome, Rosa"
