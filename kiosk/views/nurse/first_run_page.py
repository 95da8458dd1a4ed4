"""First run: an empty staff table, so the first admin chooses a name and a PIN (twice).

Then the page shows the clinic's one-time recovery code (the way back in if every
account is ever locked) until the admin taps "I have written it down". The account
is made on the database worker; the pad is off until it answers. The name can be
typed with the on-screen letter keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.errors import StorageError
from kiosk.domain.records import StaffRecord
from kiosk.forms.first_run_page import Ui_FirstRunPage
from kiosk.services.container import Services
from kiosk.services.staff import PIN_MIN_LENGTH, FirstRun, StaffError, check_new_pin
from kiosk.views.accessibility import name, pin_dots_name
from kiosk.views.notice_text import notice_text
from kiosk.views.operations import CollectionOp
from kiosk.views.widgets.form_keys import FormKeys
from kiosk.views.widgets.pin_pad import PinPad


class FirstRunPage(QWidget):
    """Creates the first admin account.

    Attributes:
        pad: the on-screen PIN pad.
        keys: the on-screen letter keys for the name.
        code_label: the recovery code, once the admin exists.
        continue_button: "I have written it down", under the code.

    Signals:
        admin_created(object): the new admin's StaffRecord.
    """

    admin_created = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.form = Ui_FirstRunPage()
        self.form.setupUi(self)
        self.pad = PinPad(self.form.padHost)
        QVBoxLayout(self.form.padHost).addWidget(self.pad)
        font = self.form.nameEdit.font()
        font.setPointSize(22)
        self.form.nameEdit.setFont(font)
        self.keys = FormKeys(text=[self.form.nameEdit], lang=services.settings.clinic.language,
                             parent=self)
        column = self.form.leftColumn
        column.insertWidget(column.indexOf(self.form.nameEdit) + 1, self.keys)
        self._first_pin: str | None = None
        self._admin: StaffRecord | None = None
        self.code_label = QLabel(self)
        self.code_label.setObjectName("recoveryCodeLabel")
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.continue_button = QPushButton(self.tr("I have written it down"), self)
        self.continue_button.setObjectName("recoveryCodeDone")
        self.continue_button.setMinimumHeight(72)
        self.continue_button.clicked.connect(self._finish)
        self.form.leftColumn.addWidget(self.code_label)
        self.form.leftColumn.addWidget(self.continue_button)
        self.code_label.hide()
        self.continue_button.hide()
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
                self._error(notice_text(exc.notice))
                return
            self._error("")
            self.form.stepLabel.setText(self.tr("Type the same PIN again, then tap Done"))
            return
        if pin != self._first_pin:
            self._error(self.tr("The two PINs were different. Please choose your PIN again."))
            self._ask_first()
            return
        self.pad.setEnabled(False)  # one account, however often Done is tapped
        typed_name = self.form.nameEdit.text()
        CollectionOp(self, self._services, lambda s: s.staff.first_run(typed_name, pin)).success(
            self._created).failure(self._refused).run()

    def _refused(self, error: Exception) -> None:
        self.pad.setEnabled(True)
        if isinstance(error, StaffError):
            self._error(notice_text(error.notice))
        elif isinstance(error, StorageError):
            self._error(self.tr("The database is busy. Please try again."))
        else:
            self._error(self.tr("The account could not be made. Please try again."))
        self._ask_first()

    def _created(self, done: FirstRun) -> None:
        self._error("")
        self._admin = done.admin
        self.pad.setEnabled(False)
        self.form.padHost.hide()  # nothing more to type: the code is what matters now
        self.keys.hide()
        self.form.nameEdit.setReadOnly(True)  # readable (a disabled field is too faint)
        self.form.stepLabel.setText(self.tr("Your account is ready."))
        self.form.dotsLabel.setText("")
        self.code_label.setText(self.tr(
            "The clinic's recovery code is <b>%1</b>.<br>Write it down and keep it locked "
            "away. If every account is ever locked, it lets an admin back in. It works once, "
            "and it is not shown again.").replace("%1", done.recovery_code))
        self.code_label.show()
        self.continue_button.show()

    def _finish(self) -> None:
        if self._admin is not None:
            self.admin_created.emit(self._admin)
