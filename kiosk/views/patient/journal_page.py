"""The patient's journal: free writing, saved as it is typed, private unless shared.

Text is saved about a second after the patient stops typing and again whenever
the page stops, hides or is left, so nothing is lost if the app stops. A
database hiccup never loses words: the text stays on screen, a calm note says
it will try again, and a retry timer does.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

from kiosk.domain.errors import StorageError
from kiosk.forms.journal_page import Ui_JournalPage
from kiosk.services.journal import JournalService
from kiosk.views.widgets.onscreen_keyboard import OnScreenKeyboard
from kiosk.views.widgets.tick import follow_checked

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 1000
RETRY_MS = 5000


class JournalPage(QWidget):
    """Free-text journal for one visit.

    Attributes:
        form: the Designer form.

    Signals:
        finished: the patient wants to go back to the calming choices.
        saved: the text and sharing choice are safely in the database.
    """

    finished = Signal()
    saved = Signal()

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_JournalPage()
        self.form.setupUi(self)
        self._journal = journal
        self._visit_id: int | None = None
        self._loaded = False
        self._dirty = False
        self._filling = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self._retry)
        group = QButtonGroup(self)
        group.addButton(self.form.privateButton)
        group.addButton(self.form.shareButton)
        self.form.editor.textChanged.connect(self._text_changed)
        self.form.shareButton.toggled.connect(self._sharing_changed)
        self.form.backButton.clicked.connect(self._leave)
        # Bay tablets have no keyboard: ours sits under the text, shown from the start.
        self.keyboard = OnScreenKeyboard(self.form.editor, parent=self)
        layout = self.form.outerLayout
        layout.insertWidget(layout.indexOf(self.form.editor) + 1, self.keyboard)
        self.keyboard_button = QPushButton(self)
        self.keyboard_button.setObjectName("keyboardButton")
        self.keyboard_button.setMinimumSize(320, 80)
        self.form.bottomRow.addWidget(self.keyboard_button)
        self.keyboard_button.clicked.connect(
            lambda: self.show_keyboard(not self.keyboard.isVisibleTo(self)))
        for tile in (self.form.privateButton, self.form.shareButton):
            follow_checked(tile)
        self.show_keyboard(True)
        self._show_sharing_hint()

    @property
    def visit_id(self) -> int | None:
        """The visit whose journal is open."""
        return self._visit_id

    @property
    def shared(self) -> bool:
        """The patient chose to share the journal with the care team."""
        return self.form.shareButton.isChecked()

    def load(self, visit_id: int) -> None:
        """Open the journal of one visit (saving any other visit's text first)."""
        if self._visit_id is not None and self._visit_id != visit_id:
            self.clear()
        self._visit_id = visit_id
        self._loaded = False
        self._load_existing()

    def start(self) -> None:
        """The page is shown."""
        if self._visit_id is not None and not self._loaded:
            self._load_existing()
        self.form.editor.setFocus()

    def stop(self) -> None:
        """The page is hidden: save now."""
        self._save_timer.stop()
        self.flush()

    def clear(self) -> None:
        """Save what is pending, then forget the text and the visit."""
        self._save_timer.stop()
        self.flush()
        self._retry_timer.stop()
        self._set_content("", False)
        self._visit_id = None
        self._loaded = False
        self._dirty = False
        self.form.statusLabel.clear()

    def flush(self) -> bool:
        """Save the text now if it changed; False if the database refused."""
        if not self._dirty or self._visit_id is None:
            return True
        if not self._loaded and not self._load_existing():
            self._note_failure()
            return False
        text = self.form.editor.toPlainText()
        try:
            self._journal.save(self._visit_id, text, self.shared)
        except StorageError:
            log.warning("Journal not saved; will retry")
            self._note_failure()
            return False
        self._dirty = False
        self._retry_timer.stop()
        repaired = getattr(self._journal, "needs_repair", lambda _text: False)(text)
        self.form.statusLabel.setText(self.tr(
            "Saved. One symbol could not be kept and shows as �") if repaired
            else self.tr("Saved"))
        self.saved.emit()
        return True

    def _load_existing(self) -> bool:
        """Read the stored journal; keep anything typed meanwhile. False on failure."""
        assert self._visit_id is not None
        try:
            record = self._journal.load(self._visit_id)
        except StorageError:
            log.warning("Journal could not be opened; will retry")
            self.form.statusLabel.setText(self.tr("Couldn't open your journal just now, "
                                                  "will try again"))
            self._retry_timer.start()
            return False
        self._loaded = True
        self.form.statusLabel.clear()
        if record is None:
            return True
        typed = self.form.editor.toPlainText() if self._dirty else ""
        text = record.text + ("\n\n" + typed if record.text and typed else typed)
        self._set_content(text, self.shared if self._dirty else record.shared)
        return True

    def _set_content(self, text: str, shared: bool) -> None:
        self._filling = True
        self.form.editor.setPlainText(text)
        (self.form.shareButton if shared else self.form.privateButton).setChecked(True)
        self._filling = False
        self._show_sharing_hint()

    def _note_failure(self) -> None:
        self.form.statusLabel.setText(self.tr("Couldn't save just now, will try again"))
        self._retry_timer.start()

    def _retry(self) -> None:
        if self._visit_id is not None and not self._loaded:
            self._load_existing()
        self.flush()

    def _text_changed(self) -> None:
        if self._filling:
            return
        self._dirty = True
        self._save_timer.start()

    def _sharing_changed(self) -> None:
        self._show_sharing_hint()
        if not self._filling:
            self._dirty = True
            self._save_timer.stop()
            self.flush()

    def _show_sharing_hint(self) -> None:
        self.form.shareHintLabel.setText(
            self.tr("Shared: your nurse and care team can read what you write here, to help "
                    "look after you. You can change this at any time.") if self.shared else
            self.tr("Private: this is just for you. Your care team will not read it."))

    def set_language(self, lang: str) -> None:
        """Lay the keyboard out for the visit's language."""
        self.keyboard.set_language(lang)

    def show_keyboard(self, on: bool) -> None:
        """Show or hide the on-screen keyboard (the instructions make room for it)."""
        self.keyboard.setVisible(on)
        self.form.instructionsLabel.setVisible(not on)
        self.form.shareHintLabel.setVisible(not on)
        self._word_keyboard_button()

    def _word_keyboard_button(self) -> None:
        self.keyboard_button.setText(self.tr("Hide keyboard") if self.keyboard.isVisibleTo(self)
                                     else self.tr("Show keyboard"))

    def _leave(self) -> None:
        self.stop()
        self.finished.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch (a passing save note is dropped)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.keyboard.retranslate()
            self._word_keyboard_button()
            self._show_sharing_hint()
            self.form.statusLabel.clear()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page always saves."""
        self.stop()
        super().hideEvent(event)
