"""HTML to PDF with Qt's own writer, and words in a language other than the screen's.

A take-home sheet is printed in the visit's language whatever language the
nurse's screen shows, so :class:`Words` looks texts up in its own
:class:`QTranslator` instead of the application's. Calls are written
``words.translate("TakeHome", "...")`` so ``make i18n`` collects them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QTranslator
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

PDF_DPI = 300
BODY_PT = 12.5
"""Body text size of every printed document (12 pt or more)."""


class Words:
    """Looks texts up in one language's catalogue (the source English when none)."""

    def __init__(self, translator: QTranslator | None) -> None:
        self._translator = translator

    def translate(self, context: str, text: str) -> str:
        """``text`` in this language, or ``text`` itself when there is no translation."""
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text


@lru_cache(maxsize=8)
def words_for(i18n_dir: Path, lang: str) -> Words:
    """The words of ``lang`` from ``kiosk_<lang>.qm`` in ``i18n_dir`` (English: the source).

    Raises:
        LookupError: the language has no compiled catalogue (never a silent English).
    """
    if lang == "en":
        return Words(None)
    translator = QTranslator()
    if not translator.load(str(i18n_dir / f"kiosk_{lang}.qm")):
        raise LookupError(f"no translation for language {lang!r} in {i18n_dir}")
    return Words(translator)


def heading(text: str, pt: float, *, top: int = 10) -> str:
    """A bold heading paragraph of ``pt`` points (``text`` already escaped).

    Qt scales ``<h1>``/``<h2>`` again on top of any CSS size, so headings are
    plain paragraphs with an explicit size instead.
    """
    return (f"<p style='font-size:{pt}pt; font-weight:bold; margin-top:{top}px; "
            f"margin-bottom:4px'>{text}</p>")


def html_to_pdf(html: str, *, title: str, creator: str, stylesheet: str,
                body_pt: float = BODY_PT) -> bytes:
    """Lay ``html`` out on Letter pages and return the PDF bytes.

    ``body_pt`` is the body text size: 12.5 pt for patients; a clinic form that
    must fit one page may ask for less.

    Raises:
        RuntimeError: no Qt GUI application exists (fonts need one).
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("html_to_pdf needs a QGuiApplication")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator(creator)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 14, 18, 14), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(body_pt)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(stylesheet)
    document.setHtml(html)
    # With a page size of its own the document keeps the writer's margins only
    # (instead of adding Qt's default 2 cm on top).
    document.setDocumentMargin(0)
    document.setPageSize(writer.pageLayout().paintRectPoints().size().toSizeF())
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
