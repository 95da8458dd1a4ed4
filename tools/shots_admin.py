"""Admin and discharge screenshots, and page 1 of a take-home PDF.

Start visit, discharge (not ready, and done), export, audit and settings, each in
the nurse area (protocol: the top of ``tools/screenshots.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService

ADMIN_PIN = "246810"


def _area(ctx: Any, key: str) -> Any:
    from kiosk.views.nurse.nurse_area import build_nurse_area

    staff = StaffService(ctx.services.db, ctx.clock, TEST_PARAMS).create_first_admin(
        "Ada Admin", ADMIN_PIN)
    area = build_nurse_area(ctx.services, staff)
    area.show_page(key)
    return area


def start_visit(ctx: Any) -> QWidget:
    """The start-visit form half filled, with a message about the blood pressure."""
    area = _area(ctx, "start_visit")
    page = area.page("start_visit")
    page.form.patientEdit.setText("Rosa P.")
    page.form.esketamineButton.click()
    page.form.earlierButton.click()
    page.form.earlierButton.click()
    page.form.systolicEdit.setText("128")
    page.form.pulseEdit.setText("74")
    page.form.startButton.click()
    return area


def discharge(ctx: Any) -> QWidget:
    """A patient not ready yet: every criterion, an override reason being written."""
    area = _area(ctx, "discharge")
    page = area.page("discharge")
    page.open_visit(ctx.visit.id)
    page.form.overrideEdit.setPlainText("Reviewed by Dr Lee; escort waiting.")
    for digit in "24":
        page.pin_pad.keys[digit].click()
    return area


def _going_home_answers(ctx: Any) -> None:
    """The patient answers the going-home questions: escort yes, no driving, ASQ all no."""
    form = ctx.services.checkins.request_ready_to_go(ctx.visit.id)
    for link_id, value in (("escort-confirmed", True), ("no-driving-ack", True),
                           ("asq-1", "no"), ("asq-2", "no"), ("asq-3", "no"),
                           ("asq-4", "no")):
        try:
            ctx.services.checkins.record_answer(form.id, link_id, value)
        except (KeyError, ValueError):
            continue  # an item this clinic's form does not ask
    ctx.services.checkins.complete(form.id)


def discharge_done(ctx: Any) -> QWidget:
    """After signing: the sheet is ready to print."""
    _going_home_answers(ctx)
    # The escort is confirmed by a nurse (the patient's own "yes" is not): it cannot be
    # overridden, so without it the page could not be signed at all.
    ctx.services.observations.set_escort(ctx.visit.id, True, staff_id=None)
    area = _area(ctx, "discharge")
    page = area.page("discharge")
    page.open_visit(ctx.visit.id)
    page.form.overrideEdit.setPlainText("Reviewed by Dr Lee; escort waiting.")
    page.pin_pad.type_pin(ADMIN_PIN)
    return area


def _export_and_wait(page: Any) -> None:
    """Press Export and wait until it has ended (it runs in a child process)."""
    loop = QEventLoop()
    page.finished.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)  # never hang the screenshots
    page.form.exportButton.click()
    loop.exec()


def export(ctx: Any) -> QWidget:
    """The export page after one export."""
    area = _area(ctx, "export")
    _export_and_wait(area.page("export"))
    return area


def audit(ctx: Any) -> QWidget:
    """The audit log after a few actions."""
    area = _area(ctx, "audit")
    alert = ctx.services.alerts.call_nurse(ctx.visit.id)
    ctx.services.alerts.acknowledge(alert.id, staff_id=area.staff.id)
    _export_and_wait(area.page("export"))
    area.page("audit").refresh()
    return area


def settings(ctx: Any) -> QWidget:
    """Settings with one value out of range."""
    area = _area(ctx, "settings")
    area.page("settings").edits[("readiness", "spo2_min")].setText("99")
    return area


def take_home_pdf(ctx: Any) -> QWidget:
    """Page 1 of a take-home sheet (with a shared journal), rendered with QtPdf."""
    from kiosk.services.take_home import write_take_home
    from kiosk.views.documents.renderer import QtDocuments

    ctx.services.journal.save(ctx.visit.id, "I felt calm and saw the sea.", shared=True)
    content = ctx.services.discharge.take_home_content(ctx.visit)
    path = write_take_home(ctx.paths.exports, ctx.visit.id, content,
                           QtDocuments(ctx.paths.resources / "i18n"))
    document = QPdfDocument()
    document.load(str(path))
    page = document.render(0, QSize(618, 800))
    document.close()
    image = QImage(page.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)  # the rendered page is transparent where nothing is drawn
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("background: #9e9e9e;")
    label.setPixmap(QPixmap.fromImage(image))
    return label


SHOTS: dict[str, Callable[[Any], QWidget]] = {
    "admin_start_visit": start_visit,
    "admin_discharge_not_ready": discharge,
    "admin_discharge_done": discharge_done,
    "admin_export": export,
    "admin_audit": audit,
    "admin_settings": settings,
    "admin_take_home_pdf": take_home_pdf,
}
