"""Start-visit, discharge and admin pages, registered into the nurse area.

Pages and what other parts connect to:

* ``start_visit`` (:class:`StartVisitPage`): ``visit_started(int)`` after a visit
  is opened; the shell shows that patient's welcome screen on the bay tablet.
* ``discharge`` (:class:`DischargePage`): ``open_visit(visit_id)`` shows one visit;
  the board and visit detail pages reach it through any ``discharge_requested(int)``
  signal they offer. ``discharged(int)`` follows a signed discharge (the tablet
  notices the visit's status by itself).
* admin only: ``export``, ``audit`` (refreshed each time it is shown), ``settings``,
  ``form_warnings`` (questionnaire load warnings).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.views.nurse.audit_page import AuditPage
from kiosk.views.nurse.discharge_page import DischargePage
from kiosk.views.nurse.export_page import ExportPage
from kiosk.views.nurse.form_warnings_page import FormWarningsPage
from kiosk.views.nurse.settings_page import SettingsPage
from kiosk.views.nurse.start_visit_page import StartVisitPage

DEFAULT_BAY = "Bay 1"
DISCHARGE_SOURCES = ("board", "visit", "visit_detail", "detail")
"""Pages whose ``discharge_requested(int)`` signal opens the discharge page."""


def register(area: Any, services: Any) -> None:
    """Add the start-visit, discharge, export, audit and settings pages to ``area``."""
    staff = area.staff
    bay = getattr(area, "station", None) or DEFAULT_BAY
    area.add_page("start_visit", QCoreApplication.translate("NurseArea", "Start a visit"),
                  StartVisitPage(services, staff, bay=bay, parent=area))
    discharge = DischargePage(services, staff, parent=area)
    area.add_page("discharge", QCoreApplication.translate("NurseArea", "Discharge"), discharge)

    def open_discharge(visit_id: int) -> None:
        discharge.open_visit(visit_id)
        area.show_page("discharge")

    for key in DISCHARGE_SOURCES:
        signal = getattr(area.page(key), "discharge_requested", None) \
            if area.has_page(key) else None
        if signal is not None:
            signal.connect(open_discharge)
    discharge.back_requested.connect(
        lambda: area.show_page("board") if area.has_page("board") else None)
    if not area.is_admin:
        return
    area.add_page("export", QCoreApplication.translate("NurseArea", "Export"),
                  ExportPage(services, staff, parent=area), admin_only=True)
    audit = AuditPage(services, parent=area)
    area.add_page("audit", QCoreApplication.translate("NurseArea", "Audit log"), audit,
                  admin_only=True)
    area.page_changed.connect(lambda key: audit.refresh() if key == "audit" else None)
    area.add_page("settings", QCoreApplication.translate("NurseArea", "Settings"),
                  SettingsPage(services, staff, parent=area), admin_only=True)
    area.add_page("form_warnings", QCoreApplication.translate("NurseArea", "Form warnings"),
                  FormWarningsPage(services, parent=area), admin_only=True)
