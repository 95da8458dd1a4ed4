"""Rest mode: a dark, slow, quiet screen; any touch brings the patient back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.forms.rest_page import Ui_RestPage
from kiosk.views.widgets.calm_glow import CalmGlow


class RestPage(QWidget):
    """The dimmed screen shown after a while without a touch.

    Attributes:
        form: the generated form.
        glow: the slow glow.

    Signals:
        woken: the patient touched the screen.
    """

    woken = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_RestPage()
        self.form.setupUi(self)
        self.glow = CalmGlow(parent=self.form.glowHost)
        self.form.glowLayout.addWidget(self.glow)
        self.set_checkin_due(False)

    def set_checkin_due(self, due: bool) -> None:
        """Show or hide the gentle "time for a check-in" line."""
        self.form.dueLabel.setVisible(due)

    def start(self) -> None:
        """Begin the slow animation."""
        self.glow.start()

    def stop(self) -> None:
        """Stop the animation."""
        self.glow.stop()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Any touch wakes the screen."""
        event.accept()
        self.woken.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
        super().changeEvent(event)
