"""The station's glance board: always on, no sign-in needed to look.

Bay, patient (initials only where visitors can see, a setting), the alert
state, minutes against the minimum stay and the readiness word. Signing in is
needed only to act: tapping a patient, or "Staff sign-in", asks for a PIN.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.services.container import Services
from kiosk.views.nurse.board_page import BoardPage


class GlancePage(QWidget):
    """The board for a glance, with a sign-in button.

    Attributes:
        board: the board page in glance mode.
        sign_in_button: opens the PIN pad.
        hint: says that signing in is needed only to act.

    Signals:
        sign_in_requested: a nurse wants to act (no visit in mind).
        visit_requested(int): a nurse tapped a patient (sign in, then open the visit).
    """

    sign_in_requested = Signal()
    visit_requested = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glancePage")
        self.setAccessibleName(self.tr("Station board"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setStyleSheet("font-size: 16pt;")
        self.hint.setWordWrap(True)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("glanceSignInButton")
        self.sign_in_button.setMinimumSize(240, 48)
        self.sign_in_button.setMaximumHeight(56)
        self.sign_in_button.setStyleSheet("font-size: 16pt;")
        top.addWidget(self.hint, 1)
        top.addWidget(self.sign_in_button)
        layout.addLayout(top)
        self.board = BoardPage(services, self, glance=True)
        layout.addWidget(self.board, 1)
        self.board.form.hintLabel.hide()  # the hint above says it for this page
        self.sound_off = False
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.board.visit_requested.connect(self.visit_requested)
        self.retranslate()

    def set_sound_off(self, off: bool) -> None:
        """Say on the board, all the time, that this station cannot chime."""
        self.sound_off = off
        self.retranslate()

    def retranslate(self) -> None:
        """Word the page in the current language."""
        hint = self.tr("Anyone can look. Sign in to act: open a visit, acknowledge, enter "
                       "vitals, discharge.")
        if self.sound_off:
            hint += "\n" + self.tr("Sound is off on this station: alerts show on screen only.")
        self.hint.setText(hint)
        self.sign_in_button.setText(self.tr("Staff sign-in"))
        self.board.form.titleLabel.setText(self.tr("Station board"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
