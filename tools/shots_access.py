"""Screens as the issue-15 helpers change them (see tools/screenshots.py).

- ``patient_large_*`` / ``calming_large_*``: every patient screen with "Larger text" on;
- ``nurse_es_*`` / ``admin_es_*``: every nurse and admin screen for a Spanish clinic;
- ``nurse_tablet_*`` / ``nurse_es_tablet_*``: nurse pages on a bay tablet, inside the
  patient header, for an English and a Spanish clinic.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

Shot = Callable[[Any], QWidget]
HERE = Path(__file__).resolve().parent


def _module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"tools_access_{name}", HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _larger(shot: Shot) -> Shot:
    def run(ctx: Any) -> QWidget:
        from kiosk.views.widgets.patient_tools import PatientTools

        widget = shot(ctx)
        tools = widget.findChild(PatientTools)
        if tools is not None:
            tools.set_larger(True)
        return widget
    return run


def _spanish(shot: Shot) -> Shot:
    def run(ctx: Any) -> QWidget:
        from kiosk.views.i18n import Translations

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        translations = Translations(app, ctx.paths.resources / "i18n")
        translations.use("es")
        ctx.on_cleanup(lambda: translations.use("en"))
        return shot(ctx)
    return run


def _tablet(page: str) -> Shot:
    def run(ctx: Any) -> QWidget:
        from kiosk.views.shell import build_shell
        from tests.support.board_demo import admin

        shell = build_shell(ctx.services, station="Bay 1", nurse_station=False,
                            staff=ctx.services.staff)
        ctx.on_cleanup(shell.stop)
        ctx.on_cleanup(lambda: setattr(shell.window, "patient_mode", False))
        shell.open_pin_pad()  # as a nurse does: Staff, then the PIN (Call a nurse stays)
        shell.sign_in(admin(ctx.services))
        area = shell.nurse_area
        if page in ("visit", "visit_observation"):
            area.page("board").visit_requested.emit(ctx.visit.id)  # type: ignore[union-attr]
            if page == "visit_observation":
                detail = area.page("visit")  # type: ignore[union-attr]
                detail.form.tabs.setCurrentWidget(detail.form.observationsTab)
        else:
            area.show_page(page)  # type: ignore[union-attr]
            if page == "discharge":  # a real visit: criteria, reason and the PIN pad
                area.page("discharge").open_visit(ctx.visit.id)  # type: ignore[union-attr]
        return shell.window
    return run


SHOTS: dict[str, Shot] = {}
for _source in ("shots_patient", "shots_calming"):
    for _name, _shot in _module(_source).SHOTS.items():
        _area, _rest = _name.split("_", 1)
        SHOTS[f"{_area}_large_{_rest}"] = _larger(_shot)
for _source in ("shots_nurse", "shots_admin"):
    for _name, _shot in _module(_source).SHOTS.items():
        if _name.endswith("_pdf"):
            continue  # the sheet's language is the visit's (helper i12)
        _area, _rest = _name.split("_", 1)
        SHOTS[f"{_area}_es_{_rest}"] = _spanish(_shot)
for _page in ("board", "start_visit", "discharge", "visit", "visit_observation"):
    SHOTS[f"nurse_tablet_{_page}"] = _tablet(_page)
    SHOTS[f"nurse_es_tablet_{_page}"] = _spanish(_tablet(_page))
