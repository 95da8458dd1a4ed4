"""The board's legend: what each alert look means, the minutes column and the arrows."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.views.nurse.alert_kinds import LOOKS, AlertKind, label


class BoardLegend(QWidget):
    """One row of alert-kind chips, and a line explaining the columns.

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
        row = QHBoxLayout()
        row.setSpacing(8)
        self.chips: dict[AlertKind, QLabel] = {}
        for kind in AlertKind:
            chip = QLabel(self)
            look = LOOKS[kind]
            chip.setStyleSheet(f"background: {look.background}; color: {look.text};"
                               " font-size: 12pt; font-weight: bold; padding: 4px 10px;"
                               " border-radius: 6px;")
            self.chips[kind] = chip
            row.addWidget(chip)
        row.addStretch(1)
        outer.addLayout(row)
        self.columns = QLabel(self)
        self.columns.setWordWrap(True)
        self.columns.setStyleSheet("font-size: 12pt;")
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
