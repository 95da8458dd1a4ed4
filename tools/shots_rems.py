"""Screenshots of issue 12: the first-run country step, the REMS review, the Spanish sheet.

Protocol: the top of ``tools/screenshots.py``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.domain.records import CheckinKind, Severity, Treatment
from kiosk.services.observations import ObservationEntry
from tests.support.board_demo import READY_ANSWERS, admin, checkin

_ENTRY = dict(pulse=72, spo2=98, on_room_air=True, ambulation=2, nausea_vomiting=2, pain=1,
              resp_rate=14)


def nurse_first_run_country(ctx: Any) -> QWidget:
    """First run, step 1: Spain chosen, the line the sheet will print and its source."""
    from kiosk.views.nurse.country_step import CountryStep

    step = CountryStep(ctx.services)
    step.choose("ES")
    return step


def _esketamine_visit(ctx: Any) -> int:
    """An 84 mg esketamine visit 2 h 10 min after the dose, with its observations."""
    s = ctx.services
    dosed = ctx.clock.now()
    visit = s.visits.start(patient_label="Rosa T.", bay="Bay 6", record_number="MRN-2231",
                           treatment=Treatment.ESKETAMINE, dose_mg=84, infusion_end=dosed,
                           baseline_systolic=132, baseline_diastolic=84, baseline_pulse=70)
    for minutes, bp, moaas, dissociation in ((15, (140, 88), 3, "present"),
                                             (25, (156, 94), 4, "present"),
                                             (85, (128, 80), 5, "resolved")):
        ctx.clock.advance(minutes=minutes)
        s.observations.record(visit.id, ObservationEntry(
            systolic=bp[0], diastolic=bp[1], moaas=moaas, dissociation=dissociation,
            **_ENTRY), staff_id=None)
        if minutes == 25:
            alert = s.alerts.raise_alert(visit.id, "Nausea 7 of 10", Severity.URGENT)
            s.alerts.acknowledge(alert.id, staff_id=None, note="Ondansetron by mouth")
    ctx.clock.advance(minutes=5)
    checkin(s, visit.id, READY_ANSWERS, CheckinKind.READY_TO_GO)
    s.observations.set_escort(visit.id, True, staff_id=None)
    assert dosed + timedelta(minutes=130) == ctx.clock.now()
    return visit.id


def nurse_discharge_rems(ctx: Any) -> QWidget:
    """The discharge page of an esketamine visit with the REMS record to review."""
    from kiosk.views.nurse.nurse_area import build_nurse_area

    s = ctx.services
    s.settings = dataclasses.replace(
        s.settings, clinic=dataclasses.replace(s.settings.clinic, country="US"))
    s.discharge.settings = s.settings
    visit_id = _esketamine_visit(ctx)
    for alert in s.alerts.for_visit(visit_id, open_only=True):
        s.alerts.acknowledge(alert.id, staff_id=None, note="BP rechecked, doctor informed")
    area = build_nurse_area(ctx.services, admin(ctx.services))
    area.show_page("discharge")
    area.page("discharge").open_visit(visit_id)
    return area


def nurse_visit_rems_needs(ctx: Any) -> QWidget:
    """An esketamine visit at 50 minutes: "BP due" raised, and what the REMS still needs."""
    from kiosk.views.nurse.nurse_area import build_nurse_area

    s = ctx.services
    visit = s.visits.start(patient_label="Rosa T.", bay="Bay 6", treatment=Treatment.ESKETAMINE,
                           dose_mg=56, infusion_end=ctx.clock.now(), baseline_systolic=132,
                           baseline_diastolic=84, baseline_pulse=70)
    ctx.clock.advance(minutes=15)
    s.observations.record(visit.id, ObservationEntry(systolic=140, diastolic=88, moaas=3,
                                                     dissociation="present", **_ENTRY),
                          staff_id=None)
    ctx.clock.advance(minutes=35)
    s.rems.raise_bp_due()
    area = build_nurse_area(s, admin(s))
    area.page("board").visit_requested.emit(visit.id)
    return area


def patient_take_home_es(ctx: Any) -> QWidget:
    """Page 1 of the Spanish take-home sheet of a clinic in Spain, as printed."""
    from kiosk.views.documents.renderer import QtDocuments

    s = ctx.services
    clinic = dataclasses.replace(s.settings.clinic, country="ES", phone="+34 910 555 019",
                                 name="Clínica Serena")
    s.settings = dataclasses.replace(s.settings, clinic=clinic)
    visit = s.visits.start(patient_label="Lucía G.", bay="Bay 7",
                           treatment=Treatment.IV_KETAMINE, language="es")
    content = s.discharge.take_home_content(visit)
    path = ctx.paths.data_dir / "sheet-es.pdf"
    path.write_bytes(QtDocuments(ctx.paths.resources / "i18n").take_home_pdf(content))
    document = QPdfDocument()
    document.load(str(path))
    points = document.pagePointSize(0)
    scale = 800 / points.height()
    page = document.render(0, QSize(int(points.width() * scale), 800))
    document.close()
    image = QImage(page.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)  # the rendered page is transparent where nothing is drawn
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("background: #5f6b73;")
    label.setPixmap(QPixmap.fromImage(image))
    return label


SHOTS: dict[str, Callable[[Any], QWidget]] = {
    "nurse_first_run_country": nurse_first_run_country,
    "nurse_discharge_rems": nurse_discharge_rems,
    "nurse_visit_rems_needs": nurse_visit_rems_needs,
    "patient_take_home_es": patient_take_home_es,
}
