"""The staff sign-in page: choose your name from big tiles, then type your PIN.

The page only asks a :class:`~kiosk.services.staff_check.StaffDirectory`; it
never knows a PIN itself and shows the directory's message on a failure. When
every account is locked, an admin types the clinic's recovery code under the
tiles ("Locked out?"); that unlocks the admin accounts and shows the next code.
The list, the PIN check and the recovery code run on the database worker
(:mod:`kiosk.views.operations`); the pad is off while a check is in flight.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from kiosk.domain.records import StaffRecord
from kiosk.forms.pin_pad_page import Ui_PinPadPage
from kiosk.services.container import Services
from kiosk.services.staff import PIN_MIN_LENGTH
from kiosk.services.staff_check import PinResult, StaffDirectory
from kiosk.services.staff_recovery import Recovered
from kiosk.views.accessibility import name, pin_dots_name
from kiosk.views.notice_text import notice_text
from kiosk.views.operations import QueryOp
from kiosk.views.widgets.pin_pad import PinPad

Recover = Callable[[Services, str], Recovered | None]
"""Runs on the worker: (services, typed code) -> what was unlocked, or None."""

_COLUMNS = 3


class PinPadPage(QWidget):
    """Staff tiles, then a digit pad.

    Attributes:
        form: the generated form.
        pad: the digit pad.
        staff_tiles: staff id -> tile of the accounts listed.
        recovery_button: "Locked out?", which shows the recovery-code line.
        recovery_edit: where the recovery code is typed.

    Signals:
        signed_in(object): the PIN was right; carries the StaffRecord.
        cancelled: back to the patient screen without signing in.
    """

    signed_in = Signal(object)
    cancelled = Signal()

    def __init__(self, services: Services, staff: StaffDirectory,
                 parent: QWidget | None = None, *, recover: Recover | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff = staff
        self._recover = recover
        self._chosen: StaffRecord | None = None
        self._asked = 0  # counts start(): a late answer for an earlier showing is dropped
        self.form = Ui_PinPadPage()
        self.form.setupUi(self)
        self.pad = PinPad(self.form.padHost, enter_text=self.tr("Sign in"))
        self.form.padLayout.addStretch(1)
        self.form.padLayout.addWidget(self.pad, 3)
        self.form.padLayout.addStretch(1)
        self.staff_tiles: dict[int, QPushButton] = {}
        self.pad.length_changed.connect(self._show_dots)
        self.pad.submitted.connect(self._check)
        self.form.cancelButton.clicked.connect(self.cancelled)
        self.form.otherStaffButton.clicked.connect(self.start)
        self._build_recovery()
        self._message("")

    def _build_recovery(self) -> None:
        row = QHBoxLayout()
        self.recovery_button = QPushButton(self.form.staffStep)
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_edit = QLineEdit(self.form.staffStep)
        self.recovery_edit.setObjectName("recoveryEdit")
        self.recovery_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_edit.setMaxLength(40)
        self._use_code = QPushButton(self.form.staffStep)
        self._use_code.setObjectName("recoveryUseButton")
        # Quiet and small: staff look for it, a patient passing by does not.
        self.recovery_button.setProperty("role", "quiet")
        row.addStretch(1)
        for widget in (self.recovery_button, self.recovery_edit, self._use_code):
            widget.setMinimumHeight(56)
            row.addWidget(widget)
        self.recovery_edit.setMinimumWidth(420)
        row.addStretch(1)
        self.form.staffLayout.addLayout(row)
        self.recovery_button.clicked.connect(self._show_recovery)
        self._use_code.clicked.connect(self.use_recovery_code)
        self.recovery_edit.returnPressed.connect(self.use_recovery_code)
        self.recovery_button.setVisible(self._recover is not None)
        self._name_recovery()
        self._hide_recovery()

    def _name_recovery(self) -> None:
        self.recovery_button.setText(self.tr("Locked out? Use the recovery code"))
        self._use_code.setText(self.tr("Use code"))

    def _show_recovery(self) -> None:
        self.recovery_edit.show()
        self._use_code.show()
        self.recovery_edit.setFocus()

    def _hide_recovery(self) -> None:
        self.recovery_edit.clear()
        self.recovery_edit.hide()
        self._use_code.hide()

    def use_recovery_code(self) -> None:
        """Try the typed recovery code; on success the admins can sign in again."""
        typed = self.recovery_edit.text()
        if self._recover is None or not typed.strip():
            return
        recover = self._recover
        self._use_code.setEnabled(False)

        def failed(_error: Exception) -> None:
            self._use_code.setEnabled(True)
            self._message(self.tr("The code cannot be checked just now. Please try again."))

        # A read: if the database is away the admin hears so at once and tries again.
        QueryOp(self, self._services, lambda s: recover(s, typed)).success(
            self._recovered).failure(failed).run()

    def _recovered(self, done: Recovered | None) -> None:
        self._use_code.setEnabled(True)
        self._hide_recovery()
        if done is None:
            self._message(self.tr("That recovery code did not work."))
            return
        self._message(self.tr("Admin accounts unlocked: sign in with your own PIN. The next "
                              "recovery code is %1. Write it down now; it is not shown again.")
                      .replace("%1", done.new_code))

    def set_cancellable(self, cancellable: bool) -> None:
        """Show or hide "Back to the patient screen" (hidden on a nurse station)."""
        self.form.cancelButton.setVisible(cancellable)

    def start(self) -> None:
        """Show the staff tiles afresh (no name chosen, no digits, no message)."""
        self._chosen = None
        self.pad.reset()
        self._message("")
        for tile in self.staff_tiles.values():
            self.form.staffGrid.removeWidget(tile)
            tile.deleteLater()
        self.staff_tiles = {}
        self._hide_recovery()
        self.form.noStaffLabel.setVisible(False)
        self._show_title()
        self.form.otherStaffButton.setVisible(False)
        self.form.steps.setCurrentWidget(self.form.staffStep)
        self._asked += 1
        asked, staff = self._asked, self._staff

        def failed(_error: Exception) -> None:
            if asked == self._asked:
                self._message(self.tr("The staff list cannot be read just now. Please try "
                                      "again in a moment."))

        QueryOp(self, self._services, lambda _s: staff.active_staff()).success(
            lambda accounts: self._show_tiles(asked, accounts)).failure(failed).run()

    def _show_tiles(self, asked: int, accounts: list[StaffRecord]) -> None:
        if asked != self._asked:  # the page was started afresh meanwhile
            return
        for n, account in enumerate(accounts):
            tile = QPushButton(account.name, self.form.staffHost)
            tile.setProperty("role", "tile")
            tile.setObjectName(f"staffTile_{account.id}")
            tile.setMinimumHeight(88)
            tile.clicked.connect(lambda _=False, a=account: self.choose(a))
            self.form.staffGrid.addWidget(tile, n // _COLUMNS, n % _COLUMNS)
            self.staff_tiles[account.id] = tile
        self.form.noStaffLabel.setVisible(not accounts)

    def choose(self, account: StaffRecord) -> None:
        """Go to the digit pad for ``account``."""
        self._chosen = account
        self.pad.reset()
        self._message("")
        self._show_title()
        self.form.otherStaffButton.setVisible(True)
        self.form.steps.setCurrentWidget(self.form.pinStep)

    def _check(self, pin: str) -> None:
        chosen, staff = self._chosen, self._staff
        if chosen is None or not self.pad.isEnabled():
            return
        self.pad.setEnabled(False)  # one check at a time: no double submit
        asked = self._asked

        def failed(_error: Exception) -> None:
            self.pad.setEnabled(True)
            if asked == self._asked:
                self._message(self.tr("The PIN cannot be checked just now. Please try again."))

        # Fails at once if the database is away (a read's rule): the nurse is told and
        # types again, rather than waiting on a retry.
        QueryOp(self, self._services, lambda _s: staff.verify_pin(chosen.id, pin)).success(
            lambda result: self._checked(asked, result)).failure(failed).run()

    def _checked(self, asked: int, result: PinResult) -> None:
        self.pad.setEnabled(True)
        if asked != self._asked or self._left():  # started afresh, or left, meanwhile
            return
        if result.ok and result.staff is not None:
            account = result.staff
            self.start()
            self.signed_in.emit(account)
            return
        self._message(notice_text(result.notice, result.message)
                      or self.tr("That PIN did not work. Please try again."))

    def _left(self) -> bool:
        """The page is no longer shown in its stack (cancelled, or the patient called)."""
        parent = self.parentWidget()
        return parent is not None and not self.isVisibleTo(parent)

    def _message(self, text: str) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setVisible(bool(text))

    def _show_dots(self, count: int) -> None:
        self.form.dotsLabel.setText("● " * count if count else self.tr("Tap your PIN"))
        name(self.form.dotsLabel, pin_dots_name(count, PIN_MIN_LENGTH))

    def _show_title(self) -> None:
        chosen = self._chosen
        self.form.titleLabel.setText(
            self.tr("%1, enter your PIN").replace("%1", chosen.name) if chosen is not None
            else self.tr("Who is signing in?"))

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch (a message shown keeps its words)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._show_title()
            self._show_dots(self.pad.length)
            self.pad.set_enter_text(self.tr("Sign in"))
            self._name_recovery()
        super().changeEvent(event)
