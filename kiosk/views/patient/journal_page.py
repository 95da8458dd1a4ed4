"""The patient's journal: free writing, saved as it is typed, private unless shared.

Text is saved about a second after the patient stops typing and again whenever
the page stops, hides or is left, so nothing is lost if the app stops. Loads
and saves run on the database worker (:mod:`kiosk.views.operations`): the
screen never waits, saves of a visit land in order, typing during a slow save
is written as one latest text after it, and "Saving…" shows only if a save
takes longer than a moment. A database hiccup never loses words: the text
stays on screen, a calm note says it will try again, and a retry timer does.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

from kiosk.domain.errors import StorageError
from kiosk.domain.records import JournalRecord
from kiosk.forms.journal_page import Ui_JournalPage
from kiosk.services.container import Services
from kiosk.views.operations import CollectionOp, QueryOp
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

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_JournalPage()
        self.form.setupUi(self)
        self._services = services
        self._visit_id: int | None = None
        self._session = 0  # grows with each visit opened: late answers for another are dropped
        self._loaded = False
        self._loading = False
        self._saving = False
        self._failed = False
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
    def loaded(self) -> bool:
        """The stored journal has been read (anything typed before sits after it)."""
        return self._loaded

    @property
    def shared(self) -> bool:
        """The patient chose to share the journal with the care team."""
        return self.form.shareButton.isChecked()

    def load(self, visit_id: int) -> None:
        """Open the journal of one visit (saving any other visit's text first)."""
        if self._visit_id is not None and self._visit_id != visit_id:
            self.clear()
        if self._visit_id == visit_id and (self._loaded or self._loading):
            return  # open already (or on its way)
        self._visit_id = visit_id
        self._loaded = False
        self._load_existing()

    def start(self) -> None:
        """The page is shown."""
        if self._visit_id is not None and not self._loaded and not self._loading:
            self._load_existing()
        self.form.editor.setFocus()

    def stop(self) -> None:
        """The page is hidden: save now."""
        self._save_timer.stop()
        self.flush()

    def clear(self) -> None:
        """Save what is pending, then forget the text and the visit.

        The text is handed to the worker before it goes from the screen: if the
        stored text has not come back yet, the worker puts it after that.
        """
        self._save_timer.stop()
        self._retry_timer.stop()
        if self._dirty and self._visit_id is not None:
            self._submit_save(merge=not self._loaded)
        self._session += 1
        self._set_content("", False)
        self._visit_id = None
        self._loaded = False
        self._loading = False
        self._saving = False
        self._failed = False
        self._dirty = False
        self.form.statusLabel.clear()

    def flush(self) -> bool:
        """Hand the text to the worker now if it changed; False if the database refused.

        Saves of one visit land in order. While one is on its way, more typing
        is held and only the latest text is written once it has landed. With
        an inline worker (tools, most tests) the answer is known at once.
        """
        if not self._dirty or self._visit_id is None:
            return True
        if not self._loaded:
            # The stored text first: its answer saves what was typed meanwhile.
            if not self._loading:
                self._load_existing()
            return not self._failed
        if self._saving:
            return True  # written with the latest text once the save on its way lands
        self._submit_save()
        return not self._failed

    def _submit_save(self, *, merge: bool = False) -> None:
        """Write the text on screen; ``merge`` puts it after the stored text (not loaded)."""
        assert self._visit_id is not None
        visit_id, text, shared = self._visit_id, self.form.editor.toPlainText(), self.shared
        session = self._session
        self._dirty = False
        self._saving = True
        self._failed = False

        def save(s: Services) -> bool:
            stored = text
            if merge:
                record = s.journal.load(visit_id)
                if record is not None and record.text:
                    stored = record.text + ("\n\n" + text if text else "")
            s.journal.save(visit_id, stored, shared)
            return s.journal.needs_repair(stored)

        CollectionOp(self, self._services, save).success(
            lambda repaired: self._saved_ok(session, repaired)).failure(
            lambda error: self._save_failed(session, error)).hint(
            lambda: self._show_saving(session), lambda: self._hide_saving(session)).run()

    def _saved_ok(self, session: int, repaired: bool) -> None:
        if session != self._session:
            return  # an earlier visit's text: stored, nothing to show
        self._saving = False
        self._failed = False
        self._retry_timer.stop()
        if self._dirty:
            self._submit_save()  # typed while that one was on its way: the latest text now
            return
        self.form.statusLabel.setText(self.tr(
            "Saved. One symbol could not be kept and shows as �") if repaired
            else self.tr("Saved"))
        self.saved.emit()

    def _save_failed(self, session: int, error: Exception) -> None:
        if not isinstance(error, StorageError):
            raise error
        if session != self._session:
            log.warning("An earlier visit's journal could not be saved")
            return
        log.warning("Journal not saved; will retry")
        self._saving = False
        self._dirty = True  # the text is still on screen and still to be written
        self._note_failure()

    def _show_saving(self, session: int) -> None:
        if session == self._session:
            self.form.statusLabel.setText(self.tr("Saving…"))

    def _hide_saving(self, session: int) -> None:
        if session == self._session and self.form.statusLabel.text() == self.tr("Saving…"):
            self.form.statusLabel.clear()

    def _load_existing(self) -> None:
        """Read the stored journal on the worker; keep anything typed meanwhile."""
        assert self._visit_id is not None
        visit_id, session = self._visit_id, self._session
        self._loading = True
        self._failed = False
        QueryOp(self, self._services, lambda s: s.journal.load(visit_id)).success(
            lambda record: self._loaded_ok(session, record)).failure(
            lambda error: self._load_failed(session, error)).run()

    def _load_failed(self, session: int, error: Exception) -> None:
        if not isinstance(error, StorageError):
            raise error
        if session != self._session:
            return
        log.warning("Journal could not be opened; will retry")
        self._loading = False
        self._failed = True
        self.form.statusLabel.setText(self.tr("Couldn't open your journal just now, "
                                              "will try again"))
        self._retry_timer.start()

    def _loaded_ok(self, session: int, record: JournalRecord | None) -> None:
        if session != self._session:
            return  # another visit's journal is open now
        self._loading = False
        self._loaded = True
        self._failed = False
        self.form.statusLabel.clear()
        if record is not None:
            typed = self.form.editor.toPlainText() if self._dirty else ""
            text = record.text + ("\n\n" + typed if record.text and typed else typed)
            self._set_content(text, self.shared if self._dirty else record.shared)
        if self._dirty:
            self.flush()  # what was typed before the stored text came back

    def _set_content(self, text: str, shared: bool) -> None:
        self._filling = True
        self.form.editor.setPlainText(text)
        (self.form.shareButton if shared else self.form.privateButton).setChecked(True)
        self._filling = False
        self._show_sharing_hint()

    def _note_failure(self) -> None:
        self._failed = True
        self.form.statusLabel.setText(self.tr("Couldn't save just now, will try again"))
        self._retry_timer.start()

    def _retry(self) -> None:
        if self._visit_id is not None and not self._loaded:
            if not self._loading:
                self._load_existing()  # its answer saves what was typed meanwhile
            return
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
