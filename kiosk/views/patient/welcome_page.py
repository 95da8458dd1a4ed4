"""The welcome screen: greets the patient by first name and starts the first check-in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from kiosk.forms.welcome_page import Ui_WelcomePage


class WelcomePage(QWidget):
    """Greets the patient.

    Signals:
        begin_requested: the patient tapped the button to begin.
    """

    begin_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_WelcomePage()
        self.form.setupUi(self)
        self._first_name = ""
        self._clinic_name: str | None = None
        self.form.startButton.clicked.connect(self.begin_requested)

    def setup_page(self, first_name: str, clinic_name: str) -> None:
        """Fill the greeting for one patient."""
        self._first_name = first_name
        self._clinic_name = clinic_name
        self.retranslate()

    def clear(self) -> None:
        """Remove every trace of the patient."""
        self._first_name = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Write the texts set from code in the current language."""
        greeting = self.tr("Welcome, %1").replace("%1", self._first_name) \
            if self._first_name else self.tr("Welcome")
        self.form.greetingLabel.setText(greeting)
        if self._clinic_name is not None:
            self.form.clinicLabel.setText(self._clinic_name)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
