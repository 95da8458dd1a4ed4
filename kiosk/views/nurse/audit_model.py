"""A small table model of audit events for the admin's audit page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kiosk.domain.records import AuditRecord

COL_TIME = 0
COL_PERSON = 1
COL_ACTION = 2
COL_VISIT = 3
COL_DETAIL = 4
COLUMN_COUNT = 5

_Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """Audit events, newest first, one row each (read-only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[AuditRecord] = []
        self._headers = {COL_TIME: self.tr("When"), COL_PERSON: self.tr("Who"),
                         COL_ACTION: self.tr("What"), COL_VISIT: self.tr("Visit"),
                         COL_DETAIL: self.tr("Detail")}

    def set_events(self, events: list[AuditRecord]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> AuditRecord:
        """The event shown on a row."""
        return self._events[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Rows under the root; none under an item."""
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Five columns under the root; none under an item."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text of one cell (display and tooltip roles)."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        event = self._events[index.row()]
        column = index.column()
        if column == COL_TIME:
            return event.at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == COL_PERSON:
            return event.staff_name or self.tr("(system or patient)")
        if column == COL_ACTION:
            return event.action.replace("_", " ")
        if column == COL_VISIT:
            return str(event.visit_id) if event.visit_id is not None else ""
        if column == COL_DETAIL:
            return event.detail or ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers.get(section)
        return None
