"""Admin audit page: who did what and when, filtered by date range and person."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHeaderView, QWidget

from kiosk.forms.audit_page import Ui_AuditPage
from kiosk.services.container import Services
from kiosk.views.nurse.audit_model import COL_DETAIL, AuditModel
from kiosk.views.nurse.export_page import local_day_start
from kiosk.views.operations import QueryOp

EVENT_LIMIT = 500


class AuditPage(QWidget):
    """Shows audit events (read-only).

    Attributes:
        form: the generated form.
        model: the table model behind the view.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.form = Ui_AuditPage()
        self.form.setupUi(self)
        self.model = AuditModel(self)
        self.form.eventTable.setModel(self.model)
        header = self.form.eventTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        self.form.eventTable.verticalHeader().setVisible(False)
        now = services.clock.now().astimezone()
        today = QDate(now.year, now.month, now.day)
        self.form.fromDate.setDate(today.addDays(-7))
        self.form.toDate.setDate(today)
        self.form.showButton.clicked.connect(self.refresh)
        self.fill_people()
        self.refresh()

    def fill_people(self) -> None:
        """List everyone who can appear in the log (plus "Everyone")."""
        combo = self.form.personCombo
        combo.clear()
        combo.addItem(self.tr("Everyone"), None)
        QueryOp(self, self._services, lambda s: s.staff.all_staff()).success(
            self._people_loaded).failure(lambda _e: None).run()  # "Everyone" still works

    def _people_loaded(self, people: list[Any]) -> None:
        combo = self.form.personCombo
        for person in people:
            combo.addItem(person.name, person.id)

    def refresh(self) -> None:
        """Load the events of the chosen range and person."""
        start, end = self.form.fromDate.date(), self.form.toDate.date()
        if end < start:
            self.form.countLabel.setText(self.tr("The 'To' date must be on or after 'From'."))
            return
        since, until = local_day_start(start), local_day_start(end) + timedelta(days=1)
        staff_id = self.form.personCombo.currentData()
        QueryOp(self, self._services, lambda s: s.audit.events(
            since=since, until=until, staff_id=staff_id, limit=EVENT_LIMIT)).success(
            self._events_loaded).failure(lambda _e: self.form.countLabel.setText(
                self.tr("The log could not be read. Please try again."))).run()

    def _events_loaded(self, events: list[Any]) -> None:
        self.model.set_events(events)
        text = self.tr("%1 events").replace("%1", str(len(events)))
        if len(events) == EVENT_LIMIT:
            text += " " + self.tr("(the newest %1; narrow the dates to see older ones)").replace(
                "%1", str(EVENT_LIMIT))
        self.form.countLabel.setText(text)
