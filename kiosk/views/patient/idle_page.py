"""The neutral screen between patients: the clinic name and nothing about anyone."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.forms.idle_page import Ui_IdlePage


class IdlePage(QWidget):
    """"This tablet is ready for the next patient".

    Attributes:
        form: the generated form.
    """

    def __init__(self, clinic_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_IdlePage()
        self.form.setupUi(self)
        self._clinic_name = clinic_name
        self.form.clinicLabel.setText(clinic_name)

    def set_clinic_name(self, name: str) -> None:
        """Show a new clinic name (changed on the settings page)."""
        self._clinic_name = name
        self.form.clinicLabel.setText(name)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch (the clinic name stays)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.form.clinicLabel.setText(self._clinic_name)
        super().changeEvent(event)
