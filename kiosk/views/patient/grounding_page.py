"""Grounding: the 5-4-3-2-1 senses exercise, one gentle step a screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from kiosk.forms.grounding_page import Ui_GroundingPage

STEP_COUNTS: tuple[int, ...] = (5, 4, 3, 2, 1)
CLOSING = len(STEP_COUNTS)


class GroundingPage(QWidget):
    """Walks the patient through five senses, then a calm closing screen.

    Attributes:
        form: the Designer form.

    Signals:
        finished: the patient wants to go back to the calming choices.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_GroundingPage()
        self.form.setupUi(self)
        self._step = 0
        self.form.nextButton.clicked.connect(self.next_step)
        self.form.previousButton.clicked.connect(self.previous_step)
        self.form.againButton.clicked.connect(self.start)
        self.form.backToChoicesButton.clicked.connect(self._leave)
        self._show()

    @property
    def step(self) -> int:
        """The step shown: 0-4 for the senses, 5 for the closing screen."""
        return self._step

    def start(self) -> None:
        """Begin at the first sense."""
        self._step = 0
        self._show()

    def stop(self) -> None:
        """Nothing runs on this page."""

    def clear(self) -> None:
        """Nothing about the patient is kept; go back to the first step."""
        self.start()

    def next_step(self) -> None:
        """Move on to the next sense, or to the closing screen."""
        self._step = min(CLOSING, self._step + 1)
        self._show()

    def previous_step(self) -> None:
        """Go back one sense."""
        self._step = max(0, self._step - 1)
        self._show()

    def _texts(self, step: int) -> tuple[str, str]:
        prompts = (
            (self.tr("Look around you. Find 5 things you can see."),
             self.tr("Maybe a colour, a light, or the shape of something nearby.")),
            (self.tr("Find 4 things you can touch."),
             self.tr("Your hands on the blanket, your feet, the chair under you.")),
            (self.tr("Listen. Find 3 things you can hear."),
             self.tr("Soft voices, a hum, your own breathing. Any sound is fine.")),
            (self.tr("Find 2 things you can smell."),
             self.tr("The air, your clothes, your skin. If you notice nothing, that's fine too.")),
            (self.tr("Find 1 thing you can taste."),
             self.tr("Maybe water, or just the taste in your mouth right now.")),
        )
        return prompts[step]

    def _show(self) -> None:
        f = self.form
        closing = self._step == CLOSING
        f.steps.setCurrentWidget(f.closingPage if closing else f.stepPage)
        f.previousButton.setEnabled(self._step > 0)
        f.nextButton.setVisible(not closing)
        f.previousButton.setVisible(not closing)
        if closing:
            return
        prompt, help_text = self._texts(self._step)
        f.countLabel.setText(str(STEP_COUNTS[self._step]))
        f.promptLabel.setText(prompt)
        f.helpLabel.setText(help_text + " " + self.tr("Take your time."))
        f.progressLabel.setText(self.tr("Step %1 of %2").replace("%1", str(self._step + 1))
                                .replace("%2", str(len(STEP_COUNTS))))

    def _leave(self) -> None:
        self.finished.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._show()
        super().changeEvent(event)
