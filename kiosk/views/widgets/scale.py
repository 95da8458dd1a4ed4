"""A 0-10 scale of eleven large buttons with words under both ends."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.views.accessibility import name, scale_button_name
from kiosk.views.widgets.by_name import set_by_name

MIN_BUTTON = 88


class ScaleWidget(QWidget):
    """Eleven (or max-min+1) checkable number buttons in a row, one choice at a time.

    Attributes:
        buttons: the number buttons, lowest first.
        lower_label: the words under the low end.
        upper_label: the words under the high end.

    Signals:
        chosen(int): the patient tapped a number.
    """

    chosen = Signal(int)

    def __init__(self, minimum: int = 0, maximum: int = 10, *, lower: str = "",
                 upper: str = "", step: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaleWidget")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(10)
        for value in range(minimum, maximum + 1, max(step, 1)):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setProperty("role", "scale")
            button.setObjectName(f"scale{value}")
            button.setMinimumSize(MIN_BUTTON, 104)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._group.addButton(button, value)
            self.buttons.append(button)
            row.addWidget(button)
        self._group.idClicked.connect(self.chosen)
        self.lower_label = QLabel(lower, self)
        self.upper_label = QLabel(upper, self)
        for label, align in ((self.lower_label, "AlignLeft"),
                             (self.upper_label, "AlignRight")):
            label.setWordWrap(True)
            label.setProperty("role", "scale-end")
            set_by_name(label, "alignment", f"{align}|AlignTop")
        ends = QHBoxLayout()
        ends.addWidget(self.lower_label, 1)
        ends.addSpacing(40)
        ends.addWidget(self.upper_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(row)
        layout.addLayout(ends)

    def describe(self, question: str) -> None:
        """Name each button for a screen reader: "2 of 10, how sick to your stomach..."."""
        top = self.buttons[-1].text() if self.buttons else ""
        ends = {0: self.lower_label.text(), len(self.buttons) - 1: self.upper_label.text()}
        for n, button in enumerate(self.buttons):
            name(button, scale_button_name(int(button.text()), int(top), question),
                 ends.get(n, ""))

    def value(self) -> int | None:
        """The chosen number, or None."""
        checked = self._group.checkedId()
        return None if checked == -1 else checked

    def set_value(self, value: int | None) -> None:
        """Show ``value`` as chosen (None: nothing chosen)."""
        button = self._group.button(value) if value is not None else None
        if button is None:
            self._group.setExclusive(False)
            for b in self.buttons:
                b.setChecked(False)
            self._group.setExclusive(True)
            return
        button.setChecked(True)

    def button_for(self, value: int) -> QPushButton:
        """The button of one number (for tests and the test driver)."""
        button = self._group.button(value)
        if not isinstance(button, QPushButton):
            raise KeyError(value)
        return button
