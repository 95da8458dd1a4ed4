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


def test_first_start_asks_for_the_first_admin_then_opens_nurse_mode(shell, real_staff,
                                                                   services):
    kiosk = shell()
    assert kiosk.mode == "setup"
    # Step 1: the clinic's country; no default, so nothing can continue until it is chosen.
    step = kiosk.country_step
    assert kiosk.window.stack.currentWidget() is step
    assert not step.continue_button.isEnabled()
    assert "never prints another country" in step.preview.text()
    step.choose("GB")
    assert "116 123" in step.preview.text() and "samaritans.org" in step.preview.text()
    step.continue_button.click()
    assert services.settings.clinic.country == "GB"
    assert services.discharge.crisis_lines("en")[0].startswith("Call Samaritans")
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


@pytest.mark.parametrize(("code", "line", "enabled"), [
    ("", "", False), ("XK", "", False), ("X", "Call 0800 000 000", False),
    ("xk", "Call 0800 000 000 any time", True),
])
def test_an_unknown_country_must_have_its_line_typed(shell, services, code, line, enabled):
    kiosk = shell()
    step = kiosk.country_step
    step.choose("other")
    assert step.line_edit.isVisibleTo(step)
    step.code_edit.setText(code)
    step.line_edit.setText(line)
    assert step.continue_button.isEnabled() is enabled
    if enabled:
        step.continue_button.click()
        assert (services.settings.clinic.country, services.settings.clinic.crisis_line) == (
            "XK", "Call 0800 000 000 any time")
        assert services.discharge.crisis_lines("es") == ["Call 0800 000 000 any time"]
        assert kiosk.first_run_page is not None
