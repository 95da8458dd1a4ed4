"""First run, step 1: the clinic's country, and the crisis line its sheets will print.

The admin picks the country from the shipped table (``resources/crisis_lines``)
and sees the exact words and their official source. A country not in the table
must have its line typed in by the admin; there is no default and no
"continue" until one of the two is done (CLINICAL.md section 8: never a silent
default, never another country's line). The choice is saved as the clinic
settings ``[clinic] country`` and ``crisis_line`` and put in force at once, on
the database worker (the continue button is off until it has landed).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import ConfigError
from kiosk.domain.crisis_lines import CountryLines
from kiosk.services.container import Services
from kiosk.services.crisis_lines import table_for
from kiosk.views.operations import CollectionOp

OTHER = "other"


class CountryStep(QWidget):
    """Asks for the clinic's country and shows the line the sheet will print.

    Attributes:
        country_combo: the countries of the table, then "another country".
        code_edit, line_edit: the country code and the admin's own words (another country).
        preview: the words the sheet will print, with their source.
        continue_button: enabled once a line is known.

    Signals:
        done: the country (and line) were saved and are in force.
    """

    done = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countryStep")
        self._services = services
        self.saving = False
        self._table: dict[str, CountryLines] = table_for(services.paths.resources)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(14)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.country_combo = QComboBox(self)
        self.country_combo.setObjectName("countryCombo")
        self.country_combo.setMinimumHeight(56)
        self.code_caption = QLabel(self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("countryCodeEdit")
        self.code_edit.setMaxLength(2)
        self.code_edit.setMaximumWidth(160)
        self.line_caption = QLabel(self)
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("crisisLineEdit")
        self.line_edit.setMaxLength(500)
        self.code_caption.setBuddy(self.code_edit)
        self.line_caption.setBuddy(self.line_edit)
        self.preview = QLabel(self)
        self.preview.setObjectName("crisisPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "banner-alert")
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("countryContinueButton")
        self.continue_button.setMinimumHeight(64)
        for widget in (self.title, self.intro, self.country_combo, self.code_caption,
                       self.code_edit, self.line_caption, self.line_edit, self.preview,
                       self.message, self.continue_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._retranslate()
        self.country_combo.currentIndexChanged.connect(self._update)
        self.code_edit.textChanged.connect(self._update)
        self.line_edit.textChanged.connect(self._update)
        self.continue_button.clicked.connect(self.save)
        self._update()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Where is the clinic?"))
        self.intro.setText(self.tr(
            "Every take-home sheet prints the crisis line of the clinic's country, so a "
            "patient knows whom to call tonight. Choose the country; check the words "
            "below."))
        self.code_caption.setText(self.tr("Country code (two letters, e.g. MX)"))
        self.line_caption.setText(self.tr(
            "The crisis line to print, in your words (numbers from an official source)"))
        self.continue_button.setText(self.tr("Use this line and continue"))
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        self.country_combo.addItem(self.tr("Choose the country\u2026"), "")
        for code, entry in sorted(self._table.items(), key=lambda kv: kv[1].name["en"]):
            self.country_combo.addItem(f"{entry.name['en']} ({code})", code)
        self.country_combo.addItem(self.tr("Another country: type its crisis line"), OTHER)
        self.country_combo.blockSignals(False)

    def choose(self, code: str) -> None:
        """Select a country by code (or :data:`OTHER`)."""
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(code)))

    def choice(self) -> tuple[str, str] | None:
        """(country code, typed line) when complete, else None."""
        data = self.country_combo.currentData()
        if data == OTHER:
            code = self.code_edit.text().strip().upper()
            line = " ".join(self.line_edit.text().split())
            if len(code) == 2 and code.isascii() and code.isalpha() and line:
                return code, line
            return None
        return (data, "") if data else None

    def _update(self) -> None:
        other = self.country_combo.currentData() == OTHER
        for widget in (self.code_caption, self.code_edit, self.line_caption, self.line_edit):
            widget.setVisible(other)
        self.message.hide()
        choice = self.choice()
        self.continue_button.setEnabled(choice is not None and not self.saving)
        if choice is None:
            self.preview.setText(self.tr("No line chosen yet: the kiosk never prints another "
                                         "country's numbers."))
            return
        code, typed = choice
        e = html.escape
        if typed:
            body = f"<b>{e(typed)}</b>"
        else:
            entry = self._table[code]
            body = "<br>".join(
                f"<b>{e(line.text['en'])}</b><br><span style='color:#4f5d66'>"
                f"{e(self.tr('Source: %1').replace('%1', line.source))}</span>"
                for line in entry.lines)
        intro = self.tr("The take-home sheet will print (in the visit's language; English "
                        "shown):")
        self.preview.setText(f"<p>{e(intro)}</p><p>{body}</p>")

    def save(self) -> None:
        """Save the country (and typed line) as clinic settings.

        Each save announces itself on the change feed, which puts the new
        settings in force in every service and screen.
        """
        choice = self.choice()
        if choice is None or self.saving:
            return
        code, typed = choice

        def store(s: Services) -> None:
            settings = s.settings_store.save(s.settings, "clinic", "country", code,
                                             staff_id=None)
            s.settings_store.save(settings, "clinic", "crisis_line", typed, staff_id=None)

        def failed(error: Exception) -> None:
            self._saving(False)
            self._show(str(error) if isinstance(error, ConfigError)
                       else self.tr("The database is busy. Please try again."))

        self._saving(True)
        CollectionOp(self, self._services, store).success(lambda _r: self._saved()).failure(
            failed).run()

    def _saving(self, saving: bool) -> None:
        self.saving = saving
        self.continue_button.setEnabled(not saving and self.choice() is not None)

    def _saved(self) -> None:
        self._saving(False)
        self.done.emit()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
