"""Printing and opening a take-home PDF from the nurse pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def open_sheet(path: Path) -> bool:
    """Open the PDF in the system viewer; False when none is available."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_sheet(path: Path, parent: QWidget) -> bool:
    """Ask for a printer and print every page of the PDF; False if cancelled or unreadable."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
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
