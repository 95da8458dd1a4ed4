"""One questionnaire item a screen: the question, a big answer control, back and next.

The page knows nothing about the database or which item comes next; it shows
what the flow controller gives it and reports what the patient chose.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.domain.questionnaire import (
    Answers,
    AnswerValue,
    Item,
    ItemType,
    Progress,
    Questionnaire,
)
from kiosk.forms.checkin_page import Ui_CheckinPage
from kiosk.views.patient.answer_widgets import NO, YES, AnswerControl
from kiosk.views.widgets.by_name import restyle, set_by_name


class CheckinPage(QWidget):
    """Shows one item of a check-in or of the ready-to-go questions.

    Attributes:
        form: the generated form.
        control: the answer control of the item shown (None before any item).
        item: the item shown, or None.

    Signals:
        answered(str, object): linkId and the chosen value, when Next is tapped.
        skipped(str): the patient skipped an optional item.
        continued(str): the patient read an information screen.
        back_requested: the patient wants the previous item.
    """

    answered = Signal(str, object)
    skipped = Signal(str)
    continued = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_CheckinPage()
        self.form.setupUi(self)
        self.control: AnswerControl | None = None
        self.item: Item | None = None
        self._progress: Progress | None = None
        self.form.nextButton.clicked.connect(self._next)
        self.form.skipButton.clicked.connect(self._skip)
        self.form.backButton.clicked.connect(self.back_requested)

    def show_item(self, item: Item, *, lang: str | None, section: str,
                  value: AnswerValue | None, progress: Progress,
                  can_go_back: bool) -> None:
        """Show ``item`` with its saved ``value`` (if any) already chosen."""
        self._drop_control()
        self.item = item
        self.form.sectionLabel.setText(section)
        self.form.questionLabel.setText(item.text_for(lang))
        info = item.type is ItemType.DISPLAY
        label = self.form.questionLabel
        label.setProperty("role", "info" if info else "question")
        # An information screen sits in the middle of the page; a question at the top.
        set_by_name(label, "alignment", "AlignCenter" if info else "AlignLeft|AlignTop")
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding
                            if info else QSizePolicy.Policy.Preferred)
        self.form.answerHost.setVisible(not info)
        restyle(label)
        if item.answerable:
            self.control = AnswerControl(item, lang, (self.tr("Yes"), self.tr("No")),
                                         self.form.answerHost)
            if self.control.widget is not None:
                self.form.answerLayout.addWidget(self.control.widget)
            self.form.answerLayout.addStretch(1)
            self.control.set_value(value)
            self.control.changed.connect(self._update_next)
            if self.control.widget is not None and not item.asked:
                self.control.widget.setEnabled(False)  # read-only or calculated: shown only
        self._progress = progress
        self.form.progressBar.setMaximum(max(progress.total, 1))
        self.form.progressBar.setValue(progress.answered)
        self.form.backButton.setVisible(can_go_back)
        self.form.skipButton.setVisible(item.asked and not item.needs_answer)
        self.retranslate()
        self.set_busy(False)

    def show_step(self, questionnaire: Questionnaire, answers: Answers, item: Item, *,
                  lang: str | None) -> None:
        """Show ``item`` of ``questionnaire`` with the answers saved so far."""
        value = answers.get(item.link_id)
        if not item.asked:  # read-only or calculated: shown with its value
            value = questionnaire.values(answers).get(item.link_id)
        elif value is None:  # initial / initialExpression: preselected, still confirmed
            value = questionnaire.initial_value(item.link_id, answers)
        self.show_item(
            item, lang=lang, section=questionnaire.section_of(item, lang),
            value=value, progress=questionnaire.progress_shown(answers),
            can_go_back=questionnaire.previous_item(
                answers, item.link_id, include_display=True) is not None)

    def showing(self, link_id: str) -> bool:
        """True if the item ``link_id`` is on the page now."""
        return self.item is not None and self.item.link_id == link_id

    def retranslate(self) -> None:
        """Write the texts set from code in the current language (the question keeps its own)."""
        progress, item = self._progress, self.item
        if progress is not None:
            self.form.progressLabel.setText(
                self.tr("%1 of %2 answered").replace("%1", str(progress.answered))
                .replace("%2", str(progress.total)))
        if item is None:
            return
        self.form.nextButton.setText(self.tr("Next") if item.asked
                                     else self.tr("Continue"))
        tiles = self.control.tiles if self.control is not None else None
        if item.type is ItemType.BOOLEAN and tiles is not None:
            tiles.tiles[YES].setText(self.tr("Yes"))
            tiles.tiles[NO].setText(self.tr("No"))

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    @property
    def link_id(self) -> str | None:
        """The linkId of the item shown."""
        return self.item.link_id if self.item else None

    def value(self) -> AnswerValue | None:
        """The value chosen on screen (not necessarily saved yet)."""
        return self.control.value() if self.control else None

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while an answer is being saved."""
        for button in (self.form.backButton, self.form.skipButton):
            button.setEnabled(not busy)
        self._update_next(busy=busy)

    def clear(self) -> None:
        """Forget the item and any answer on screen."""
        self._drop_control()
        self.item = None
        self._progress = None
        for label in (self.form.sectionLabel, self.form.questionLabel,
                      self.form.progressLabel):
            label.clear()
        self.form.progressBar.setValue(0)

    def _drop_control(self) -> None:
        while self.form.answerLayout.count():
            entry = self.form.answerLayout.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # out of the window tree at once
                widget.deleteLater()
        if self.control is not None:
            self.control.deleteLater()
        self.control = None

    def _update_next(self, busy: bool = False) -> None:
        ready = self.item is not None and (not self.item.asked
                                           or self.value() is not None)
        self.form.nextButton.setEnabled(ready and not busy)

    def _next(self) -> None:
        if self.item is None:
            return
        if not self.item.asked:
            self.continued.emit(self.item.link_id)
            return
        value = self.value()
        if value is not None:
            self.answered.emit(self.item.link_id, value)

    def _skip(self) -> None:
        if self.item is not None:
            self.skipped.emit(self.item.link_id)
