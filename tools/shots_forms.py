"""Screenshots of the answer controls for real-world forms, and the admin's Form warnings.

Number pad (a quantity in kg), calendar (date), hour / minute steppers (time), a
calculated item shown but not asked, and the admin page listing what lenient
loading skipped (protocol: the top of ``tools/screenshots.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.domain.questionnaire import load_directory

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "tests" / "domain" / "questionnaire" / "real_forms"
INTAKE = "https://recovery-kiosk.example/fhir/Questionnaire/nlm-formbuilder-intake"
PHQ9 = "http://example.org/Questionnaire/phq-9-test-only"


def _page(form_url: str, link_id: str, answers: dict[str, Any] | None = None) -> Any:
    from kiosk.views.patient.checkin_page import CheckinPage

    forms = load_directory(FORMS, mode="lenient").questionnaires
    q = forms[form_url]
    host = QWidget()
    host.setObjectName("kioskCentral")
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    page = CheckinPage(host)
    layout.addWidget(page)
    page.show_step(q, answers or {}, q.item(link_id), lang=None)
    return host, page


def number_pad(ctx: Any) -> QWidget:
    """Body weight (a quantity in kg): the patient has tapped 7, 2, point, 5."""
    host, page = _page(INTAKE, "/29463-7")
    pad = page.control.typed.widget
    for key in ("7", "2", "point", "5"):
        pad.press(key)
    return host


def date_picker(ctx: Any) -> QWidget:
    """When did you last eat? A day chosen on the calendar."""
    host, page = _page(INTAKE, "/last-meal-date")
    picker = page.findChild(QWidget, "datePicker")
    picker.calendar.setSelectedDate(QDate(2026, 12, 1))
    picker.calendar.clicked.emit(QDate(2026, 12, 1))
    return host


def time_picker(ctx: Any) -> QWidget:
    """At what time? 13:30 chosen with the steppers; the flyover text above."""
    host, page = _page(INTAKE, "/last-meal-time")
    clock = page.findChild(QWidget, "timePicker")
    clock.step("hour", "up")
    for _ in range(6):
        clock.step("minute", "up")
    return host


def calculated_shown(ctx: Any) -> QWidget:
    """A calculated total (PHQ-9 test form, never shipped): shown, not asked."""
    forms = load_directory(FORMS, mode="lenient").questionnaires
    asked = [i.link_id for i in forms[PHQ9].asked_items()]
    host, _ = _page(PHQ9, "/44261-6", {link_id: "LA6569-3" for link_id in asked})
    return host


def form_warnings(ctx: Any) -> QWidget:
    """The admin's Form warnings page after a lenient load of the real-world forms."""
    from kiosk.services.pin_hash import TEST_PARAMS
    from kiosk.services.staff import StaffService
    from kiosk.views.nurse.nurse_area import build_nurse_area

    loaded = load_directory(FORMS, mode="lenient")
    ctx.services.load_warnings = tuple(loaded.warnings)
    ctx.services.settings = ctx.services.settings.with_value(
        "questionnaires", "loading", "lenient")
    staff = StaffService(ctx.services.db, ctx.clock, TEST_PARAMS).create_first_admin(
        "Ada Admin", "246810")
    area = build_nurse_area(ctx.services, staff)
    area.show_page("form_warnings")
    return area


SHOTS: dict[str, Callable[[Any], QWidget]] = {
    "forms_number_pad": number_pad,
    "forms_date_picker": date_picker,
    "forms_time_picker": time_picker,
    "forms_calculated_shown": calculated_shown,
    "admin_form_warnings": form_warnings,
}
