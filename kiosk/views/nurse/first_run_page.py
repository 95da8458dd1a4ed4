"""First run: an empty staff table, so the first admin chooses a name and a PIN (twice)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.domain.errors import StorageError
from kiosk.forms.first_run_page import Ui_FirstRunPage
from kiosk.services.staff import PIN_MIN_LENGTH, StaffError, StaffService, check_new_pin
from kiosk.views.accessibility import name, pin_dots_name
from kiosk.views.widgets.pin_pad import PinPad


class FirstRunPage(QWidget):
    """Creates the first admin account.

    Attributes:
        pad: the on-screen PIN pad.

    Signals:
        admin_created(object): the new admin's StaffRecord.
    """

    admin_created = Signal(object)

    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff = staff
        self.form = Ui_FirstRunPage()
        self.form.setupUi(self)
        self.pad = PinPad(self.form.padHost)
        QVBoxLayout(self.form.padHost).addWidget(self.pad)
        font = self.form.nameEdit.font()
        font.setPointSize(22)
        self.form.nameEdit.setFont(font)
        self._first_pin: str | None = None
        self.pad.length_changed.connect(self._show_dots)
        self.pad.submitted.connect(self._pin_entered)
        self._error("")
        self._ask_first()

    def _ask_first(self) -> None:
        self._first_pin = None
        ask = self.tr("Choose a PIN of %1 digits or more, then tap Done")
        self.form.stepLabel.setText(ask.replace("%1", str(PIN_MIN_LENGTH)))
        self._show_dots(0)

    def _show_dots(self, count: int) -> None:
        self.form.dotsLabel.setText("\u25cf " * count)
        name(self.form.dotsLabel, pin_dots_name(count, PIN_MIN_LENGTH))

    def _error(self, text: str) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setVisible(bool(text))

    def _pin_entered(self, pin: str) -> None:
        if self._first_pin is None:
            try:
                self._first_pin = check_new_pin(pin)
            except StaffError as exc:
                self._error(str(exc))
                return
            self._error("")
            self.form.stepLabel.setText(self.tr("Type the same PIN again, then tap Done"))
            return
        if pin != self._first_pin:
            self._error(self.tr("The two PINs were different. Please choose your PIN again."))
            self._ask_first()
            return
        try:
            admin = self.staff.create_first_admin(self.form.nameEdit.text(), pin)
        except StaffError as exc:
            self._error(str(exc))
            self._ask_first()
            return
        except StorageError:
            self._error(self.tr("The database is busy. Please try again."))
            self._ask_first()
            return
        self._error("")
        self.admin_created.emit(admin)
