"""Shown when a check-in is finished: thanks, and the way to the calming activities."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from kiosk.forms.thanks_page import Ui_ThanksPage


class ThanksPage(QWidget):
    """Thanks the patient after a check-in.

    Attributes:
        form: the generated form.

    Signals:
        hub_requested: the patient wants the calming activities.
    """

    hub_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ThanksPage()
        self.form.setupUi(self)
        self.form.hubButton.clicked.connect(self.hub_requested)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
        super().changeEvent(event)
