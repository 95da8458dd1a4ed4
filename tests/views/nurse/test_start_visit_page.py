"""Start-visit page: validation messages, 5-minute steps, the visit created, the signal."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.domain.records import Treatment
from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService
from kiosk.views.nurse.start_visit_page import StartVisitPage


@pytest.fixture
def page(qtbot, services):
    nurse = StaffService(services.db, services.clock, TEST_PARAMS).create_first_admin(
        "Ada Admin", "246810")
    widget = StartVisitPage(services, nurse, bay="Bay 4")
    qtbot.addWidget(widget)
    return widget


def _message(page):
    return page.form.messageLabel.text()


def test_empty_form_names_what_is_missing(page, services, qtbot):
    with qtbot.assertNotEmitted(page.visit_started):
        page.form.startButton.click()
    assert "Patient: enter a first name" in _message(page)
    assert "Treatment: choose" in _message(page)
    assert services.visits.active() == []


@pytest.mark.parametrize(("sys_", "dia", "pulse", "expected"), [
    ("300", "80", "70", "Systolic BP: enter a number from 70 to 250."),
    ("120", "", "70", "Blood pressure: enter both numbers, or neither."),
    ("80", "90", "70", "the first number must be the larger one"),
    ("120", "80", "7", "Pulse: enter a number from 30 to 200."),
    ("12O", "80", "70", "Systolic BP: enter a number"),
])
def test_baseline_ranges_have_clear_messages(page, services, sys_, dia, pulse, expected):
    page.form.patientEdit.setText("Maya R.")
    page.form.ivKetamineButton.click()
    page.form.systolicEdit.setText(sys_)
    page.form.diastolicEdit.setText(dia)
    page.form.pulseEdit.setText(pulse)
    page.form.startButton.click()
    assert expected in _message(page)
    assert page.form.messageLabel.isVisibleTo(page)
    assert services.visits.active() == []


def test_bad_label_message_comes_from_the_service(page, services):
    page.form.patientEdit.setText("Maya 2")
    page.form.esketamineButton.click()
    page.dose_edit.setText("56")
    page.form.startButton.click()
    assert "letters" in _message(page)


def test_infusion_end_moves_in_five_minute_steps_within_limits(page, services):
    now = services.clock.now()
    assert page.infusion_end == now
    page.form.earlierButton.click()
    page.form.earlierButton.click()
    assert page.infusion_end == now - timedelta(minutes=10)
    assert page.form.endTimeLabel.text() == page.infusion_end.astimezone().strftime("%H:%M")
    page.form.nowButton.click()
    for _ in range(6):
        page.form.laterButton.click()
    assert page.infusion_end == now + timedelta(minutes=30)
    assert not page.form.laterButton.isEnabled()


def test_valid_form_creates_the_visit_and_emits_its_id(page, services, qtbot):
    page.form.patientEdit.setText("  Maya   R. ")
    page.form.recordEdit.setText("MRN-77")
    page.form.esketamineButton.click()
    page.form.earlierButton.click()
    page.form.systolicEdit.setText("128")
    page.form.diastolicEdit.setText("82")
    page.form.pulseEdit.setText("74")
    page.form.spanishButton.click()
    page.dose_edit.setText("84")
    assert page.form.bayEdit.text() == "Bay 4"
    expected_end = services.clock.now() - timedelta(minutes=5)
    with qtbot.waitSignal(page.visit_started) as blocker:
        page.form.startButton.click()
    visit = services.visits.get(blocker.args[0])
    assert (visit.patient_label, visit.record_number, visit.bay) == ("Maya R.", "MRN-77", "Bay 4")
    assert visit.treatment is Treatment.ESKETAMINE
    assert visit.infusion_end == expected_end
    assert (visit.baseline_systolic, visit.baseline_diastolic, visit.baseline_pulse) == \
        (128, 82, 74)
    assert visit.language == "es"
    assert visit.dose_mg == 84
    events = services.audit.events()
    assert events[0].action == "visit_opened" and events[0].staff_name == "Ada Admin"
    assert page.form.patientEdit.text() == ""  # ready for the next patient
    assert not page.form.messageLabel.isVisibleTo(page)


# Issue 12 mismatch 7: treatment-aware wording ("dose given" for nasal esketamine).
@pytest.mark.parametrize(("button", "caption", "dose_shown"), [
    (None, "Treatment ended", False),
    ("ivKetamineButton", "Infusion ended", False),
    ("esketamineButton", "Dose given", True),
])
def test_time_caption_follows_the_treatment(page, button, caption, dose_shown):
    if button:
        getattr(page.form, button).click()
    assert page.form.endCaption.text() == caption
    assert page.dose_edit.isVisibleTo(page) is dose_shown


@pytest.mark.parametrize(("dose", "ok"), [("", False), ("0", False), ("56", True),
                                          ("84", True), ("500", False)])
def test_esketamine_needs_its_dose_for_the_rems_record(page, services, dose, ok):
    page.form.patientEdit.setText("Maya R.")
    page.form.esketamineButton.click()
    page.dose_edit.setText(dose)
    page.form.startButton.click()
    assert bool(services.visits.active()) is ok
    if not ok:
        assert "Dose" in _message(page)
