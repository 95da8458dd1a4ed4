"""Staff accounts for admins: list, add, deactivate, reset a PIN, unlock; a new recovery code.

Every read and change runs on the database worker (:mod:`kiosk.views.operations`);
while one is in flight the page's buttons are off, so a double tap never submits
twice. The form can be filled with on-screen keys alone (:class:`FormKeys`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QWidget

from kiosk.domain.errors import StorageError
from kiosk.domain.records import StaffRecord
from kiosk.forms.staff_page import Ui_StaffPage
from kiosk.services.container import Services
from kiosk.services.staff import StaffError
from kiosk.views.notice_text import notice_text
from kiosk.views.operations import CollectionOp, QueryOp
from kiosk.views.widgets.form_keys import FormKeys

_ID_ROLE = Qt.ItemDataRole.UserRole


class StaffPage(QWidget):
    """Manage staff accounts (admins only; the nurse area never shows it to nurses).

    Attributes:
        admin: the signed-in admin.
        keys: the on-screen keys of the account form.
        busy: True while a change or the reload runs on the worker.
    """

    def __init__(self, services: Services, admin: StaffRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.admin = admin
        self.busy = False
        self.form = Ui_StaffPage()
        self.form.setupUi(self)
        self.form.addButton.clicked.connect(self.add_account)
        self.form.deactivateButton.clicked.connect(self.deactivate_selected)
        self.form.resetButton.clicked.connect(self.reset_selected)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setMinimumSize(self.form.resetButton.minimumSize())
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.form.listButtons.addWidget(self.unlock_button, 1, 0, 1, 2)
        self.code_button = QPushButton(self.tr("New recovery code"), self)
        self.code_button.setObjectName("recoveryCodeButton")
        self.code_button.setMinimumSize(self.form.resetButton.minimumSize())
        self.code_button.clicked.connect(self.new_recovery_code)
        self.form.listButtons.addWidget(self.code_button, 2, 0, 1, 2)  # long words in Spanish
        self.keys = FormKeys(text=[self.form.nameEdit],
                             digits=[self.form.pinEdit, self.form.pinRepeatEdit],
                             lang=services.settings.clinic.language, parent=self)
        column = self.form.formColumn
        column.insertWidget(column.indexOf(self.form.messageLabel) + 1, self.keys)
        self.form.staffList.currentRowChanged.connect(self._update_buttons)
        self._say("")
        self.refresh()

    def refresh(self) -> None:
        """Reload the list of accounts (on the worker), keeping the selection."""
        self._set_busy(True)

        def failed(_error: Exception) -> None:
            self._set_busy(False)
            self._say(self.tr("The staff list cannot be read just now. Please try again."))

        QueryOp(self, self._services, lambda s: s.staff.all_staff()).success(
            self._show_accounts).failure(failed).run()

    def _show_accounts(self, records: list[StaffRecord]) -> None:
        chosen = self.selected_id()
        self.form.staffList.clear()
        for record in records:
            role = self.tr("admin") if record.role == "admin" else self.tr("nurse")
            text = f"{record.name} \u00b7 {role}"
            if not record.active:
                text += " \u00b7 " + self.tr("deactivated")
            elif record.locked_until is not None:
                text += " \u00b7 " + self.tr("locked")
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, record.id)
            item.setSizeHint(item.sizeHint().expandedTo(self.form.addButton.minimumSize()))
            self.form.staffList.addItem(item)
            if record.id == chosen:
                self.form.staffList.setCurrentItem(item)
        self._set_busy(False)

    def selected_id(self) -> int | None:
        """The id of the selected account."""
        item = self.form.staffList.currentItem()
        return int(item.data(_ID_ROLE)) if item is not None else None

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.form.addButton.setEnabled(not busy)
        self.code_button.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = None if self.busy else self.selected_id()
        self.form.deactivateButton.setEnabled(chosen is not None and chosen != self.admin.id)
        self.form.resetButton.setEnabled(chosen is not None)
        self.unlock_button.setEnabled(chosen is not None)

    def _pin(self) -> str | None:
        pin, again = self.form.pinEdit.text(), self.form.pinRepeatEdit.text()
        if pin != again:
            self._say(self.tr("The two PINs are different."))
            return None
        return pin

    def _run(self, action: Callable[[Services], Any], done: Callable[[Any], str]) -> None:
        """Run ``action`` on the worker; then clear the form, reload and say ``done(result)``."""
        if self.busy:
            return
        self._set_busy(True)

        def succeeded(result: Any) -> None:
            for edit in (self.form.nameEdit, self.form.pinEdit, self.form.pinRepeatEdit):
                edit.clear()
            self.form.adminCheck.setChecked(False)
            self._say(done(result))
            self.refresh()

        def failed(error: Exception) -> None:
            self._set_busy(False)
            if isinstance(error, StaffError):
                self._say(notice_text(error.notice))
            elif isinstance(error, StorageError):
                self._say(self.tr("The database is busy. Please try again."))
            else:
                self._say(self.tr("That did not work. Please try again."))

        CollectionOp(self, self._services, action).success(succeeded).failure(failed).hint(
            lambda: self._say(self.tr("Saving…")), lambda: None).run()

    def add_account(self) -> None:
        """Add the account typed in the form."""
        pin = self._pin()
        if pin is None:
            return
        role = "admin" if self.form.adminCheck.isChecked() else "nurse"
        name, by_id = self.form.nameEdit.text(), self.admin.id
        self._run(lambda s: s.staff.add_staff(name, pin, by_id=by_id, role=role),
                  lambda _r: self.tr("Account added."))

    def deactivate_selected(self) -> None:
        """Stop the selected account from signing in."""
        chosen, by_id = self.selected_id(), self.admin.id
        if chosen is not None:
            self._run(lambda s: s.staff.deactivate(chosen, by_id=by_id),
                      lambda _r: self.tr("Account deactivated."))

    def reset_selected(self) -> None:
        """Give the selected account the PIN typed in the form (also lifts a lock)."""
        chosen, pin, by_id = self.selected_id(), self._pin(), self.admin.id
        if chosen is not None and pin is not None:
            self._run(lambda s: s.staff.reset_pin(chosen, pin, by_id=by_id),
                      lambda _r: self.tr("PIN reset."))

    def unlock_selected(self) -> None:
        """Lift the selected account's lock (its PIN stays)."""
        chosen, by_id = self.selected_id(), self.admin.id
        if chosen is not None:
            self._run(lambda s: s.staff.unlock(chosen, by_id=by_id),
                      lambda _r: self.tr("Account unlocked."))

    def new_recovery_code(self) -> None:
        """Replace the clinic's recovery code and show the new one (once)."""
        by_id = self.admin.id
        self._run(lambda s: s.staff.new_recovery_code(by_id=by_id), lambda code: self.tr(
            "New recovery code: %1. Write it down and keep it locked away; the old code no "
            "longer works.").replace("%1", str(code)))

    def _say(self, text: str) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setVisible(bool(text))  # no empty gap above the keys
