"""Builds the big answer control for one questionnaire item (no typing for the usual types)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from kiosk.domain.questionnaire import AnswerValue, Item, ItemType
from kiosk.views.accessibility import name
from kiosk.views.patient.typed_answers import TypedControl, build_typed, with_help
from kiosk.views.widgets.scale import ScaleWidget
from kiosk.views.widgets.tiles import TileGroup

YES, NO = "yes", "no"
MAX_SCALE_BUTTONS = 11


class AnswerControl(QObject):
    """Wraps the widget answering one item with a common value interface.

    Attributes:
        item: the item answered.
        widget: the control shown on the page (None for a display item).

    Signals:
        changed: the value on screen changed.
    """

    changed = Signal()

    def __init__(self, item: Item, lang: str | None, yes_no: tuple[str, str],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.item = item
        self.widget: QWidget | None = None
        self.scale: ScaleWidget | None = None
        self.tiles: TileGroup | None = None
        self.text_edit: QPlainTextEdit | None = None
        # Numbers, dates, times and non-choice options: typed_answers.py.
        self.typed: TypedControl | None = build_typed(item, lang, parent)
        if self.typed is not None:
            self.typed.changed.connect(self.changed)
        elif item.type is ItemType.BOOLEAN:
            self.tiles = TileGroup([(YES, yes_no[0]), (NO, yes_no[1])], columns=2,
                                   parent=parent)
        elif item.type is ItemType.CHOICE:
            self.tiles = TileGroup([(o.code, o.display_for(lang)) for o in item.options],
                                   multi=item.repeats,
                                   exclusive_codes=[o.code for o in item.options if o.exclusive],
                                   parent=parent)
        elif item.type is ItemType.INTEGER:
            lo = item.min_value if item.min_value is not None else 0
            hi = item.max_value if item.max_value is not None else 10
            hi = min(hi, lo + (MAX_SCALE_BUTTONS - 1) * item.step)
            self.scale = ScaleWidget(
                lo, hi, step=item.step,
                lower=item.lower_label.for_lang(lang) if item.lower_label else "",
                upper=item.upper_label.for_lang(lang) if item.upper_label else "",
                parent=parent)
        elif item.type in (ItemType.STRING, ItemType.TEXT):
            self.text_edit = QPlainTextEdit(parent)
            self.text_edit.setObjectName("answerText")
        question = item.text_for(lang)
        if self.scale is not None:
            self.scale.describe(question)
        if self.tiles is not None:
            for tile in self.tiles.tiles.values():
                name(tile, tile.text(), question)
        if self.text_edit is not None:
            name(self.text_edit, question)
        self.widget = (self.typed.widget if self.typed else None) or self.tiles or self.scale \
            or self.text_edit
        if self.widget is not None:
            self.widget = with_help(self.widget, item, lang, parent)
        if self.tiles is not None:
            self.tiles.changed.connect(self.changed)
        if self.scale is not None:
            self.scale.chosen.connect(lambda _v: self.changed.emit())
        if self.text_edit is not None:
            self.text_edit.textChanged.connect(self.changed)

    def value(self) -> AnswerValue | None:
        """The answer on screen in the engine's types, or None when nothing is chosen."""
        if self.typed is not None:
            return self.typed.value()
        if self.scale is not None:
            return self.scale.value()
        if self.text_edit is not None:
            text = self.text_edit.toPlainText().strip()
            if self.item.max_length is not None and len(text) > self.item.max_length:
                return None  # longer than the form allows (maxLength): Next waits
            return text or None
        if self.tiles is None:
            return None
        chosen = self.tiles.selected()
        if self.item.type is ItemType.BOOLEAN:
            return (chosen[0] == YES) if chosen else None
        if self.item.repeats:
            if self.item.max_occurs is not None and len(chosen) > self.item.max_occurs:
                return None  # more than the form allows (maxOccurs): Next waits
            return chosen or None
        return chosen[0] if chosen else None

    def set_value(self, value: AnswerValue | None) -> None:
        """Show a saved answer as chosen."""
        if self.typed is not None:
            self.typed.set_value(value)
            return
        if self.scale is not None:
            self.scale.set_value(value if isinstance(value, int)
                                 and not isinstance(value, bool) else None)
        elif self.text_edit is not None:
            self.text_edit.setPlainText(value if isinstance(value, str) else "")
        elif self.tiles is not None:
            if isinstance(value, bool):
                self.tiles.set_selected([YES if value else NO])
            elif isinstance(value, str):
                self.tiles.set_selected([value])
            elif isinstance(value, list):
                self.tiles.set_selected(value)
            else:
                self.tiles.set_selected([])
