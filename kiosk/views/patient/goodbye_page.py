"""The goodbye screen after the ready-to-go questions, until the nurse ends the visit."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.forms.goodbye_page import Ui_GoodbyePage


class GoodbyePage(QWidget):
    """Says goodbye; the nurse ends the visit from their side.

    Attributes:
        form: the generated form.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_GoodbyePage()
        self.form.setupUi(self)
        self._first_name = ""

    def setup_page(self, first_name: str) -> None:
        """Say goodbye by first name (or without one)."""
        self._first_name = first_name
        self.form.titleLabel.setText(
            self.tr("Take good care, %1").replace("%1", first_name) if first_name
            else self.tr("Take good care"))

    def clear(self) -> None:
        """Forget the patient's name."""
        self.setup_page("")

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.setup_page(self._first_name)
        super().changeEvent(event)
