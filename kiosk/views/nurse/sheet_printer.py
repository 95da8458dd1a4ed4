"""Showing and printing a take-home PDF inside the kiosk, never through an outside program.

An outside PDF viewer would be a window the kiosk does not control (menus, file
dialogs, a way out of kiosk mode). The sheet is shown in the kiosk's own
:class:`SheetViewer` (Qt PDF) and printed through Qt's own ``QPrintDialog``,
rendered page by page by Qt itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

AskPrinter = Callable[[QPrinter, QWidget], bool]


def ask_printer(printer: QPrinter, parent: QWidget) -> bool:
    """Qt's own print dialog, inside the kiosk; True when the nurse chose Print."""
    dialog = QPrintDialog(printer, parent)
    # No "print to file": a file dialog would browse the computer's folders.
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_sheet(path: Path, parent: QWidget, *, ask: AskPrinter = ask_printer) -> bool:
    """Ask for a printer and print every page of the PDF; False if cancelled or unreadable."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not ask(printer, parent):
        return False
    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_:
        return False
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            painter.drawImage(target, document.render(page, target.size()))
    finally:
        painter.end()
        document.close()
    return True


class SheetViewer(QDialog):
    """The take-home sheet on screen, in a dialog of the kiosk's own window.

    Attributes:
        document: the loaded PDF.
        view: the page view.
        close_button: back to the discharge page.
    """

    def __init__(self, path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sheetViewer")
        self.setWindowTitle(self.tr("Take-home sheet"))
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.document = QPdfDocument(self)
        self.loaded = self.document.load(str(path)) == QPdfDocument.Error.None_
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.close_button = QPushButton(self.tr("Close the sheet"), self)
        self.close_button.setMinimumHeight(64)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.close_button)
        if parent.window() is not None:
            self.resize(parent.window().size() * 0.9)


def show_sheet(path: Path, parent: QWidget) -> SheetViewer | None:
    """Open the sheet in a window-modal viewer; None when the PDF cannot be read."""
    viewer = SheetViewer(path, parent)
    if not viewer.loaded:
        viewer.deleteLater()
        return None
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.open()
    return viewer
