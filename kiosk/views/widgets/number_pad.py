"""A large number pad for decimal, quantity and integer answers (no keyboard needed)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MAX_CHARS = 9
KEY_HEIGHT = 84
_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "point", "0", "back")


class NumberPad(QWidget):
    """Digits, a decimal point (decimal items only) and a delete key, with the number shown.

    Attributes:
        keys: key name ("0".."9", "point", "back") -> button.
        display: the label showing the number typed and the unit.

    Signals:
        changed: the number on screen changed.
    """

    changed = Signal()

    def __init__(self, *, decimals: int | None = 0, unit: str = "",
                 limits: tuple[float | None, float | None] = (None, None),
                 parent: QWidget | None = None) -> None:
        """Builds the pad.

        Args:
            decimals: digits allowed after the point (0: whole numbers, no point key;
                None: up to 3).
            unit: shown after the number (e.g. "kg").
            limits: lowest and highest number allowed, if any.
            parent: the owning widget.
        """
        super().__init__(parent)
        self.setObjectName("numberPad")
        self.setStyleSheet("QWidget#numberPad { background: transparent; }")
        self._decimals = 3 if decimals is None else decimals
        self._unit = unit
        self._limits = limits
        self._text = ""
        self.keys: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.display = QLabel(self)
        self.display.setObjectName("numberDisplay")
        self.display.setProperty("role", "pin-dots")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(self.tr("Number entered"))
        layout.addWidget(self.display)
        self.hint = QLabel(self)
        self.hint.setObjectName("numberHint")
        self.hint.setProperty("role", "scale-end")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        grid = QGridLayout()
        grid.setSpacing(12)
        layout.addLayout(grid)
        for n, key in enumerate(_KEYS):
            button = QPushButton(self)
            button.setObjectName(f"numberKey_{key}")
            button.setProperty("role", "key")
            button.setMinimumSize(160, KEY_HEIGHT)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, n // 3, n % 3)
            self.keys[key] = button
        self.keys["point"].setVisible(self._decimals > 0)
        self._retranslate()
        self._refresh()

    def _retranslate(self) -> None:
        for digit in "0123456789":
            self.keys[digit].setText(digit)
            self.keys[digit].setAccessibleName(digit)
        self.keys["point"].setText(self.tr("."))
        self.keys["point"].setAccessibleName(self.tr("Decimal point"))
        self.keys["back"].setText(self.tr("Delete"))
        self.keys["back"].setAccessibleName(self.tr("Delete the last digit"))
        self.setAccessibleName(self.tr("Number pad"))
        low, high = self._limits
        if low is not None and high is not None:
            self.hint.setText(self.tr("From %1 to %2").replace("%1", f"{low:g}")
                              .replace("%2", f"{high:g}"))
        else:
            self.hint.setText("")
        self.hint.setAccessibleName(self.hint.text() or self.tr("Any number"))

    def press(self, key: str) -> None:
        """Act as if `key` was tapped ("0".."9", "point", "back")."""
        text = self._text
        if key == "back":
            text = text[:-1]
        elif key == "point":
            if self._decimals > 0 and "." not in text:
                text = (text or "0") + "."
        elif len(text) < MAX_CHARS:
            if "." in text and len(text.split(".")[1]) >= self._decimals:
                return
            text = key if text == "0" else text + key
        if text != self._text:
            self._text = text
            self._refresh()
            self.changed.emit()

    def _refresh(self) -> None:
        shown = self._text or "–"
        self.display.setText(f"{shown} {self._unit}".strip())
        out = self._text != "" and self.value() is None
        self.display.setProperty("invalid", out)
        self.keys["back"].setEnabled(bool(self._text))

    def number(self) -> float | None:
        """The number typed, or None (nothing typed, or only a point)."""
        try:
            return float(self._text) if self._text.strip(".") else None
        except ValueError:
            return None

    def value(self) -> float | int | None:
        """The number typed if inside the limits (an int when no decimals), else None."""
        number = self.number()
        if number is None:
            return None
        low, high = self._limits
        if (low is not None and number < low) or (high is not None and number > high):
            return None
        return int(number) if self._decimals == 0 else number

    def set_value(self, value: float | int | None) -> None:
        """Show a saved number (None: empty)."""
        if value is None or isinstance(value, bool):
            self._text = ""
        elif self._decimals == 0:
            self._text = str(int(value))
        else:
            self._text = f"{float(value):.{self._decimals}f}".rstrip("0").rstrip(".")
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the key words after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
