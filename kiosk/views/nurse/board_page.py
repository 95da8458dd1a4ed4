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
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QShowEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kiosk.forms.board_page import Ui_BoardPage
from kiosk.services.board import BoardRow, Priority
from kiosk.services.container import Services
from kiosk.services.events import Event
from kiosk.services.faults import device_faults
from kiosk.views import domain_text, live
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
"""Two lines of 16 pt bold: a long alert wraps instead of being cut to "Check…"."""
BOARD_PT = 16
"""Nurse text: 16 pt or more, cells and headers alike."""
FRESH_MS = 250
"""Rows loaded this recently are not reloaded on show (the constructor just loaded them)."""
CLOCK_REFRESH_MS = 15_000
"""Time alone changes the minutes column and overdue check-ins; no database change does."""


def cell_lines(text: str, font: QFont, width: int, height: int) -> list[str]:
    """``text`` wrapped at word boundaries into as many lines as ``height`` holds.

    Never clipped: what does not fit is elided ("…") on the last line, and the whole
    text is in the tooltip and in the visit.
    """
    metrics = QFontMetrics(font)
    most = max(1, height // max(1, metrics.lineSpacing()))
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    units = text.encode("utf-16-le")  # QTextLayout counts UTF-16 units
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()

    def piece(start: int, length: int | None = None) -> str:
        end = len(units) if length is None else 2 * (start + length)
        return units[2 * start:end].decode("utf-16-le", errors="replace").strip()

    if len(spans) > most:
        kept = [piece(*span) for span in spans[:most - 1]]
        rest = piece(spans[most - 1][0])
        return [*kept, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return [metrics.elidedText(piece(*span), Qt.TextElideMode.ElideRight, width)
            for span in spans] or [""]


class CellDelegate(QStyledItemDelegate):
    """Paints the model's cell colours, which the theme's stylesheet would override.

    Alert, overdue and readiness cells keep their colour this way, and their words
    wrap onto a second line rather than being cut short.
    """

    @staticmethod
    def text_rect(cell: QRect) -> QRect:
        """Where a coloured cell's words go."""
        return cell.adjusted(6, 2, -6, -2)

    @staticmethod
    def cell_font(option_font: QFont) -> QFont:
        """Coloured cells are bold."""
        font = QFont(option_font)
        font.setBold(True)
        return font

    def lines(self, cell: QRect, font: QFont,
              index: QModelIndex | QPersistentModelIndex) -> list[str]:
        """The lines a coloured cell shows in ``cell``."""
        rect = self.text_rect(cell)
        return cell_lines(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                          self.cell_font(font), rect.width(), rect.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Fill the cell colour, then draw its words (wrapped, elided, never clipped)."""
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if not isinstance(background, QColor) or not isinstance(foreground, QColor):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.fillRect(option.rect, background)
        font = self.cell_font(option.font)
        painter.setFont(font)
        painter.setPen(foreground)
        align = index.data(Qt.ItemDataRole.TextAlignmentRole)
        horizontal = int(align if align is not None else Qt.AlignmentFlag.AlignLeft) \
            & int(Qt.AlignmentFlag.AlignHorizontal_Mask)
        rect = self.text_rect(option.rect)
        lines = self.lines(option.rect, option.font, index)
        spacing = QFontMetrics(font).lineSpacing()
        top = rect.top() + (rect.height() - spacing * len(lines)) // 2
        for n, text in enumerate(lines):
            painter.drawText(QRect(rect.left(), top + n * spacing, rect.width(), spacing),
                             horizontal | int(Qt.AlignmentFlag.AlignVCenter), text)
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
        domain_text.use_forms_of(services)  # questionnaire alert causes, translated
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
        # Local sizes: nurse text (16 pt) readable from 2 m, yet nine columns fit beside
        # the navigation; headers are padded little so the alert column gets the room.
        # (The header's own font too: it, not the section rule, sizes the columns.)
        table.setStyleSheet(f"QTableView, QHeaderView {{ font-size: {BOARD_PT}pt; }} "
                            f"QHeaderView::section {{ font-size: {BOARD_PT}pt; "
                            "padding: 2px 6px; }")
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
