"""Admin settings page: the values a clinic changes day to day, checked as they are typed.

Saved values go through :class:`kiosk.services.settings_store.SettingsStore` (stored,
audited by key), which announces each on the change feed: the services and every
screen put it in force at once (the page only reads ``services.settings`` back).
The save runs on the database worker; Save is off until it has landed or failed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kiosk.config import ConfigError
from kiosk.domain.records import StaffRecord
from kiosk.forms.settings_page import Ui_SettingsPage
from kiosk.services.container import Services
from kiosk.services.settings_store import SettingField, editable_fields, parse_entry
from kiosk.views import domain_text
from kiosk.views.operations import CollectionOp


class SettingsPage(QWidget):
    """One row per editable setting: its label, an entry and a message next to it.

    Attributes:
        form: the generated form.
        edits: (section, key) -> the entry.
        messages: (section, key) -> the message label beside the entry.

    Signals:
        settings_saved: new settings were saved and put in force.
    """

    settings_saved = Signal()

    def __init__(self, services: Services, staff: StaffRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff = staff
        self.form = Ui_SettingsPage()
        self.form.setupUi(self)
        self._fields = editable_fields()
        self.edits: dict[tuple[str, str], QLineEdit] = {}
        self.messages: dict[tuple[str, str], QLabel] = {}
        self._valid: dict[tuple[str, str], Any] = {}
        self.saving = False
        for row, field in enumerate(self._fields):
            self._add_row(row, field)
        self.form.saveButton.clicked.connect(self.save)
        self.load()

    def _add_row(self, row: int, field: SettingField) -> None:
        key = (field.section, field.key)
        host = self.form.fieldsHost
        caption = QLabel(QCoreApplication.translate("Settings", field.label), host)
        caption.setWordWrap(True)
        edit = QLineEdit(host)
        edit.setObjectName(f"{field.section}_{field.key}")
        edit.setAccessibleName(caption.text())
        edit.setMaxLength(500)
        caption.setBuddy(edit)
        message = QLabel(host)
        message.setWordWrap(True)
        message.setProperty("role", "hint")
        if field.kind is int:
            edit.setMaximumWidth(160)
            message.setText(self.tr("%1 to %2").replace("%1", f"{field.lo:g}")
                            .replace("%2", f"{field.hi:g}"))
        grid = self.form.fieldsGrid
        if field.kind is int:
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(message, row, 2)
        else:
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1, 1, 2)
            message.setVisible(False)
            grid.addWidget(message, row, 3)
        grid.setColumnStretch(2, 1)
        grid.setAlignment(caption, Qt.AlignmentFlag.AlignVCenter)
        edit.textChanged.connect(lambda _text, f=field: self._check(f))
        self.edits[key] = edit
        self.messages[key] = message

    def load(self) -> None:
        """Show the values in force."""
        current = self._services.settings
        for field in self._fields:
            value = getattr(getattr(current, field.section), field.key)
            self.edits[(field.section, field.key)].setText(str(value))
            # setText("") on an empty edit emits nothing: check every field anyway.
            self._check(field)
        self.form.messageLabel.setText("")
        self._update_save()

    def _check(self, field: SettingField) -> None:
        key = (field.section, field.key)
        message = self.messages[key]
        try:
            self._valid[key] = parse_entry(field, self.edits[key].text())
        except ConfigError as exc:
            self._valid.pop(key, None)
            message.setText(domain_text.text(exc.reason) if exc.reason is not None
                            else str(exc).split(": ", 1)[-1])
            message.setProperty("error", True)
            message.setVisible(True)
        else:
            if field.kind is int:
                message.setText(self.tr("%1 to %2").replace("%1", f"{field.lo:g}")
                                .replace("%2", f"{field.hi:g}"))
            else:
                message.setVisible(False)
            message.setProperty("error", False)
        message.setProperty("role", "banner-alert" if message.property("error") else "hint")
        message.style().unpolish(message)
        message.style().polish(message)
        self._update_save()

    def _changes(self) -> dict[tuple[str, str], Any]:
        current = self._services.settings
        return {key: value for key, value in self._valid.items()
                if getattr(getattr(current, key[0]), key[1]) != value}

    def _update_save(self) -> None:
        invalid = len(self._valid) < len(self._fields)
        self.form.saveButton.setEnabled(not self.saving and not invalid and bool(self._changes()))

    def save(self) -> None:
        """Store every changed value (on the worker) and put the new settings in force."""
        changes = self._changes()
        if self.saving or not changes:
            return
        staff_id = self._staff.id

        def store(s: Services) -> int:
            settings = s.settings
            for (section, key), value in changes.items():
                settings = s.settings_store.save(settings, section, key, value,
                                                 staff_id=staff_id)
            return len(changes)

        self.saving = True
        self._update_save()
        CollectionOp(self, self._services, store).success(self._saved).failure(
            self._not_saved).hint(
            lambda: self.form.messageLabel.setText(self.tr("Saving…")), lambda: None).run()

    def _saved(self, count: int) -> None:
        self.saving = False
        self.form.messageLabel.setText(self.tr("Saved %1 changes.").replace("%1", str(count)))
        self._update_save()
        self.settings_saved.emit()

    def _not_saved(self, error: Exception) -> None:
        self.saving = False
        if isinstance(error, ConfigError):
            self.form.messageLabel.setText(str(error))
        else:
            self.form.messageLabel.setText(self.tr("The settings could not be saved. "
                                                   "Please try again."))
        self._update_save()
