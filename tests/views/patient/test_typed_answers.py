"""The new answer controls: number pad, calendar, time steppers, option tiles, help text,
read-only items shown but not asked, initial values preselected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.domain.questionnaire import load_directory
from kiosk.views.patient.answer_widgets import AnswerControl
from kiosk.views.patient.checkin_page import CheckinPage
from kiosk.views.widgets.date_time_pickers import DatePicker, TimePicker
from kiosk.views.widgets.number_pad import NumberPad

FORMS = Path(__file__).resolve().parents[2] / "domain" / "questionnaire" / "real_forms"
INTAKE = "https://recovery-kiosk.example/fhir/Questionnaire/nlm-formbuilder-intake"


@pytest.fixture(scope="module")
def forms():
    return load_directory(FORMS, mode="lenient").questionnaires


def _accessible(widget: QWidget) -> None:
    for child in widget.findChildren(QAbstractButton):
        if not child.isVisibleTo(widget):
            continue
        assert child.accessibleName() or child.text(), child.objectName()
        assert child.minimumHeight() >= 64, child.objectName()
    assert widget.accessibleName()


def test_number_pad_types_decimals_within_limits(qtbot):
    pad = NumberPad(decimals=1, unit="kg", limits=(2.0, 300.0))
    qtbot.addWidget(pad)
    _accessible(pad)
    with qtbot.waitSignal(pad.changed):
        pad.keys["7"].click()
    pad.keys["2"].click()
    pad.keys["point"].click()
    pad.keys["5"].click()
    pad.keys["9"].click()  # one decimal only
    assert pad.display.text() == "72.5 kg"
    assert pad.value() == 72.5
    for _ in range(4):
        pad.keys["back"].click()
    assert pad.value() is None
    pad.keys["1"].click()  # 1 kg is below the minimum: no answer yet
    assert pad.value() is None
    pad.set_value(80.0)
    assert pad.display.text() == "80 kg" and pad.value() == 80.0


def test_integer_pad_has_no_point_and_gives_whole_numbers(qtbot):
    pad = NumberPad(decimals=0)
    qtbot.addWidget(pad)
    assert not pad.keys["point"].isVisibleTo(pad)
    pad.keys["1"].click()
    pad.keys["2"].click()
    assert pad.value() == 12 and isinstance(pad.value(), int)


def test_date_picker_answers_only_after_a_tap(qtbot):
    picker = DatePicker(("2026-01-01", "2026-12-31"))
    qtbot.addWidget(picker)
    _accessible(picker)
    assert picker.value() is None
    with qtbot.waitSignal(picker.changed):
        picker.calendar.setSelectedDate(QDate(2026, 3, 14))
        picker.calendar.clicked.emit(QDate(2026, 3, 14))
    assert picker.value() == "2026-03-14"
    assert picker.calendar.minimumDate() == QDate(2026, 1, 1)
    picker.set_value("2026-05-02")
    assert picker.value() == "2026-05-02"


def test_time_picker_steps_hours_and_minutes(qtbot):
    clock = TimePicker()
    qtbot.addWidget(clock)
    _accessible(clock)
    assert clock.value() is None
    with qtbot.waitSignal(clock.changed):
        clock.buttons["hour_up"].click()
    clock.buttons["minute_down"].click()
    assert clock.value() == "13:55:00"
    clock.set_value("23:00:00")
    clock.buttons["hour_up"].click()
    assert clock.value() == "00:00:00"


def test_answer_control_picks_the_control_by_type(qtbot, forms):
    intake = forms[INTAKE]
    host = QWidget()
    qtbot.addWidget(host)
    kinds = {
        "/8302-2": NumberPad, "/29463-7": NumberPad, "/last-meal-date": DatePicker,
        "/arrived": DatePicker, "/last-meal-time": TimePicker,
    }
    for link_id, kind in kinds.items():
        control = AnswerControl(intake.item(link_id), None, ("Yes", "No"), host)
        assert control.widget is not None
        assert control.widget.findChildren(kind) or isinstance(control.widget, kind)
    sessions = AnswerControl(intake.item("/sessions"), None, ("Yes", "No"), host)
    sessions.set_value(2)
    assert sessions.value() == 2
    # Help text from a help / flyover display child sits above the control.
    height = AnswerControl(intake.item("/8302-2"), None, ("Yes", "No"), host)
    labels = [w.text() for w in height.widget.findChildren(QLabel)]
    assert "Without shoes, if you know it." in labels


def test_calculated_item_is_shown_not_asked_and_initial_preselected(qtbot, forms):
    page = CheckinPage()
    qtbot.addWidget(page)
    phq9 = forms["http://example.org/Questionnaire/phq-9-test-only"]
    asked = [i.link_id for i in phq9.asked_items()]
    answers = {link_id: "LA6569-3" for link_id in asked}  # 1 each: total 9
    total = phq9.item("/44261-6")
    page.show_step(phq9, answers, total, lang=None)
    assert page.control is not None and not page.control.widget.isEnabled()
    assert page.control.value() == 9
    assert not page.form.skipButton.isVisibleTo(page)
    assert page.form.nextButton.isEnabled()
    with qtbot.waitSignal(page.continued) as got:
        page.form.nextButton.click()
    assert got.args == ["/44261-6"]
    repeats = forms["http://example.org/Questionnaire/repeats-occurs"]
    page.show_step(repeats, {}, repeats.item("symptoms"), lang=None)
    assert page.control.value() == ["dizzy"]  # initialSelected
    page.show_step(repeats, {}, repeats.item("comfort"), lang=None)
    assert page.control.value() == 5  # initial, on the slider
    assert page.control.scale is not None and page.control.scale.button_for(5).isChecked()
    page.form.nextButton.click()  # the patient confirms it like any answer


def test_hidden_item_is_never_a_screen(forms):
    bmi = forms["http://example.org/Questionnaire/sdc-bmi-style"]
    shown, after = [], None
    while (item := bmi.next_item({"height": 1.8, "weight": 70.0}, after,
                                 include_display=True)) is not None:
        shown.append(item.link_id)
        after = item.link_id
    assert "form-version" not in shown
    assert shown == ["height", "weight", "bmi", "height-again"]
    assert Qt  # keeps the import used when the offscreen platform lacks fonts


def test_max_occurs_holds_next_back_on_too_many_choices(qtbot, forms):
    host = QWidget()
    qtbot.addWidget(host)
    item = forms["http://example.org/Questionnaire/repeats-occurs"].item("symptoms")
    control = AnswerControl(item, None, ("Yes", "No"), host)
    control.tiles.tiles["tired"].click()
    control.tiles.tiles["dizzy"].click()
    assert control.value() == ["tired", "dizzy"]
    control.tiles.tiles["sick"].click()
    assert control.value() is None  # three of at most two
