"""Admin page "Form warnings": what loading the questionnaires skipped or did its own way.

In lenient loading every skipped item is listed here by file and linkId; in both
modes so are the documented policies applied (a repeating group asked once, a url
made from the file name) and extensions the kiosk does not know.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.container import Services


class FormWarningsPage(QWidget):
    """A read-only table: file, item, what the kiosk did.

    Attributes:
        table: one row per warning.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formWarningsPage")
        self._services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("formWarningsTable")
        self.table.verticalHeader().setVisible(False)
        # Rows as tall as their wrapped text once the table has its width.
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for widget in (self.title, self.summary, self.table):
            layout.addWidget(widget)
        self._fill()
        self._retranslate()

    def _fill(self) -> None:
        warnings = self._services.load_warnings
        self.table.setRowCount(len(warnings))
        for row, problem in enumerate(warnings):
            cells = (problem.file, problem.link_id or "", problem.message)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Form warnings"))
        self.title.setAccessibleName(self.title.text())
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Item (linkId)"), self.tr("What the kiosk did")])
        self.table.setAccessibleName(self.tr("Questionnaire load warnings"))
        lenient = self._services.settings.questionnaires.loading == "lenient"
        count = len(self._services.load_warnings)
        mode = (self.tr("Lenient loading: an item with a problem is skipped and listed here.")
                if lenient else
                self.tr("Strict loading: a file with a problem is not used at all."))
        found = (self.tr("Nothing to report: every form loaded as written.") if not count
                 else self.tr("%n warning(s) from the questionnaire files.", "", count))
        self.summary.setText(f"{mode} {found}")
        self.summary.setAccessibleName(self.summary.text())

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
