"""Table model of the nurse board: one row per active visit, already sorted by need.

Every state is written as a word as well as a colour (alert, due, ready), so
the board reads without colour vision too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kiosk.domain.readiness import Verdict
from kiosk.domain.records import Severity
from kiosk.services.board import BoardRow, CheckinState, Symptom, Trend
from kiosk.views import domain_text
from kiosk.views.nurse import alert_kinds as kinds
from kiosk.views.nurse.alert_kinds import LOOKS, AlertKind, kind_of

BAY, PATIENT, ALERT, TIME, CHECKIN, NAUSEA, DIZZINESS, DISCONNECTION, READINESS = range(9)
COLUMN_COUNT = 9
VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_ARROWS = {Trend.UP: " \u2191", Trend.DOWN: " \u2193", Trend.SAME: " \u2192", Trend.NONE: ""}
# (background, text) pairs from the theme; each passes 4.5:1 contrast.
ALERT_SOFT = ("#fbe3dc", "#9b2c1a")
WARN = ("#fbeccb", "#7a4d00")
OK = ("#e0efe3", "#24663a")

_MET, _UNMET = "\u2713 ", "\u2717 "
_Index = QModelIndex | QPersistentModelIndex


class BoardModel(QAbstractTableModel):
    """Board rows for a QTableView.

    Attributes:
        rows: the rows shown, in board order.
    """

    def __init__(self, parent: QObject | None = None, *, initials_only: bool = False) -> None:
        super().__init__(parent)
        self.rows: list[BoardRow] = []
        self.silent_bays: frozenset[str] = frozenset()
        self.initials_only = initials_only
        self._headers = [self.tr("Bay"), self.tr("Patient"), self.tr("Alert"),
                         self.tr("Minutes"), self.tr("Check-in"), self.tr("Nausea"),
                         self.tr("Dizzy"), self.tr("Disconn."), self.tr("Readiness")]
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[BoardRow], silent_bays: frozenset[str] = frozenset()) -> None:
        """Replace the rows (a full reset keeps selection logic simple at this size).

        ``silent_bays`` are bays whose tablet stopped reporting.
        """
        if rows == self.rows and silent_bays == self.silent_bays:
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.silent_bays = silent_bays
        self.endResetModel()

    def kind(self, row: BoardRow) -> AlertKind | None:
        """The kind of attention the row needs most, if any."""
        top = row.top_alert
        if top is not None and top.severity is Severity.URGENT:
            return AlertKind.URGENT
        if row.bay in self.silent_bays:
            return AlertKind.TABLET
        if top is not None:
            return kind_of(top)
        return AlertKind.OVERDUE if row.checkin_state is CheckinState.OVERDUE else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of visits (no children)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns (no children)."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < COLUMN_COUNT:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, colours, font and the visit id of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == VISIT_ID_ROLE:
            return row.visit_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        colours = self._colours(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and colours:
            return QColor(colours[0])
        if role == Qt.ItemDataRole.ForegroundRole and colours:
            return QColor(colours[1])
        if role == Qt.ItemDataRole.FontRole and (colours or column in (BAY, PATIENT)):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (TIME, NAUSEA, DIZZINESS, DISCONNECTION):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- cell contents -----------------------------------------------------
    def _text(self, row: BoardRow, column: int) -> str:
        if column == BAY:
            return row.bay
        if column == PATIENT:
            return initials(row.patient_label) if self.initials_only else row.patient_label
        if column == ALERT:
            return self._alert_text(row)
        if column == TIME:
            return f"{row.minutes_since_dosing} / {row.observation_minutes}"
        if column == CHECKIN:
            return self._checkin_text(row)
        if column in (NAUSEA, DIZZINESS, DISCONNECTION):
            return _symptom(self._symptom(row, column))
        return {Verdict.READY: self.tr("Ready"), Verdict.NOT_YET: self.tr("Not yet"),
                Verdict.NEEDS_ATTENTION: self.tr("Needs attention")}[row.verdict]

    def _alert_text(self, row: BoardRow) -> str:
        kind, top = self.kind(row), row.top_alert
        if kind is None:
            return ""
        if kind in (AlertKind.OVERDUE, AlertKind.TABLET) or top is None:
            return kinds.label(kind)
        more = f" (+{len(row.open_alerts) - 1})" if len(row.open_alerts) > 1 else ""
        seen = kinds.seen_text(top)
        return f"{kinds.label(kind)}: {kinds.cause_text(top)}{more}" + (
            f" \u00b7 {seen}" if seen else "")

    def _checkin_text(self, row: BoardRow) -> str:
        last = _clock(row.last_checkin_at) if row.last_checkin_at else self.tr("none yet")
        state = {CheckinState.DONE: "", CheckinState.DUE: self.tr(" \u2013 due"),
                 CheckinState.OVERDUE: self.tr(" \u2013 overdue")}[row.checkin_state]
        if row.last_checkin_at is None and row.checkin_state is not CheckinState.DONE:
            return self.tr("first one due") if row.checkin_state is CheckinState.DUE \
                else self.tr("overdue")
        return last + state

    @staticmethod
    def _symptom(row: BoardRow, column: int) -> Symptom:
        return {NAUSEA: row.nausea, DIZZINESS: row.dizziness,
                DISCONNECTION: row.disconnection}[column]

    def _colours(self, row: BoardRow, column: int) -> tuple[str, str] | None:
        if column == ALERT:
            kind = self.kind(row)
            return (LOOKS[kind].background, LOOKS[kind].text) if kind is not None else None
        if column == CHECKIN and row.checkin_state is CheckinState.OVERDUE:
            look = LOOKS[AlertKind.OVERDUE]
            return look.background, look.text
        if column == READINESS:
            return {Verdict.READY: OK, Verdict.NEEDS_ATTENTION: ALERT_SOFT}.get(row.verdict)
        # The limits are the clinic's settings in force (BoardService flags them).
        if column == NAUSEA and row.nausea.flagged:
            return ALERT_SOFT
        if column == DISCONNECTION and row.disconnection.flagged:
            return WARN
        if column == TIME and row.minutes_since_dosing >= row.observation_minutes:
            return OK
        return None

    def _tooltip(self, row: BoardRow, column: int) -> str | None:
        if column == READINESS:
            return "\n".join((_MET if c.met else _UNMET) + domain_text.text(c.detail)
                             for c in row.readiness.criteria)
        if column == ALERT and (row.open_alerts or self.kind(row) is not None):
            lines = [f"{kinds.label(kinds.kind_of(a))}: {kinds.cause_text(a)}"
                     + (f" \u00b7 {kinds.seen_text(a)}" if a.is_seen else "")
                     for a in row.open_alerts]
            if row.bay in self.silent_bays:
                lines.append(kinds.label(AlertKind.TABLET))
            return "\n".join(lines) or self._alert_text(row)
        return None


def initials(patient_label: str) -> str:
    """Initials for a board visitors can see: "Maya R." becomes "M. R."."""
    parts = [p for p in patient_label.replace(".", " ").split() if p]
    return " ".join(f"{p[0].upper()}." for p in parts) or "\u2013"


def _symptom(symptom: Symptom) -> str:
    return "\u2013" if symptom.value is None else f"{symptom.value}{_ARROWS[symptom.trend]}"


def _clock(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")
