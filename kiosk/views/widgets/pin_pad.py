"""A large on-screen digit pad for staff PINs (no keyboard needed)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

MAX_DIGITS = 12
_LAYOUT = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "enter")


class PinPad(QWidget):
    """Digits 0-9, a clear key and an enter key; the digits stay inside the widget.

    The enter key reads "Done" unless ``enter_text`` says otherwise ("Sign in").

    Attributes:
        keys: key name ("0".."9", "clear", "enter") -> button.

    Signals:
        length_changed(int): how many digits are typed now (for the dots).
        submitted(str): the PIN typed, when the enter key is tapped.
    """

    length_changed = Signal(int)
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, enter_text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self._digits = ""
        self._enter_text = enter_text
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setSpacing(10)
        labels = {"clear": self.tr("Clear"), "enter": enter_text or self.tr("Done")}
        for n, key in enumerate(_LAYOUT):
            button = QPushButton(labels.get(key, key), self)
            button.setObjectName(f"pinKey_{key}")
            button.setProperty("role", "primary" if key == "enter" else "key")
            button.setMinimumSize(150, 66)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, n // 3, n % 3)
            self.keys[key] = button

    def set_enter_text(self, text: str | None) -> None:
        """Word the enter key (None: "Done")."""
        self._enter_text = text
        self.keys["enter"].setText(text or self.tr("Done"))

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the key words after a language switch (the caller re-words its own)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.keys["clear"].setText(self.tr("Clear"))
            self.keys["enter"].setText(self._enter_text or self.tr("Done"))
        super().changeEvent(event)

    @property
    def length(self) -> int:
        """How many digits are typed."""
        return len(self._digits)

    def press(self, key: str) -> None:
        """Act on one key."""
        if key == "clear":
            self.reset()
        elif key == "enter":
            if self._digits:
                pin, self._digits = self._digits, ""
                self.length_changed.emit(0)
                self.submitted.emit(pin)
        elif len(self._digits) < MAX_DIGITS:
            self._digits += key
            self.length_changed.emit(len(self._digits))

    def type_pin(self, pin: str) -> None:
        """Tap each digit of ``pin`` then the enter key (tests and demos)."""
        for digit in pin:
            self.keys[digit].click()
        self.keys["enter"].click()

    def reset(self) -> None:
        """Forget the digits typed."""
        self._digits = ""
        self.length_changed.emit(0)
