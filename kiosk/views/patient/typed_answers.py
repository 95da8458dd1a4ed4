"""Answer controls for the item types beyond yes/no, choices and sliders.

Numbers (decimal, quantity, integer without a slider) get the number pad; dates and
dateTimes the calendar; times the hour / minute steppers; items with answer options
(integer, string, date, time) big tiles. :class:`AnswerControl` asks here first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.domain.questionnaire import AnswerValue, Item, ItemType
from kiosk.views.widgets.by_name import set_by_name
from kiosk.views.widgets.tiles import TileGroup


@dataclass
class TypedControl:
    """One built control: its widget, how to read and show a value, its change signal."""

    widget: QWidget
    value: Callable[[], AnswerValue | None]
    set_value: Callable[[AnswerValue | None], None]
    changed: SignalInstance


def _option_tiles(item: Item, lang: str | None, parent: QWidget) -> TypedControl:
    tiles = TileGroup([(o.code, o.display_for(lang)) for o in item.options], parent=parent)
    by_code = {o.code: o.value for o in item.options}

    def value() -> AnswerValue | None:
        chosen = tiles.selected()
        return by_code.get(chosen[0]) if chosen else None  # type: ignore[return-value]

    def set_value(v: AnswerValue | None) -> None:
        tiles.set_selected([o.code for o in item.options if v is not None and o.value == v])

    return TypedControl(tiles, value, set_value, tiles.changed)


def _number(item: Item, parent: QWidget) -> TypedControl:
    from kiosk.views.widgets.number_pad import NumberPad

    whole = item.type is ItemType.INTEGER
    limits = ((item.min_value, item.max_value) if whole else item.decimal_limits)
    pad = NumberPad(decimals=0 if whole else item.decimals, limits=limits,
                    unit=item.unit[1] if item.unit else "", parent=parent)

    def set_value(v: AnswerValue | None) -> None:
        pad.set_value(v if isinstance(v, int | float) and not isinstance(v, bool) else None)

    return TypedControl(pad, pad.value, set_value, pad.changed)


class _ShownValue(QLabel):
    """A read-only or calculated item's value, shown large (nothing to tap)."""

    changed = Signal()

    def __init__(self, item: Item, lang: str | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shownValue")
        self.setProperty("role", "pin-dots")
        set_by_name(self, "alignment", "AlignCenter")
        self._item, self._lang = item, lang
        self._value: AnswerValue | None = None

    def value(self) -> AnswerValue | None:
        return self._value

    def set_value(self, value: AnswerValue | None) -> None:
        self._value = value
        item = self._item
        if value is None:
            text = "–"
        elif isinstance(value, bool):
            text = self.tr("Yes") if value else self.tr("No")
        elif isinstance(value, list):
            text = ", ".join(o.display_for(self._lang) if (o := item.option(c)) else c
                             for c in value)
        elif item.type is ItemType.CHOICE and (o := item.option(str(value))):
            text = o.display_for(self._lang)
        elif isinstance(value, float):
            text = f"{value:g}"
        else:
            text = str(value)
        unit = item.unit[1] if item.unit else ""
        self.setText(f"{text} {unit}".strip())
        self.setAccessibleName(self.text())


def build_typed(item: Item, lang: str | None, parent: QWidget) -> TypedControl | None:
    """The control for `item`, or None for the types AnswerControl builds itself."""
    if not item.asked:
        shown = _ShownValue(item, lang, parent)
        return TypedControl(shown, shown.value, shown.set_value, shown.changed)
    if item.options and item.type in (ItemType.INTEGER, ItemType.STRING, ItemType.DATE,
                                      ItemType.TIME):
        return _option_tiles(item, lang, parent)
    if item.type in (ItemType.DECIMAL, ItemType.QUANTITY) or (
            item.type is ItemType.INTEGER and not item.slider):
        return _number(item, parent)
    if item.type in (ItemType.DATE, ItemType.DATETIME, ItemType.TIME):
        # Imported for the first date or time item only: the calendar and its table
        # view cost a quick restart about 3 ms before the patient's page is painted.
        from kiosk.views.widgets.date_time_pickers import DatePicker, TimePicker
    if item.type in (ItemType.DATE, ItemType.DATETIME):
        picker = DatePicker(item.date_limits, parent)
        return TypedControl(picker, picker.value,
                            lambda v: picker.set_value(v if isinstance(v, str) else None),
                            picker.changed)
    if item.type is ItemType.TIME:
        clock = TimePicker(parent)
        return TypedControl(clock, clock.value,
                            lambda v: clock.set_value(v if isinstance(v, str) else None),
                            clock.changed)
    return None


def with_help(control: QWidget, item: Item, lang: str | None, parent: QWidget) -> QWidget:
    """The control with the item's help text (help / legal / flyover) above it, if any."""
    if item.help is None:
        return control
    box = QWidget(parent)
    box.setObjectName("answerWithHelp")
    box.setStyleSheet("QWidget#answerWithHelp { background: transparent; }")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(16)
    help_label = QLabel(item.help.for_lang(lang), box)
    help_label.setObjectName("answerHelp")
    help_label.setProperty("role", "scale-end")
    help_label.setWordWrap(True)
    help_label.setAccessibleName(help_label.text())
    layout.addWidget(help_label)
    control.setParent(box)
    layout.addWidget(control)
    return box
