"""On-screen keys for a staff form: letters for names, a number pad for PINs.

The form's text boxes are named up front. Tapping or focusing one makes it the
target: a name box shows the letter keyboard
(:class:`~kiosk.views.widgets.onscreen_keyboard.OnScreenKeyboard`), a PIN box
the number pad. A form can then be filled with no physical keyboard at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.views.widgets.onscreen_keyboard import KEY_HEIGHT, OnScreenKeyboard

FORM_KEY_WIDTH = 44
"""Narrower than the journal's keys (a nurse's steady finger), still a full touch target."""

_DIGITS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "backspace", "0")


class NumberKeys(QWidget):
    """Digits and a delete key that type into one line edit.

    Attributes:
        keys: "0".."9" and "backspace" -> button.
        target: the line edit the keys type into.
    """

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberKeys")
        self.target = target
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for n, key in enumerate(_DIGITS):
            button = QPushButton("\u232b" if key == "backspace" else key, self)
            button.setObjectName(f"digit_{key}")
            button.setProperty("role", "key")
            button.setMinimumHeight(KEY_HEIGHT)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, n // 3, n % 3)
            self.keys[key] = button
        self.keys["backspace"].setAccessibleName(self.tr("Delete the last digit"))

    def press(self, key: str) -> None:
        """Act on one key as if it were tapped."""
        if key == "backspace":
            self.target.backspace()
        else:
            self.target.insert(key)


class FormKeys(QWidget):
    """Letter keys for the ``text`` boxes, number keys for the ``digits`` boxes.

    Attributes:
        letters: the letter keyboard.
        numbers: the number pad.
        target: the box the keys type into now.
    """

    def __init__(self, *, text: Sequence[QLineEdit], digits: Sequence[QLineEdit] = (),
                 lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formKeys")
        self._text = list(text)
        self._digits = list(digits)
        first = (self._text or self._digits)[0]
        self.letters = OnScreenKeyboard(first, lang, self)
        for key in self.letters.keys.values():  # eleven across must fit a form's column
            key.setMinimumWidth(FORM_KEY_WIDTH)
        self.numbers = NumberKeys(first, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.letters)
        layout.addWidget(self.numbers)
        for edit in (*self._text, *self._digits):
            edit.installEventFilter(self)
        self.target = first
        self.use(first)

    def use(self, edit: QLineEdit) -> None:
        """Type into ``edit`` from now on (and show the keys that suit it)."""
        self.target = edit
        self.letters.target = edit
        self.numbers.target = edit
        digits = edit in self._digits
        self.letters.setVisible(not digits)
        self.numbers.setVisible(digits)

    def type_text(self, text: str) -> None:
        """Tap the keys that write ``text`` into the target (tests and demos)."""
        if self.target in self._digits:
            for char in text:
                self.numbers.keys[char].click()
        else:
            self.letters.type_text(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A box that is tapped or takes the focus becomes the target."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress) \
                and isinstance(watched, QLineEdit) and watched is not self.target:
            self.use(watched)
        return False
