"""What to expect: our plain-language guide, one section a screen in big type.

The text lives in ``resources/content/what_to_expect.json`` (sections with an
id, a title and paragraphs), so a clinic can reword it without touching code;
``what_to_expect.<lang>.json`` holds the same sections in another language
(English is used for a language without one). A missing or broken file shows
a calm note instead of a traceback.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QScroller, QWidget

from kiosk.forms.expect_page import Ui_ExpectPage

log = logging.getLogger(__name__)

CONTENT_FILE = "what_to_expect.json"


def content_file(content_dir: Path, lang: str) -> Path:
    """The guide in ``lang``, or the English guide if there is none in that language."""
    if lang and lang != "en":
        localized = content_dir / f"what_to_expect.{lang}.json"
        if localized.is_file():
            return localized
    return content_dir / CONTENT_FILE


@dataclass(frozen=True)
class GuideSection:
    """One screen of the guide.

    Attributes:
        id: stable key (e.g. "calm", "help-now").
        title: the heading.
        paragraphs: the body, paragraph by paragraph.
    """

    id: str
    title: str
    paragraphs: tuple[str, ...]


def load_guide(path: Path) -> list[GuideSection]:
    """Read the guide; raises OSError or ValueError when the file is unusable."""
    data = json.loads(path.read_text(encoding="utf-8"))
    sections = [GuideSection(str(s["id"]), str(s["title"]),
                             tuple(str(p) for p in s["paragraphs"]))
                for s in data["sections"]]
    if not sections:
        raise ValueError("the guide has no sections")
    return sections


class ExpectPage(QWidget):
    """Shows the guide one section at a time, with big Previous and Next buttons.

    Attributes:
        form: the Designer form.
        sections: the loaded sections (empty if the file could not be read).

    Signals:
        finished: the patient wants to go back to the calming choices.
    """

    finished = Signal()

    def __init__(self, content_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ExpectPage()
        self.form.setupUi(self)
        QScroller.grabGesture(self.form.scrollArea.viewport(),
                              QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self._content_dir = content_dir
        self.language = "en"
        self.sections = self._load("en")
        self._index = 0
        self.form.previousButton.clicked.connect(self.previous_section)
        self.form.nextButton.clicked.connect(self.next_section)
        self.form.backToChoicesButton.clicked.connect(self.finished)
        self._show()

    def _load(self, lang: str) -> list[GuideSection]:
        path = content_file(self._content_dir, lang)
        try:
            return load_guide(path)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.error("Cannot read %s: %s", path, exc)
            return []

    def set_language(self, lang: str) -> None:
        """Show the guide in ``lang`` (English if there is no guide in that language)."""
        if lang == self.language:
            return
        self.language = lang
        self.sections = self._load(lang)
        self.show_section(self._index)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._show()
        super().changeEvent(event)

    @property
    def index(self) -> int:
        """The section shown."""
        return self._index

    @property
    def current_section_id(self) -> str | None:
        """Id of the section shown (None without content)."""
        return self.sections[self._index].id if self.sections else None

    def start(self) -> None:
        """Begin at the first section."""
        self.show_section(0)

    def stop(self) -> None:
        """Nothing runs on this page."""

    def clear(self) -> None:
        """Nothing about the patient is kept; go back to the first section."""
        self.show_section(0)

    def show_section(self, index: int) -> None:
        """Show one section (clamped to the guide)."""
        self._index = max(0, min(index, len(self.sections) - 1))
        self._show()

    def next_section(self) -> None:
        """Show the next section."""
        self.show_section(self._index + 1)

    def previous_section(self) -> None:
        """Show the previous section."""
        self.show_section(self._index - 1)

    def _show(self) -> None:
        f = self.form
        if not self.sections:
            f.sectionTitleLabel.setText(self.tr("This guide is resting"))
            f.bodyLabel.setText(self.tr("We can't show this guide just now. "
                                        "Your nurse is happy to tell you what to expect."))
            f.progressLabel.clear()
            f.previousButton.setEnabled(False)
            f.nextButton.setVisible(False)
            self._set_role(f.backToChoicesButton, "primary")
            return
        section = self.sections[self._index]
        last = self._index == len(self.sections) - 1
        f.sectionTitleLabel.setText(section.title)
        paragraphs = list(section.paragraphs)
        if last:  # the guide ends as the other calming pages do: on the way back
            paragraphs.append(self.tr("That's the whole guide. When you're ready, "
                                      "go back to the calming choices."))
        f.bodyLabel.setText("\n\n".join(paragraphs))
        f.progressLabel.setText(self.tr("%1 of %2").replace("%1", str(self._index + 1))
                                .replace("%2", str(len(self.sections))))
        f.previousButton.setEnabled(self._index > 0)
        # No dead, greyed-out Next at the end: the way back becomes the main button.
        f.nextButton.setVisible(not last)
        self._set_role(f.backToChoicesButton, "primary" if last else "")
        f.scrollArea.verticalScrollBar().setValue(0)

    @staticmethod
    def _set_role(button: QWidget, role: str) -> None:
        if button.property("role") != role:
            button.setProperty("role", role)
            button.style().unpolish(button)
            button.style().polish(button)
