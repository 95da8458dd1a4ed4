"""A large-key on-screen keyboard (English and Spanish layouts) for writing without one.

Qt Virtual Keyboard ships with the PySide6 wheel only as a QML input method,
which our widget screens would have to load a QML engine for on every tablet;
this keyboard is plain widgets, types into any QLineEdit or QPlainTextEdit, and
its keys are big enough for an unsteady finger.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

LAYOUTS: dict[str, tuple[str, ...]] = {
    "en": ("qwertyuiop", "asdfghjkl'", "zxcvbnm,.?"),
    "es": ("qwertyuiop", "asdfghjklñ", "zxcvbnm,.¿"),
}
ACCENTS = {"en": "-", "es": "áéíóú?"}
KEY_HEIGHT = 52


class OnScreenKeyboard(QWidget):
    """Letter keys, a shift key, space, backspace and a new-line key.

    Attributes:
        keys: key text ("a", "space", "backspace", "shift", "enter"...) -> button.
        target: the text box the keys type into.

    Signals:
        typed(str): a key put this text into the target.
    """

    typed = Signal(str)

    def __init__(self, target: QPlainTextEdit | QLineEdit, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.target = target
        self.keys: dict[str, QPushButton] = {}
        self._shift = False
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        self.lang = ""
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        """Show the layout of ``lang`` (English for any language without its own)."""
        lang = lang if lang in LAYOUTS else "en"
        if lang == self.lang:
            return
        self.lang = lang
        for button in self.keys.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self.keys = {}
        for row, letters in enumerate(LAYOUTS[lang]):
            for column, letter in enumerate(letters):
                self._key(letter, letter, row, column)
        for column, letter in enumerate(ACCENTS[lang]):
            self._key(letter, letter, 3, column + 2)
        self._key("shift", "⇧", 3, 0, span=2)
        last = 2 + len(ACCENTS[lang])
        self._key("space", "", 3, last, span=11 - last)
        self._key("backspace", "⌫", 0, 10)
        self._key("enter", "↵", 1, 10)
        self._key("!", "!", 2, 10)
        self.retranslate()

    def retranslate(self) -> None:
        """Name the special keys in the current language (screen readers read them)."""
        names = {"shift": self.tr("Capital letter"), "space": self.tr("Space"),
                 "backspace": self.tr("Delete the last letter"), "enter": self.tr("New line")}
        for key, text in names.items():
            if key in self.keys:
                self.keys[key].setAccessibleName(text)
        self.keys["space"].setText(self.tr("space"))

    def _key(self, key: str, text: str, row: int, column: int, span: int = 1) -> None:
        button = QPushButton(text, self)
        button.setObjectName(f"key_{key}")
        button.setProperty("role", "key")
        button.setMinimumHeight(KEY_HEIGHT)
        button.setMinimumWidth(52)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        self._grid.addWidget(button, row, column, 1, span)
        self.keys[key] = button

    def press(self, key: str) -> None:
        """Act on one key as if it were tapped."""
        if key == "backspace":
            self._backspace()
            return
        text = {"space": " ", "enter": "\n", "shift": ""}.get(key, key)
        if key == "shift":
            self._set_shift(not self._shift)
            return
        if self._shift:
            text = text.upper()
            self._set_shift(False)
        if isinstance(self.target, QLineEdit):
            if text != "\n":
                self.target.insert(text)
        else:
            self.target.insertPlainText(text)
        self.typed.emit(text)

    def type_text(self, text: str) -> None:
        """Tap the keys that write ``text`` (tests and demos); capitals use shift."""
        for char in text:
            key = {" ": "space", "\n": "enter"}.get(char, char.lower())
            if char != char.lower():
                self.keys["shift"].click()
            self.keys[key].click()

    def _backspace(self) -> None:
        if isinstance(self.target, QLineEdit):
            self.target.backspace()
            return
        cursor = self.target.textCursor()
        cursor.deletePreviousChar()
        self.target.setTextCursor(cursor)

    def _set_shift(self, on: bool) -> None:
        self._shift = on
        for key, button in self.keys.items():
            if len(key) == 1:
                button.setText(key.upper() if on else key)
        self.keys["shift"].setProperty("role", "primary" if on else "key")
        self.keys["shift"].style().unpolish(self.keys["shift"])
        self.keys["shift"].style().polish(self.keys["shift"])
