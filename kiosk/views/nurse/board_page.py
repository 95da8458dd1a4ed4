"""The nurse board: every patient in recovery, whoever needs a nurse first on top.

It refreshes itself every ``settings.kiosk.board_refresh_ms``; anything any
tablet writes to the shared database shows at the next tick.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QElapsedTimer,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QShowEvent
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kiosk.domain.errors import StorageError
from kiosk.forms.board_page import Ui_BoardPage
from kiosk.services.board import BoardRow, Priority
from kiosk.services.container import Services
from kiosk.views.accessibility import announce
from kiosk.views.nurse.board_model import (
    ALERT,
    BAY,
    PATIENT,
    READINESS,
    VISIT_ID_ROLE,
    BoardModel,
)

ROW_HEIGHT = 60
FRESH_MS = 250
"""Rows loaded this recently are not reloaded on show (the constructor just loaded them)."""


class CellDelegate(QStyledItemDelegate):
    """Paints the model's cell colours, which the theme's stylesheet would override.

    Alert, overdue and readiness cells keep their colour this way.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Fill the cell colour, then let the style draw text and focus."""
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if not isinstance(background, QColor) or not isinstance(foreground, QColor):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.fillRect(option.rect, background)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(foreground)
        align = index.data(Qt.ItemDataRole.TextAlignmentRole)
        flags = int(align if align is not None else Qt.AlignmentFlag.AlignLeft) \
            | int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(option.rect.adjusted(6, 2, -6, -2), flags,
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()


class BoardPage(QWidget):
    """The board table with its refresh timer.

    Attributes:
        model: the board's table model.
        timer: the refresh timer.

    Signals:
        visit_requested(int): the nurse tapped a patient (visit id).
    """

    visit_requested = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = Ui_BoardPage()
        self.form.setupUi(self)
        self.model = BoardModel(self)
        table = self.form.boardTable
        table.setModel(self.model)
        table.setItemDelegate(CellDelegate(table))
        # Local sizes: readable from 2 m, yet nine columns fit beside the navigation.
        table.setStyleSheet("QTableView { font-size: 15pt; } "
                            "QHeaderView::section { font-size: 12pt; padding: 2px; }")
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ALERT, QHeaderView.ResizeMode.Stretch)
        for column in (BAY, PATIENT, READINESS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.clicked.connect(self._open)
        table.activated.connect(self._open)
        self.form.problemLabel.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(services.settings.kiosk.board_refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._loaded = QElapsedTimer()
        self._needing = 0
        self.refresh()

    def refresh(self) -> None:
        """Reload the rows; a database problem shows a calm banner and keeps the last rows."""
        self._loaded.start()
        try:
            rows = self.services.board.rows()
        except StorageError:
            self.form.problemLabel.setText(self.tr(
                "The board cannot reach the database just now. It will keep trying."))
            self.form.problemLabel.show()
            return
        self.form.problemLabel.hide()
        self.model.set_rows(rows)
        self.form.emptyLabel.setVisible(not rows)
        self.form.boardTable.setVisible(bool(rows))
        self.form.summaryLabel.setText(self._summary(rows))
        needing = sum(1 for r in rows if r.priority <= Priority.REVIEW)
        if needing > self._needing:  # a new alert: a screen reader says so unasked
            announce(self.form.summaryLabel, self.form.summaryLabel.text())
        self._needing = needing

    def _summary(self, rows: list[BoardRow]) -> str:
        alerts = sum(1 for r in rows if r.priority <= Priority.REVIEW)
        text = self.tr("%n in recovery", "", len(rows))
        if alerts:
            text += " \u00b7 " + self.tr("%n need a nurse", "", alerts)
        return text

    def showEvent(self, event: QShowEvent) -> None:
        """Refresh at once when the board comes into view (unless just loaded)."""
        super().showEvent(event)
        if self._loaded.hasExpired(FRESH_MS):
            self.refresh()

    def _open(self, index: QModelIndex) -> None:
        visit_id = index.data(VISIT_ID_ROLE)
        if visit_id is not None:
            self.visit_requested.emit(int(visit_id))
