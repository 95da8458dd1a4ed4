"""Large answer tiles: single choice, several choices, or yes / no."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.views.widgets.tick import follow_checked

MIN_TILE_HEIGHT = 88


class TileGroup(QWidget):
    """A grid of big checkable tiles, each standing for one answer code.

    In single mode one tile at a time is chosen; in multi mode any number, and
    a tile marked ``exclusive`` ("None of these") clears the others and is
    cleared by them.

    Attributes:
        tiles: code -> tile button, in display order.
        multi: several tiles may be chosen.

    Signals:
        changed: the chosen tiles changed.
    """

    changed = Signal()

    def __init__(self, options: Sequence[tuple[str, str]], *, multi: bool = False,
                 exclusive_codes: Sequence[str] = (), columns: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tileGroup")
        self.multi = multi
        self._exclusive = set(exclusive_codes)
        self._group = QButtonGroup(self)
        self._group.setExclusive(not multi)
        self.tiles: dict[str, QPushButton] = {}
        if columns is None:
            columns = 1 if len(options) <= 3 and not self._short(options) else 2
            if len(options) == 2 and self._short(options):
                columns = 2
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(16)
        for n, (code, text) in enumerate(options):
            tile = QPushButton(text, self)
            tile.setCheckable(True)
            tile.setProperty("role", "tile")
            tile.setObjectName(f"tile_{code}")
            tile.setMinimumHeight(MIN_TILE_HEIGHT)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            follow_checked(tile)  # a chosen tile shows a tick, not only a colour
            self._group.addButton(tile, n)
            self.tiles[code] = tile
            grid.addWidget(tile, n // columns, n % columns)
            tile.clicked.connect(lambda _=False, c=code: self._clicked(c))

    @staticmethod
    def _short(options: Sequence[tuple[str, str]]) -> bool:
        return all(len(text) <= 12 for _, text in options)

    def _clicked(self, code: str) -> None:
        if self.multi and self.tiles[code].isChecked():
            clear = ((c for c in self.tiles if c != code) if code in self._exclusive
                     else iter(self._exclusive))
            for other in clear:
                self.tiles[other].setChecked(False)
        self.changed.emit()

    def selected(self) -> list[str]:
        """Codes of the chosen tiles, in display order."""
        return [code for code, tile in self.tiles.items() if tile.isChecked()]

    def set_selected(self, codes: Sequence[str]) -> None:
        """Show exactly ``codes`` as chosen."""
        self._group.setExclusive(False)
        for code, tile in self.tiles.items():
            tile.setChecked(code in codes)
        self._group.setExclusive(not self.multi)
