"""Screenshots of the care loop: glance board, paging banner, call states, top bar.

The patient's call states are shot in English and Spanish.

Protocol: the top of ``tools/screenshots.py``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from kiosk.domain.records import Severity
from tests.support.board_demo import CALM_CHECKIN, admin, checkin


def _patient_shots() -> Any:
    spec = importlib.util.spec_from_file_location(
        "tools_shots_patient_for_care", Path(__file__).with_name("shots_patient.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _unit(ctx: Any) -> dict[str, int]:
    """An urgent alert, a patient request, a nurse review and an overdue check-in."""
    s = ctx.services
    by_label = {v.patient_label: v.id for v in s.visits.active()}
    ids = list(by_label.values())
    for visit_id in ids[1:]:
        checkin(s, visit_id, CALM_CHECKIN)
    ctx.clock.advance(minutes=9)
    labels = list(by_label)
    s.alerts.raise_alert(by_label[labels[1]], "Chest pain or tightness", Severity.URGENT)
    s.alerts.call_nurse(by_label[labels[2]])
    s.alerts.raise_alert(by_label[labels[3]], "Nausea 5 of 10: nurse review (rescue "
                         "antiemetic threshold, Boogaerts 2000)", Severity.REVIEW)
    # labels[0] (Bay 1) has never done a check-in: overdue
    for visit in s.visits.active():  # every tablet alive
        s.tablets.beat(visit.bay, visit.id)
    return by_label


def care_glance_board(ctx: Any) -> QWidget:
    """The station board nobody has signed in to: urgent, request, review, overdue rows."""
    _unit(ctx)
    shell = ctx.shell(nurse_station=True)
    shell.care.pager.refresh()
    shell.care.glance.board.refresh()
    return shell.window


def care_banner_over_visit(ctx: Any) -> QWidget:
    """A nurse is on a visit's page; a new urgent alert pages over it."""
    by_label = _unit(ctx)
    s = ctx.services
    for alert in s.alerts.open_alerts():
        s.alerts.see(alert.id, staff_id=None)
    shell = ctx.shell(nurse_station=True)
    shell.sign_in(admin(s))
    area = shell.nurse_area
    first = next(iter(by_label.values()))
    area.page("visit").show_visit(first)
    area.show_page("visit")
    ctx.clock.advance(seconds=5)
    s.alerts.raise_alert(list(by_label.values())[-1], "Trouble breathing", Severity.URGENT)
    shell.care.pager.refresh()
    return shell.window


def _call(ctx: Any, shell: Any, *, seen: bool) -> QWidget:
    shell.window.call_nurse_button.click()
    if seen:
        nurse = admin(ctx.services, "Sam Ortiz")
        [call] = [a for a in ctx.services.alerts.for_visit(ctx.visit.id, open_only=True)
                  if a.rule_id == "call-nurse"]
        ctx.services.alerts.see(call.id, staff_id=nurse.id)
        shell.flow.calls.refresh()
    return shell.window


def _state(seen: bool, spanish: bool) -> Callable[[Any], QWidget]:
    def shot(ctx: Any) -> QWidget:
        patient = _patient_shots()
        shell = patient._es_shell(ctx) if spanish else patient._shell(ctx)
        shell.flow.move_to(shell.flow.screen.HUB)
        return _call(ctx, shell, seen=seen)
    return shot


def care_tablet_top_bar(ctx: Any) -> QWidget:
    """The calming hub: Staff top left, Call a nurse top right."""
    shell = _patient_shots()._shell(ctx)
    shell.flow.move_to(shell.flow.screen.HUB)
    return shell.window


def care_idle_call(ctx: Any) -> QWidget:
    """An empty bay's tablet still has Call a nurse."""
    shell = _patient_shots()._shell(ctx)
    ctx.services.visits.end(ctx.visit.id, __import__(
        "kiosk.domain.records", fromlist=["VisitStatus"]).VisitStatus.CANCELLED, staff_id=None)
    shell.flow.tick()
    return shell.window


SHOTS: dict[str, Callable[[Any], QWidget]] = {
    "care_glance_board": care_glance_board,
    "care_banner_over_visit": care_banner_over_visit,
    "care_patient_call_sent": _state(False, False),
    "care_patient_on_the_way": _state(True, False),
    "care_patient_call_sent_es": _state(False, True),
    "care_patient_on_the_way_es": _state(True, True),
    "care_tablet_top_bar": care_tablet_top_bar,
    "care_idle_call": care_idle_call,
}
