"""The nurse board: every patient in recovery, whoever needs a nurse first on top.

It reloads when the change feed says something changed (an alert, an answer, a
visit started or ended, in this process or another) and every
:data:`CLOCK_REFRESH_MS` for what only time changes (minutes since, overdue
check-ins). The rows are read on the database worker; a burst of changes
gives one reload, and the table keeps the last rows while the database is away.
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
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QShowEvent
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kiosk.forms.board_page import Ui_BoardPage
from kiosk.services.board import BoardRow, Priority
from kiosk.services.container import Services
from kiosk.services.events import Event
from kiosk.services.faults import device_faults
from kiosk.views import live
from kiosk.views.accessibility import announce
from kiosk.views.nurse.board_legend import BoardLegend
from kiosk.views.nurse.board_model import (
    ALERT,
    BAY,
    CHECKIN,
    DISCONNECTION,
    DIZZINESS,
    NAUSEA,
    PATIENT,
    READINESS,
    VISIT_ID_ROLE,
    BoardModel,
)
from kiosk.views.operations import QueryOp

ROW_HEIGHT = 60
FRESH_MS = 250
"""Rows loaded this recently are not reloaded on show (the constructor just loaded them)."""
CLOCK_REFRESH_MS = 15_000
"""Time alone changes the minutes column and overdue check-ins; no database change does."""


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
            | int(Qt.AlignmentFlag.AlignVCenter)
        rect = option.rect.adjusted(6, 2, -6, -2)
        # Elided, never clipped: the whole text is in the tooltip and the visit.
        text = QFontMetrics(font).elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                                             Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, flags, text)
        painter.restore()


class BoardPage(QWidget):
    """The board table with its refresh timer.

    Attributes:
        model: the board's table model.
        timer: the refresh timer.

    Signals:
        visit_requested(int): the nurse tapped a patient (visit id).
        rows_loaded: new rows are in the model (after a refresh's read came back).
    """

    visit_requested = Signal(int)
    rows_loaded = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 glance: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.form = Ui_BoardPage()
        self.form.setupUi(self)
        self.glance = glance
        self.model = BoardModel(
            self, initials_only=glance and services.settings.care.board_initials_only)
        table = self.form.boardTable
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setWordWrap(False)
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
        if glance:  # what a nurse reads from across the room; the rest is in the visit
            for column in (CHECKIN, NAUSEA, DIZZINESS, DISCONNECTION):
                table.setColumnHidden(column, True)
        table.clicked.connect(self._open)
        table.activated.connect(self._open)
        self.legend = BoardLegend(glance=glance, parent=self)
        outer = self.form.outerLayout
        outer.insertWidget(outer.indexOf(self.form.hintLabel), self.legend)
        self.form.problemLabel.hide()
        # Neither the table nor "nobody in recovery" until the first rows are read:
        # an empty table painted first would only be painted again at once.
        table.hide()
        self.form.emptyLabel.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(CLOCK_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._loaded = QElapsedTimer()
        self._loading = False
        self._again = False
        self._changes = live.Coalescer(self.refresh, parent=self)
        live.subscribe(self, services.feed, Event, self._changes.poke)
        self._needing = 0
        self.refresh()

    def refresh(self) -> None:
        """Reload the rows on the worker; a database problem shows a calm banner.

        While a read is out, another refresh waits for it and then reads once more.
        """
        self._loaded.start()
        if self._loading:
            self._again = True
            return
        self._loading = True
        QueryOp(self, self.services, _read).success(self._show_rows).failure(
            self._unreachable).run()

    def _settled(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _unreachable(self, _error: Exception) -> None:
        self.form.problemLabel.setText(" ".join([*self._device_faults(), self.tr(
            "The board cannot reach the database just now. It will keep trying.")]))
        self.form.problemLabel.show()
        self._settled()

    def _show_rows(self, loaded: tuple[list[BoardRow], frozenset[str]]) -> None:
        rows, silent = loaded
        faults = self._device_faults()
        self.form.problemLabel.setText(" ".join(faults))
        self.form.problemLabel.setVisible(bool(faults))
        self.model.set_rows(rows, silent)
        self.form.emptyLabel.setVisible(not rows)
        self.form.boardTable.setVisible(bool(rows))
        self.legend.setVisible(bool(rows))
        self.form.summaryLabel.setText(self._summary(rows, silent))
        self.rows_loaded.emit()
        self._settled()
        needing = sum(1 for r in rows if r.priority <= Priority.REVIEW)
        if needing > self._needing:  # a new alert: a screen reader says so unasked
            announce(self.form.summaryLabel, self.form.summaryLabel.text())
        self._needing = needing

    def _device_faults(self) -> list[str]:
        """One line per tablet whose database broke (its marker in the data folder)."""
        return [self.tr("The tablet in %1 has a fault and cannot save answers (since %2): "
                        "please go to the patient.").replace("%1", fault.station)
                .replace("%2", fault.since.astimezone().strftime("%H:%M"))
                for fault in device_faults(self.services.paths.data_dir)]

    def _summary(self, rows: list[BoardRow], silent: frozenset[str] = frozenset()) -> str:
        waiting = sum(1 for r in rows if r.priority <= Priority.REVIEW or r.bay in silent)
        # Singular and plural written out: English has no .qm to pick a %n form.
        text = self.tr("1 in recovery") if len(rows) == 1 \
            else self.tr("%1 in recovery").replace("%1", str(len(rows)))
        if waiting:
            text += " \u00b7 " + (self.tr("1 needs a nurse") if waiting == 1 else
                                   self.tr("%1 need a nurse").replace("%1", str(waiting)))
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


def _read(services: Services) -> tuple[list[BoardRow], frozenset[str]]:
    """The board's rows and the bays whose tablet went quiet (on the worker)."""
    return services.board.rows(), frozenset(t.bay for t in services.tablets.silent())
