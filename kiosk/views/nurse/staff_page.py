"""Staff accounts for admins: list, add, deactivate, reset a PIN, unlock; a new recovery code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QWidget

from kiosk.domain.errors import StorageError
from kiosk.domain.records import StaffRecord
from kiosk.forms.staff_page import Ui_StaffPage
from kiosk.services.staff import StaffError, StaffService
from kiosk.views.notice_text import notice_text

_ID_ROLE = Qt.ItemDataRole.UserRole


class StaffPage(QWidget):
    """Manage staff accounts (admins only; the nurse area never shows it to nurses).

    Attributes:
        admin: the signed-in admin.
    """

    def __init__(self, staff: StaffService, admin: StaffRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff = staff
        self.admin = admin
        self.form = Ui_StaffPage()
        self.form.setupUi(self)
        self.form.addButton.clicked.connect(self.add_account)
        self.form.deactivateButton.clicked.connect(self.deactivate_selected)
        self.form.resetButton.clicked.connect(self.reset_selected)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setMinimumSize(self.form.resetButton.minimumSize())
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.form.listButtons.addWidget(self.unlock_button)
        self.code_button = QPushButton(self.tr("New recovery code"), self)
        self.code_button.setObjectName("recoveryCodeButton")
        self.code_button.setMinimumSize(self.form.resetButton.minimumSize())
        self.code_button.clicked.connect(self.new_recovery_code)
        self.form.listButtons.addWidget(self.code_button)
        self.form.staffList.currentRowChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list of accounts, keeping the selection."""
        chosen = self.selected_id()
        self.form.staffList.clear()
        for record in self.staff.all_staff():
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
        self._update_buttons()

    def selected_id(self) -> int | None:
        """The id of the selected account."""
        item = self.form.staffList.currentItem()
        return int(item.data(_ID_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id()
        self.form.deactivateButton.setEnabled(chosen is not None and chosen != self.admin.id)
        self.form.resetButton.setEnabled(chosen is not None)
        self.unlock_button.setEnabled(chosen is not None)

    def _pin(self) -> str | None:
        pin, again = self.form.pinEdit.text(), self.form.pinRepeatEdit.text()
        if pin != again:
            self._say(self.tr("The two PINs are different."))
            return None
        return pin

    def _run(self, action: Callable[[], object], done: str) -> None:
        try:
            action()
        except StaffError as exc:
            self._say(notice_text(exc.notice))
            return
        except StorageError:
            self._say(self.tr("The database is busy. Please try again."))
            return
        for edit in (self.form.nameEdit, self.form.pinEdit, self.form.pinRepeatEdit):
            edit.clear()
        self.form.adminCheck.setChecked(False)
        self.refresh()
        self._say(done)

    def add_account(self) -> None:
        """Add the account typed in the form."""
        pin = self._pin()
        if pin is None:
            return
        role = "admin" if self.form.adminCheck.isChecked() else "nurse"
        name = self.form.nameEdit.text()
        self._run(lambda: self.staff.add_staff(name, pin, by_id=self.admin.id, role=role),
                  self.tr("Account added."))

    def deactivate_selected(self) -> None:
        """Stop the selected account from signing in."""
        chosen = self.selected_id()
        if chosen is not None:
            self._run(lambda: self.staff.deactivate(chosen, by_id=self.admin.id),
                      self.tr("Account deactivated."))

    def reset_selected(self) -> None:
        """Give the selected account the PIN typed in the form (also lifts a lock)."""
        chosen, pin = self.selected_id(), self._pin()
        if chosen is not None and pin is not None:
            self._run(lambda: self.staff.reset_pin(chosen, pin, by_id=self.admin.id),
                      self.tr("PIN reset."))

    def unlock_selected(self) -> None:
        """Lift the selected account's lock (its PIN stays)."""
        chosen = self.selected_id()
        if chosen is not None:
            self._run(lambda: self.staff.unlock(chosen, by_id=self.admin.id),
                      self.tr("Account unlocked."))

    def new_recovery_code(self) -> None:
        """Replace the clinic's recovery code and show the new one (once)."""
        codes: list[str] = []
        self._run(lambda: codes.append(self.staff.new_recovery_code(by_id=self.admin.id)), "")
        if codes:
            self._say(self.tr("New recovery code: %1. Write it down and keep it locked away; "
                              "the old code no longer works.").replace("%1", codes[0]))

    def _say(self, text: str) -> None:
        self.form.messageLabel.setText(text)
