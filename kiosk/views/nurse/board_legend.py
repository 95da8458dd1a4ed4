"""The board's legend: what each alert look means, the minutes column and the arrows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QVBoxLayout, QWidget

from kiosk.views.nurse.alert_kinds import LOOKS, AlertKind, label

LEGEND_PT = 16
"""Nurse text: 16 pt or more, like the rest of the nurse screens."""


class ChipFlow(QLayout):
    """Chips side by side, wrapping onto a second row when the words need it (Spanish)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        """Keep the chip."""
        self._items.append(item)

    def count(self) -> int:
        """Number of chips."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        """The chip at ``index``, if any."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        """Remove and return the chip at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """Never grows on its own."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Its height depends on how many rows the width allows."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the chips need at ``width``."""
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Lay the chips out in rows."""
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of every chip."""
        width = sum(i.sizeHint().width() for i in self._items) \
            + self.spacing() * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """The widest chip."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and x > rect.x():
                x, y, row_height = rect.x(), y + row_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class BoardLegend(QWidget):
    """Alert-kind chips (wrapping if need be), and a line explaining the columns.

    Attributes:
        chips: kind -> its chip label.
        columns: the line explaining minutes (and, on the full board, the arrows).
    """

    def __init__(self, *, glance: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardLegend")
        self._glance = glance
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        outer.setSpacing(4)
        row = ChipFlow(spacing=8)
        self.chips: dict[AlertKind, QLabel] = {}
        for kind in AlertKind:
            chip = QLabel(self)
            look = LOOKS[kind]
            chip.setStyleSheet(f"background: {look.background}; color: {look.text};"
                               f" font-size: {LEGEND_PT}pt; font-weight: bold;"
                               " padding: 2px 10px; border-radius: 6px;")
            self.chips[kind] = chip
            row.addWidget(chip)
        outer.addLayout(row)
        self.columns = QLabel(self)
        self.columns.setWordWrap(True)
        self.columns.setStyleSheet(f"font-size: {LEGEND_PT}pt;")
        outer.addWidget(self.columns)
        self.retranslate()

    def retranslate(self) -> None:
        """Word the legend in the current language."""
        for kind, chip in self.chips.items():
            chip.setText(label(kind))
        minutes = self.tr("Minutes: time since the end of dosing / the minimum stay "
                          "(green once it is reached).")
        if not self._glance:
            minutes += " " + self.tr("Arrows compare with the check-in before: "
                                     "\u2191 higher, \u2193 lower, \u2192 the same.")
        self.columns.setText(minutes)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
