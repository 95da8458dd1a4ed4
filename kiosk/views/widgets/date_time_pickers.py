"""Touch pickers for date and time answers: a large calendar, and hour / minute steppers.

Nothing is chosen until the patient taps (or a saved or initial value is shown), so
"Next" stays off until then, as with the other answer controls.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

STEP_MINUTES = 5
BUTTON_HEIGHT = 96


class DatePicker(QWidget):
    """A big month calendar; the chosen day is the answer (ISO ``YYYY-MM-DD``).

    Signals:
        changed: a day was chosen.
    """

    changed = Signal()

    def __init__(self, limits: tuple[str | None, str | None] = (None, None),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datePicker")
        self.setStyleSheet("QWidget#datePicker { background: transparent; }")
        self._chosen = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.calendar = QCalendarWidget(self)
        view = self.calendar.findChild(QTableView, "qt_calendar_calendarview")
        if view is not None:  # the grid of days a screen reader walks
            view.setAccessibleName(self.tr("Days of the month"))
        self.calendar.setObjectName("answerCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.calendar.setMinimumSize(760, 500)  # six rows of finger-sized days
        self.setMinimumHeight(500)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        low, high = limits
        if low:
            self.calendar.setMinimumDate(QDate.fromString(low, Qt.DateFormat.ISODate))
        if high:
            self.calendar.setMaximumDate(QDate.fromString(high, Qt.DateFormat.ISODate))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout.addWidget(self.calendar, 0, Qt.AlignmentFlag.AlignHCenter)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Choose a day"))
        self.calendar.setAccessibleName(self.tr("Calendar: tap a day"))
        names = {"qt_calendar_prevmonth": self.tr("Previous month"),
                 "qt_calendar_nextmonth": self.tr("Next month"),
                 "qt_calendar_monthbutton": self.tr("Choose the month"),
                 "qt_calendar_yearbutton": self.tr("Choose the year")}
        for button in self.calendar.findChildren(QToolButton):
            if button.objectName() in names:
                button.setAccessibleName(names[button.objectName()])
                button.setMinimumSize(BUTTON_HEIGHT, 64)  # a finger, not a mouse
                button.setIconSize(QSize(40, 40))

    def _picked(self, _date: QDate) -> None:
        self._chosen = True
        self.changed.emit()

    def value(self) -> str | None:
        """The chosen day as ``YYYY-MM-DD``, or None before a tap."""
        if not self._chosen:
            return None
        return str(self.calendar.selectedDate().toString(Qt.DateFormat.ISODate))

    def set_value(self, value: str | None) -> None:
        """Show a saved day (None: nothing chosen; the calendar shows this month)."""
        date = QDate.fromString(value[:10], Qt.DateFormat.ISODate) if value else QDate()
        self._chosen = date.isValid()
        if date.isValid():
            self.calendar.setSelectedDate(date)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the words after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class TimePicker(QWidget):
    """Hour and minute, each with big "earlier" / "later" buttons (minutes in fives).

    Signals:
        changed: the time on screen changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timePicker")
        self.setStyleSheet("QWidget#timePicker { background: transparent; }")
        self._hour = 12
        self._minute = 0
        self._chosen = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        for column, part in enumerate(("hour", "minute")):
            for row, (step, text) in ((0, ("up", "+")), (2, ("down", "−"))):
                button = QPushButton(text, self)
                button.setObjectName(f"time_{part}_{step}")
                button.setProperty("role", "scale")
                button.setMinimumSize(200, BUTTON_HEIGHT)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                button.clicked.connect(lambda _=False, p=part, s=step: self.step(p, s))
                grid.addWidget(button, row, column * 2)
                self.buttons[f"{part}_{step}"] = button
        self.hour_label = QLabel(self)
        self.minute_label = QLabel(self)
        for column, label in ((0, self.hour_label), (2, self.minute_label)):
            label.setProperty("role", "pin-dots")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 1, column)
        colon = QLabel(":", self)
        colon.setProperty("role", "pin-dots")
        colon.setAccessibleName(self.tr("Time separator"))
        grid.addWidget(colon, 1, 1, Qt.AlignmentFlag.AlignCenter)
        self._retranslate()
        self._refresh()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Choose a time"))
        names = {"hour_up": self.tr("One hour later"), "hour_down": self.tr("One hour earlier"),
                 "minute_up": self.tr("Five minutes later"),
                 "minute_down": self.tr("Five minutes earlier")}
        for key, name in names.items():
            self.buttons[key].setAccessibleName(name)
        self.hour_label.setAccessibleName(self.tr("Hour"))
        self.minute_label.setAccessibleName(self.tr("Minutes"))

    def step(self, part: str, direction: str) -> None:
        """One step of the hour or minute ("up" or "down"); the first tap chooses."""
        delta = 1 if direction == "up" else -1
        if part == "hour":
            self._hour = (self._hour + delta) % 24
        else:
            self._minute = (self._minute + delta * STEP_MINUTES) % 60
        self._chosen = True
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        self.hour_label.setText(f"{self._hour:02d}")
        self.minute_label.setText(f"{self._minute:02d}")

    def value(self) -> str | None:
        """The time as ``HH:MM:00``, or None before a tap."""
        return f"{self._hour:02d}:{self._minute:02d}:00" if self._chosen else None

    def set_value(self, value: str | None) -> None:
        """Show a saved time (None: 12:00, nothing chosen)."""
        self._chosen = bool(value)
        if value:
            self._hour, self._minute = int(value[:2]), int(value[3:5])
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the words after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
