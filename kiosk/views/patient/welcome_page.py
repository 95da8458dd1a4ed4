"""The welcome screen: greets the patient by first name and starts the first check-in."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
        self.form.startButton.clicked.connect(self.begin_requested)

    def setup_page(self, first_name: str, clinic_name: str) -> None:
        """Fill the greeting for one patient."""
        greeting = self.tr("Welcome, %1").replace("%1", first_name) if first_name \
            else self.tr("Welcome")
        self.form.greetingLabel.setText(greeting)
        self.form.clinicLabel.setText(clinic_name)

    def clear(self) -> None:
        """Remove every trace of the patient."""
        self.form.greetingLabel.setText(self.tr("Welcome"))
