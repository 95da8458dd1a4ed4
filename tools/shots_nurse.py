"""Screenshots of the nurse board, visit detail, first-run and staff pages.

Protocol: the top of ``tools/screenshots.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from kiosk.domain.records import Severity
from tests.support.board_demo import CALM_CHECKIN, admin, checkin, make_ready


def _states(ctx: Any) -> dict[str, int]:
    """Demo patients in different states: ready, urgent alert, request, overdue, not yet."""
    s = ctx.services
    by_label = {v.patient_label: v.id for v in s.visits.active()}
    make_ready(s, by_label["Luis M."])  # moves the clock 20 minutes
    jonah = by_label["Jonah T."]
    checkin(s, jonah, {**CALM_CHECKIN, "nausea": 3, "dizziness": 4, "disconnected": 5})
    ctx.clock.advance(minutes=2)
    checkin(s, jonah, {**CALM_CHECKIN, "nausea": 6, "dizziness": 3, "disconnected": 4})
    s.alerts.raise_alert(jonah, "Chest pain", Severity.URGENT)
    checkin(s, by_label["Maya R."], {**CALM_CHECKIN, "nausea": 2, "disconnected": 2})
    return by_label


def _area(ctx: Any) -> Any:
    from kiosk.views.nurse.nurse_area import build_nurse_area

    return build_nurse_area(ctx.services, admin(ctx.services))


def nurse_board(ctx: Any) -> QWidget:
    """The board with an urgent alert, a ready patient, an overdue check-in and others."""
    _states(ctx)
    area = _area(ctx)
    area.show_page("board")
    area.page("board").refresh()
    return area


def nurse_visit_detail(ctx: Any) -> QWidget:
    """A visit with check-ins charted against the thresholds and an alert open."""
    by_label = _states(ctx)
    jonah = by_label["Jonah T."]
    for minutes, answers in ((15, {"nausea": 4, "dizziness": 2, "disconnected": 3,
                                   "clarity": 6}),
                             (15, {"nausea": 2, "dizziness": 1, "disconnected": 2,
                                   "clarity": 8})):
        ctx.clock.advance(minutes=minutes)
        checkin(ctx.services, jonah, {**CALM_CHECKIN, **answers})
    area = _area(ctx)
    area.page("board").visit_requested.emit(jonah)
    return area


def nurse_visit_observation(ctx: Any) -> QWidget:
    """The observation tab with an entry typed and its live PADSS."""
    by_label = _states(ctx)
    area = _area(ctx)
    area.page("board").visit_requested.emit(by_label["Priya K."])
    page = area.page("visit")
    f = page.form
    f.tabs.setCurrentWidget(f.observationsTab)
    for spin, value in ((f.systolicSpin, 138), (f.diastolicSpin, 84), (f.pulseSpin, 80),
                        (f.spo2Spin, 97), (f.respSpin, 14), (f.painSpin, 2)):
        spin.setValue(value)
    for combo, value in ((f.moaasCombo, 5), (f.ambulationCombo, 1), (f.nauseaCombo, 2),
                         (f.dissociationCombo, "resolved")):
        combo.setCurrentIndex(combo.findData(value))
    return area


def nurse_first_run(ctx: Any) -> QWidget:
    """First-run set-up with the name typed and the first PIN half entered."""
    from kiosk.views.nurse.first_run_page import FirstRunPage
    from tests.support.board_demo import cheap_staff

    cheap_staff(ctx.services)
    page = FirstRunPage(ctx.services)
    page.form.nameEdit.setText("Ada Admin")
    for digit in "2468":
        page.pad.keys[digit].click()
    return page


def nurse_first_run_code(ctx: Any) -> QWidget:
    """First-run set-up done: the clinic's one-time recovery code, shown once."""
    from kiosk.views.nurse.first_run_page import FirstRunPage
    from tests.support.board_demo import cheap_staff

    cheap_staff(ctx.services)
    page = FirstRunPage(ctx.services)
    page.form.nameEdit.setText("Ada Admin")
    for _ in range(2):
        page.pad.type_pin("246810")
    return page


def nurse_staff(ctx: Any) -> QWidget:
    """The staff admin page with a few accounts."""
    boss = admin(ctx.services)
    for name in ("Nia Nurse", "Omar Okafor", "Kim Lee"):
        ctx.services.staff.add_staff(name, "135790", by_id=boss.id)
    from kiosk.views.nurse.nurse_area import build_nurse_area

    area = build_nurse_area(ctx.services, boss)
    area.show_page("staff")
    return area


SHOTS: dict[str, Callable[[Any], QWidget]] = {
    "nurse_board": nurse_board,
    "nurse_visit_detail": nurse_visit_detail,
    "nurse_visit_observation": nurse_visit_observation,
    "nurse_first_run": nurse_first_run,
    "nurse_first_run_code": nurse_first_run_code,
    "nurse_staff": nurse_staff,
}
