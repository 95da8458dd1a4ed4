"""One visit in full: check-in trends, observations with live PADSS, alerts, journal, sign-offs.

A summary strip comes first: the readiness verdict, the next thing to do and
every open alert with its own "Resolve" button, so a busy nurse acts without
opening a tab. The page is sized for a 1280x800 screen under the patient
header of a bay tablet: each tab scrolls inside itself, and the observation
entry keeps its Save button below the fields, always in view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.errors import StorageError
from kiosk.domain.readiness import Verdict
from kiosk.domain.records import StaffRecord
from kiosk.forms.visit_detail_page import Ui_VisitDetailPage
from kiosk.services.board import VisitDetail
from kiosk.services.container import Services
from kiosk.services.events import Event
from kiosk.services.observations import ObservationEntry, ObservationError, padss_for
from kiosk.views import domain_text, live
from kiosk.views.nurse import detail_sections as sections
from kiosk.views.nurse import visit_summary as summary
from kiosk.views.nurse.trend_chart import TrendChart
from kiosk.views.nurse.visit_extras import RemsNeeds, SafetyRecords
from kiosk.views.operations import CollectionOp, QueryOp

_ID_ROLE = Qt.ItemDataRole.UserRole
_VERDICT_STYLE = {Verdict.READY: "banner-ok", Verdict.NOT_YET: "verdict-wait",
                  Verdict.NEEDS_ATTENTION: "banner-alert"}
STRIP_ALERTS = 3  # open alerts the strip lists with a button; the Alerts tab has them all
PADSS_WIDTH = 230  # the live PADSS column beside the entry fields
"""Open alerts the strip lists with their own button; the Alerts tab has the rest."""
NURSE_STYLE = """
QWidget { font-size: 17pt; }
QLabel[role="title"] { font-size: 26pt; font-weight: 500; }
QLabel[role="subtitle"] { font-size: 19pt; color: #3b4850; }
QLabel[role="hint"] { font-size: 16pt; color: #37444c; }
QLabel#verdictLabel { font-size: 20pt; font-weight: 500; padding: 6px 18px;
                      border-radius: 12px; }
QLabel#verdictLabel[role="verdict-wait"] { background-color: #e3ddd0; color: #1e2a30; }
QLabel#remsNeeds { font-size: 16pt; padding: 8px 16px; border-radius: 12px; }
QFrame#summaryStrip { background-color: #fffdf8; border: 2px solid #5f7673;
                      border-radius: 12px; }
QPushButton { font-size: 17pt; min-height: 48px; padding: 4px 18px; border-radius: 12px; }
QPushButton[role="quiet"] { font-size: 17pt; min-height: 48px; }
QPushButton#stripResolveButton { min-height: 40px; padding: 2px 18px; }
QSpinBox, QComboBox, QLineEdit { font-size: 17pt; min-height: 40px; padding: 0 6px; }
QCheckBox { font-size: 17pt; }
QTabBar::tab { font-size: 17pt; min-height: 48px; padding: 0 20px; }
QTableView { font-size: 16pt; }
QHeaderView::section { font-size: 16pt; padding: 4px 8px; }
"""
"""Nurse text at 16 pt or more, tabs 48 px tall, fields compact enough for 1280x800."""


def _fill(combo: QComboBox, choices: list) -> None:  # type: ignore[type-arg]
    combo.clear()
    for value, words in choices:
        combo.addItem(words, value)
    combo.setCurrentIndex(-1)


class VisitDetailPage(QWidget):
    """Everything about one visit for the nurse.

    Attributes:
        visit_id: the visit shown, or None.
        detail: the last loaded detail.
        chart: the trend chart.

    Signals:
        back_requested: the nurse wants the board again.
        visit_changed(int): something was saved for this visit.
        discharge_requested(int): the nurse wants to discharge this visit.
    """

    back_requested = Signal()
    visit_changed = Signal(int)
    discharge_requested = Signal(int)

    def __init__(self, services: Services, staff: StaffRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        domain_text.use_forms_of(services)  # questionnaire alert causes, translated
        self.services = services
        self.staff = staff
        self.visit_id: int | None = None
        self.detail: VisitDetail | None = None
        self.form = f = Ui_VisitDetailPage()
        f.setupUi(self)
        self.chart = TrendChart(f.chartHost)
        chart_layout = QVBoxLayout(f.chartHost)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart)
        _fill(f.moaasCombo, sections.moaas_choices())
        _fill(f.ambulationCombo, sections.ambulation_choices())
        _fill(f.nauseaCombo, sections.nausea_choices())
        _fill(f.dissociationCombo, sections.dissociation_choices())
        f.checkinTable.setColumnCount(len(sections.CHECKIN_COLUMNS))
        f.checkinTable.setHorizontalHeaderLabels([self.tr(t) for _, t in sections.CHECKIN_COLUMNS])
        f.observationTable.setColumnCount(6)
        f.observationTable.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("BP"), self.tr("Pulse"), self.tr("SpO2"),
             self.tr("MOAA/S"), self.tr("PADSS")])
        for table in (f.checkinTable, f.observationTable):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
        for spin in (f.systolicSpin, f.diastolicSpin, f.pulseSpin, f.spo2Spin, f.respSpin,
                     f.painSpin):
            spin.setValue(spin.minimum())
            spin.valueChanged.connect(self._update_padss)
        for combo in (f.moaasCombo, f.ambulationCombo, f.nauseaCombo, f.dissociationCombo):
            combo.currentIndexChanged.connect(self._update_padss)
            # Sized by the room it has, not by its longest choice: the entry fits 1280x800.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        for spin in (f.systolicSpin, f.diastolicSpin, f.pulseSpin, f.spo2Spin, f.respSpin,
                     f.painSpin):
            spin.setMaximumWidth(190)
        f.observationsLayout.setStretch(0, 1)
        for widget in (f.padssTitle, f.padssLabel):
            widget.setFixedWidth(PADSS_WIDTH)
        # The tabs take what is left under the strip and scroll inside: the page's
        # own height never grows past the screen (a bay tablet, under its header).
        policy = f.tabs.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        f.tabs.setSizePolicy(policy)
        self.setStyleSheet(NURSE_STYLE)
        f.tabs.tabBar().setExpanding(False)
        f.metToggle.toggled.connect(self._show_met)
        f.criteriaLabel.hide()  # met criteria start collapsed: unmet ones come first
        self._strip_rows: list[QWidget] = []
        f.backButton.clicked.connect(self.back_requested)
        f.dischargeButton.clicked.connect(self._discharge_clicked)
        f.saveObservationButton.clicked.connect(self.save_observation)
        f.acknowledgeButton.clicked.connect(self.acknowledge_selected)
        # The care loop's last step: raised -> seen ("on the way") -> resolved here.
        f.acknowledgeButton.setText(self.tr("Resolve"))
        f.safetyButton.clicked.connect(self.record_safety_assessment)
        f.escortCheck.clicked.connect(self._escort_clicked)
        self._changes = live.Coalescer(self.refresh, parent=self)
        live.subscribe(self, services.feed, Event, self._changed)
        # Issue 12 sections (own module): the two ASQ records and what the REMS still needs.
        self.safety = SafetyRecords(services, staff, brief_button=f.safetyButton,
                                    label=f.signOffLabel, row=f.signOffRow, parent=self)
        self.safety.recorded.connect(self._safety_recorded)
        self.rems_needs = RemsNeeds(services, self)
        f.outerLayout.insertWidget(2, self.rems_needs)  # under the summary: seen first
        f.outerLayout.setStretch(f.outerLayout.indexOf(f.tabs), 1)
        self._journal_logged = False
        self._view_logged = False
        f.tabs.currentChanged.connect(self._tab_changed)

    # -- loading ---------------------------------------------------------------
    def show_visit(self, visit_id: int) -> None:
        """Load a visit and clear the entry form; the viewing is audited."""
        self.visit_id = visit_id
        self._journal_logged = False
        self._view_logged = False  # audited once the visit is on screen (_show_detail)
        self._clear_entry()
        self.refresh()

    def _tab_changed(self, index: int) -> None:
        """Opening the shared journal of a visit is audited once per showing."""
        f = self.form
        if (index == f.tabs.indexOf(f.journalTab) and not self._journal_logged
                and self.detail is not None and self.detail.journal is not None):
            self._journal_logged = True
            self._audit("journal_viewed")

    def _audit(self, action: str) -> None:
        staff_id, visit_id = self.staff.id, self.visit_id

        def failed(error: Exception) -> None:
            if not isinstance(error, StorageError):
                raise error
            self._message(self.tr("The database is busy: this was not logged. "
                                  "Please tell the admin."))

        CollectionOp(self, self.services, lambda s: s.audit.record(
            action, staff_id=staff_id, visit_id=visit_id)).failure(failed).run()

    def refresh(self) -> None:
        """Reload the visit (read on the database worker; shown when it is back)."""
        visit_id = self.visit_id
        if visit_id is None:
            return
        QueryOp(self, self.services, lambda s: s.board.detail(visit_id)).success(
            lambda detail: self._show_detail(visit_id, detail)).failure(
            lambda _e: self._message(self.tr("The database is busy. Please try again."))).run()

    def _changed(self, event: Event) -> None:
        """The change feed: reload when this visit changed (here or on another device)."""
        if self.visit_id is not None and self.isVisible() and getattr(
                event, "visit_id", self.visit_id) == self.visit_id:
            self._changes.poke()

    def _show_detail(self, visit_id: int, detail: VisitDetail | None) -> None:
        if detail is None or visit_id != self.visit_id:
            return
        self.detail = detail
        f = self.form
        visit = detail.snapshot.visit
        f.patientLabel.setText(f"{visit.patient_label} \u00b7 {visit.bay}")
        readiness = detail.readiness
        f.verdictLabel.setText(summary.verdict_words(readiness.verdict))
        f.verdictLabel.setProperty("role", _VERDICT_STYLE[readiness.verdict])
        f.verdictLabel.style().unpolish(f.verdictLabel)
        f.verdictLabel.style().polish(f.verdictLabel)
        open_alerts = summary.most_urgent_first(a for a in detail.snapshot.alerts if a.is_open)
        f.nextLabel.setText(summary.next_action(readiness, open_alerts))
        self._fill_strip_alerts(open_alerts)
        f.unmetLabel.setText(summary.unmet_html(readiness))
        f.criteriaLabel.setText(summary.met_html(readiness))
        f.metToggle.setVisible(any(c.met for c in readiness.criteria))
        self._show_met(f.metToggle.isChecked())
        self.chart.set_data(sections.chart_series(detail), sections.thresholds())
        self._fill_table(f.checkinTable, sections.checkin_rows(detail))
        self._fill_table(f.observationTable, [
            [o.taken_at.astimezone().strftime("%H:%M"), f"{o.systolic}/{o.diastolic}",
             str(o.pulse), f"{o.spo2}{'' if o.on_room_air else ' O2'}", str(o.moaas),
             "" if o.padss_total is None else str(o.padss_total)]
            for o in detail.snapshot.observations])
        self._fill_alerts(detail)
        self._fill_ready_form(detail)
        journal = detail.journal
        f.tabs.setTabVisible(f.tabs.indexOf(f.journalTab), journal is not None)
        f.journalText.setPlainText(journal.text if journal is not None else "")
        f.escortCheck.setChecked(visit.escort_confirmed)
        self.safety.show_visit(visit)
        self.rems_needs.show_visit(visit)
        if not self._view_logged:
            self._view_logged = True
            self._audit("visit_viewed")
            self._tab_changed(f.tabs.currentIndex())

    def _show_met(self, shown: bool) -> None:
        """Open or close the list of met criteria (closed by default)."""
        f = self.form
        f.criteriaLabel.setVisible(shown and f.metToggle.isVisible())
        if self.detail is not None:
            f.metToggle.setText(summary.met_toggle_words(self.detail.readiness, shown))

    def _fill_strip_alerts(self, open_alerts: list[Any]) -> None:
        """One row per open alert in the summary strip, each with its own Resolve button."""
        layout = self.form.summaryAlerts
        for row in self._strip_rows:
            layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._strip_rows = []
        for alert in open_alerts[:STRIP_ALERTS]:
            row = QWidget(self.form.summaryStrip)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            words = QLabel(summary.alert_words(alert), row)
            words.setObjectName("stripAlertLabel")
            words.setWordWrap(True)
            button = QPushButton(self.tr("Resolve"), row)
            button.setObjectName("stripResolveButton")
            button.setProperty("role", "primary")
            button.setAccessibleName(self.tr("Resolve: %1").replace("%1", words.text()))
            button.clicked.connect(lambda _=False, a=alert.id: self.resolve_alert(a))
            line.addWidget(words, 1)
            line.addWidget(button)
            layout.addWidget(row)
            row.show()  # at once, not on the next turn of the event loop
            self._strip_rows.append(row)
        if len(open_alerts) > STRIP_ALERTS:
            more = QLabel(self.tr("%1 more open: see the Alerts tab.").replace(
                "%1", str(len(open_alerts) - STRIP_ALERTS)), self.form.summaryStrip)
            more.setProperty("role", "hint")
            layout.addWidget(more)
            more.show()
            self._strip_rows.append(more)

    @staticmethod
    def _fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def _fill_alerts(self, detail: VisitDetail) -> None:
        alerts = self.form.alertList
        alerts.clear()
        for a in detail.snapshot.alerts:
            when = a.raised_at.astimezone().strftime("%H:%M")
            text = self.tr("Open %1 \u00b7 %2 \u00b7 %3") if a.is_open \
                else self.tr("Dealt with %1 \u00b7 %2 \u00b7 %3")
            text = text.replace("%1", domain_text.severity(a.severity.value)).replace(
                "%2", when).replace("%3", domain_text.cause(a))
            if a.is_open and a.is_seen:  # "I'm on my way" given, not resolved yet
                text += self.tr(" \u00b7 %1 on the way").replace("%1", a.seen_by or "\u2013")
            if not a.is_open:
                text += self.tr(" \u00b7 by %1").replace("%1", a.acknowledged_by or "\u2013")
                if a.note:
                    text += f" \u00b7 {a.note}"
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, a.id if a.is_open else None)
            alerts.addItem(item)
        first_open = next((i for i in range(alerts.count())
                           if alerts.item(i).data(_ID_ROLE) is not None), -1)
        alerts.setCurrentRow(first_open)
        open_count = sum(1 for a in detail.snapshot.alerts if a.is_open)
        tabs = self.form.tabs
        tabs.setTabText(tabs.indexOf(self.form.alertsTab),
                        self.tr("Alerts (%1 open)").replace("%1", str(open_count))
                        if open_count else self.tr("Alerts"))
        self.form.acknowledgeButton.setEnabled(first_open >= 0)

    def _fill_ready_form(self, detail: VisitDetail) -> None:
        form = detail.snapshot.latest_ready_to_go()
        if form is None:
            self.form.readyFormLabel.setText(self.tr("Ready-to-go form: not asked yet."))
            return
        criterion = detail.readiness.criterion("asq")
        self.form.readyFormLabel.setText(self.tr("Ready-to-go form (%1): %2").replace(
            "%1", self._status_words(form.status.value)).replace(
                "%2", domain_text.text(criterion.detail)))

    def _status_words(self, status: str) -> str:
        """A check-in's status in the nurse's language."""
        return {"due": self.tr("due"), "started": self.tr("started"),
                "completed": self.tr("completed"), "missed": self.tr("missed")}.get(status, status)

    # -- observation entry -----------------------------------------------------
    def entry(self) -> ObservationEntry | None:
        """The typed entry, or None while something is missing or out of range."""
        f = self.form
        values = [f.systolicSpin.value(), f.diastolicSpin.value(), f.pulseSpin.value(),
                  f.spo2Spin.value()]
        combos = [f.moaasCombo.currentData(), f.ambulationCombo.currentData(),
                  f.nauseaCombo.currentData(), f.dissociationCombo.currentData()]
        if 0 in values or None in combos or f.painSpin.value() < 0:
            return None
        try:
            return ObservationEntry(
                systolic=values[0], diastolic=values[1], pulse=values[2], spo2=values[3],
                on_room_air=f.roomAirCheck.isChecked(), moaas=combos[0], ambulation=combos[1],
                nausea_vomiting=combos[2], pain=f.painSpin.value(), dissociation=combos[3],
                resp_rate=f.respSpin.value() or None)
        except ObservationError as exc:
            self._message(domain_text.text(exc.reason))
            return None

    def _update_padss(self) -> None:
        entry = self.entry()
        f = self.form
        f.saveObservationButton.setEnabled(entry is not None and self.detail is not None)
        if entry is None or self.detail is None:
            f.padssLabel.setText(self.tr("Fill in every reading to see the score."))
            return
        score = padss_for(self.detail.snapshot.visit, entry)
        if score is None:
            f.padssLabel.setText(self.tr("No pre-treatment BP or pulse: PADSS cannot be scored."))
            return
        names = {"vital_signs": self.tr("Vital signs"), "ambulation": self.tr("Ambulation"),
                 "nausea_vomiting": self.tr("Nausea/vomiting"), "pain": self.tr("Pain"),
                 "bleeding": self.tr("Bleeding")}
        not_applicable = self.tr("not applicable (2)")
        # Every item's score; the reason only where points were lost (what to look at).
        lines = [f"<b>{names[i.key]}: {i.score}</b>"
                 + (f" \u2013 {domain_text.text(i.reason)}" if i.score < 2 else "")
                 if i.key != "bleeding" else
                 f"<b>{names[i.key]}: {not_applicable}</b>"
                 for i in score.items]
        f.padssLabel.setText(f"<span style='font-size:26pt'><b>{score.total} / 10</b></span>"
                             "<br>" + "<br>".join(lines))

    def save_observation(self) -> None:
        """Store the entry and show any alert it raised."""
        entry, visit_id, staff_id = self.entry(), self.visit_id, self.staff.id
        if entry is None or visit_id is None:
            return
        self.form.saveObservationButton.setEnabled(False)
        CollectionOp(self, self.services, lambda s: s.observations.record(
            visit_id, entry, staff_id=staff_id)).success(self._observation_saved).failure(
            self._not_saved).hint(lambda: self._message(self.tr("Saving…")),
                                  lambda: self._message("")).run()

    def _not_saved(self, error: Exception) -> None:
        if isinstance(error, ObservationError):
            self._message(domain_text.text(error.reason))
        elif isinstance(error, StorageError):
            self._message(self.tr("Not saved: the database is busy. Please try again."))
        else:
            raise error
        self._update_padss()

    def _observation_saved(self, saved: Any) -> None:
        text = self.tr("Saved.")
        if saved.new_alerts:
            text += " " + self.tr("Alert raised: %1").replace(
                "%1", "; ".join(domain_text.cause(a) for a in saved.new_alerts))
        self._clear_entry()
        self._message(text)
        self._written()

    def _clear_entry(self) -> None:
        f = self.form
        for spin in (f.systolicSpin, f.diastolicSpin, f.pulseSpin, f.spo2Spin, f.respSpin,
                     f.painSpin):
            spin.setValue(spin.minimum())
        for combo in (f.moaasCombo, f.ambulationCombo, f.nauseaCombo, f.dissociationCombo):
            combo.setCurrentIndex(-1)
        f.roomAirCheck.setChecked(True)
        self._update_padss()

    # -- alerts and sign-offs --------------------------------------------------
    def acknowledge_selected(self) -> None:
        """Acknowledge the selected open alert with the optional note."""
        item = self.form.alertList.currentItem()
        alert_id = item.data(_ID_ROLE) if item is not None else None
        if alert_id is not None:
            self.resolve_alert(int(alert_id), self.form.noteEdit.text())

    def resolve_alert(self, alert_id: int, note: str = "") -> None:
        """Resolve one open alert (from the strip, or the Alerts tab with its note)."""
        if self.visit_id is None:
            return
        staff_id = self.staff.id

        def acknowledged(_alert: Any) -> None:
            self.form.noteEdit.clear()
            self._written()

        def failed(error: Exception) -> None:
            if not isinstance(error, StorageError):
                raise error
            # Said in the strip, where the Resolve buttons are, whichever tab is open.
            self.form.nextLabel.setText(self.tr("Not resolved: the database is busy. "
                                                "Please try again."))

        CollectionOp(self, self.services, lambda s: s.alerts.acknowledge(
            int(alert_id), staff_id=staff_id, note=note)).success(acknowledged).failure(
            failed).run()

    def _written(self) -> None:
        """A change of this page landed: show it, and tell the board."""
        self.refresh()
        if self.visit_id is not None:
            self.visit_changed.emit(self.visit_id)

    def record_safety_assessment(self) -> None:
        """Record that a clinician did the brief suicide safety assessment."""
        visit_id, staff_id = self.visit_id, self.staff.id
        if visit_id is None:
            return
        CollectionOp(self, self.services, lambda s: s.observations.record_safety_assessment(
            visit_id, staff_id=staff_id)).success(lambda _r: self._safety_recorded()).failure(
            self._not_saved).run()

    def _safety_recorded(self) -> None:
        self._written()

    def _escort_clicked(self, checked: bool) -> None:
        visit_id, staff_id = self.visit_id, self.staff.id
        if visit_id is None:
            return
        CollectionOp(self, self.services, lambda s: s.observations.set_escort(
            visit_id, checked, staff_id=staff_id)).success(lambda _r: self._written()).failure(
            self._not_saved).run()

    def _discharge_clicked(self) -> None:
        if self.visit_id is not None:
            self.discharge_requested.emit(self.visit_id)

    def _message(self, text: str) -> None:
        self.form.observationMessage.setText(text)
