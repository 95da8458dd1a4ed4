"""Reads the item tree of a Questionnaire, reporting every problem by linkId.

A problem in one item never hides its children's: a broken item's children are
still read (and reported) before the item is left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from kiosk.domain.questionnaire.errors import ProblemLog
from kiosk.domain.questionnaire.extensions import (
    CHOICE_CONTROLS,
    HELP_CONTROLS,
    ITEM_FLAGS_SYSTEM,
    MAX_VALUE,
    MIN_VALUE,
    NON_VALIDATED,
    SLIDER_STEP,
    item_control,
    read_int,
    read_text,
)
from kiosk.domain.questionnaire.model import (
    ENABLE_WHEN_EXPRESSION,
    EnableBehavior,
    Item,
    ItemType,
    LocalizedText,
)
from kiosk.domain.questionnaire.parse_features import (
    check_constructs,
    read_expressions,
    read_hidden,
    read_initial,
    read_limits,
    read_max_length,
    read_occurs,
    read_unit,
)
from kiosk.domain.questionnaire.parse_options import OPTION_TYPES, parse_options
from kiosk.domain.questionnaire.parse_rules import parse_alert_rules, parse_enable_when
from kiosk.domain.questionnaire.support import POLICY, UNSUPPORTED, construct

_RESERVED = frozenset({"total"})
_ALIASES = {"open-choice": ItemType.CHOICE}


@dataclass
class ParseContext:
    """What the whole parse of one file shares.

    Attributes:
        log: Where problems and warnings go.
        seen: linkIds met so far, to report duplicates.
        skip: linkIds to leave out (lenient loading), with their children.
        dropped: linkIds of items that could not be read, so that a condition on one
            says so instead of "unknown question".
        contained: Contained ValueSets by id.
        shipped: ValueSets shipped beside the form, by url.
    """

    log: ProblemLog
    seen: set[str] = field(default_factory=set)
    skip: frozenset[str] = frozenset()
    dropped: set[str] = field(default_factory=set)
    contained: Mapping[str, Any] = field(default_factory=dict)
    shipped: Mapping[str, Any] = field(default_factory=dict)


def _item_type(raw: dict[str, Any], log: ProblemLog, link_id: str) -> ItemType | None:
    value = raw.get("type")
    if value is None:
        log.add(link_id, "has no type")
        return None
    if not isinstance(value, str):
        log.add(link_id, f"type must be a string, not {value!r}")
        return None
    if value in _ALIASES:
        row = construct("type", value)
        log.warn(link_id, f"{value}: {row.note if row else ''}")
        return _ALIASES[value]
    try:
        kind = ItemType(value)
    except ValueError:
        row = construct("type", str(value))
        if row is not None and row.status == UNSUPPORTED:
            log.add(link_id, f"the kiosk does not support {value} items ({row.note})")
        else:
            log.add(link_id, f"unknown item type {value!r}")
        return None
    row = construct("type", value)
    if row is not None and row.status == POLICY:
        log.warn(link_id, f"{value}: {row.note}")
    return kind


def _flag(raw: dict[str, Any], key: str, log: ProblemLog, link_id: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        log.add(link_id, f"'{key}' must be true or false")
        return False
    return value


def _children_of_question(raw: dict[str, Any], ctx: ParseContext, link_id: str
                          ) -> dict[str, LocalizedText | None]:
    """A question's display children: slider end labels, and help / legal / flyover."""
    texts: dict[str, LocalizedText | None] = {"lower": None, "upper": None, "help": None}
    children = raw.get("item")
    for number, child in enumerate(children if isinstance(children, list) else [], 1):
        control = item_control(child) if isinstance(child, dict) else None
        if not isinstance(child, dict) or child.get("type") != "display" or not (
                control in ("lower", "upper") or control in HELP_CONTROLS):
            ctx.log.add(link_id, "the kiosk does not support items under a question other "
                                 "than help, legal, flyover, lower and upper displays")
            parse_item(child, (link_id, number), ctx)  # report the child's own problems
            continue
        child_id = child.get("linkId")
        if not isinstance(child_id, str) or not child_id.strip():
            ctx.log.add(link_id, f"the {control} display item has no linkId")
        elif child_id in ctx.seen:
            ctx.log.add(child_id, "linkId is used more than once")
        else:
            ctx.seen.add(child_id)
        text = read_text(child, "text", ctx.log, link_id)
        key = "help" if control in HELP_CONTROLS else str(control)
        old = texts[key]
        if old is not None and text is not None:  # several help texts: one after another
            text = LocalizedText(f"{old.default}\n{text.default}", old.translations)
        texts[key] = text
    return texts


def _integer_limits(raw: dict[str, Any], kind: ItemType, log: ProblemLog, link_id: str
                    ) -> tuple[int | None, int | None, int]:
    low = high = step = None
    if kind is ItemType.INTEGER:
        low = read_int(raw, MIN_VALUE, "minValue", log, link_id)
        high = read_int(raw, MAX_VALUE, "maxValue", log, link_id)
    step = read_int(raw, SLIDER_STEP, "sliderStepValue", log, link_id)
    if kind is not ItemType.INTEGER and step is not None:
        log.add(link_id, "the kiosk does not support sliderStepValue on a "
                         f"{kind} item (only on integer sliders)")
    if low is not None and high is not None and low > high:
        log.add(link_id, f"minValue {low} is greater than maxValue {high}")
    if step is not None and step < 1:
        log.add(link_id, f"sliderStepValue must be 1 or more, got {step}")
        step = None
    return low, high, step or 1


def _control(raw: dict[str, Any], kind: ItemType, limits: tuple[int | None, int | None],
             log: ProblemLog, link_id: str) -> bool:
    """Checks the itemControl; returns True for a slider."""
    control = item_control(raw)
    if control is None or (control in CHOICE_CONTROLS and "answerOption" in raw) or (
            kind is ItemType.CHOICE and control in CHOICE_CONTROLS):
        return False
    if control == "slider" and kind is ItemType.INTEGER:
        if None in limits:
            log.add(link_id, "a slider needs both minValue and maxValue")
        return True
    if kind is ItemType.GROUP and control in ("list", "page"):
        return False  # the kiosk asks one item a screen anyway
    log.add(link_id, f"the kiosk does not support itemControl {control!r} on a {kind} item")
    return False


def _structure(raw: dict[str, Any], kind: ItemType, log: ProblemLog, link_id: str) -> bool:
    """Checks the shape; returns True for a repeating group."""
    if kind is ItemType.DISPLAY and raw.get("required") is True:
        log.add(link_id, "the kiosk does not support required on a display item "
                         "(it takes no answer)")
    repeats = raw.get("repeats") is True
    if repeats and kind is ItemType.GROUP:
        log.warn(link_id, "repeating group: the kiosk asks it once (one set of answers)")
    elif repeats and kind.answerable and kind is not ItemType.CHOICE:
        log.warn(link_id, f"repeating {kind} question: the kiosk asks for one answer")
    if kind not in OPTION_TYPES and ("answerOption" in raw or "answerValueSet" in raw):
        log.add(link_id, f"the kiosk does not support answer options on a {kind} item")
    if kind is ItemType.GROUP and not raw.get("item"):
        log.add(link_id, "a group needs at least one item")
    if kind is ItemType.DISPLAY and raw.get("item"):
        log.add(link_id, "the kiosk does not support items under a display item")
    return repeats and kind is ItemType.GROUP


def _hide(items: tuple[Item, ...]) -> tuple[Item, ...]:
    return tuple(replace(i, hidden=True, items=_hide(i.items)) for i in items)


def _codes(raw: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    codes = raw.get("code")
    if not isinstance(codes, list):
        return ()
    return tuple((str(c.get("system", "")), str(c.get("code", ""))) for c in codes
                 if isinstance(c, dict))


def _where(place: tuple[str | None, int]) -> str:
    parent, number = place
    return f"item {number} in this group" if parent else f"top-level item {number}"


def parse_item(raw: Any, place: tuple[str | None, int], ctx: ParseContext) -> Item | None:
    """Reads one item and its children.

    Args:
        raw: The item JSON.
        place: The parent's linkId (None at the top) and the item's 1-based position.
        ctx: The shared parse state.

    Returns:
        The item, or None if it is too broken to read or skipped (problems are logged).
    """
    log, parent = ctx.log, place[0]
    if not isinstance(raw, dict):
        log.add(parent, f"{_where(place)} is not an object")
        return None
    link_id = raw.get("linkId")
    if not isinstance(link_id, str) or not link_id.strip():
        log.add(parent, f"{_where(place)} has no linkId")
        parse_items(raw.get("item"), parent, ctx)
        return None
    if link_id in ctx.seen:
        log.add(link_id, "linkId is used more than once")
    if link_id in _RESERVED:
        log.add(link_id, f"the kiosk reserves the linkId '{link_id}' for the score total")
    ctx.seen.add(link_id)
    check_constructs(raw, "item", log, link_id)
    kind = _item_type(raw, log, link_id)
    text = read_text(raw, "text", log, link_id)
    if kind is None or link_id in ctx.skip:
        ctx.dropped.add(link_id)
        parse_items(raw.get("item"), link_id, ctx)
        return None
    if text is None and kind not in (ItemType.GROUP,):
        log.add(link_id, "has no text")
    repeating_group = _structure(raw, kind, log, link_id)
    low, high, step = _integer_limits(raw, kind, log, link_id)
    numbers, dates, decimals = read_limits(raw, kind, log, link_id)
    behavior = raw.get("enableBehavior", "all")
    if behavior not in ("all", "any"):
        log.add(link_id, f"enableBehavior {behavior!r} is not valid (use all or any)")
    raw_when = raw.get("enableWhen") or []
    if not isinstance(raw_when, list):
        log.add(link_id, "enableWhen must be a list")
        raw_when = []
    conditions = [parse_enable_when(c, log, link_id) for c in raw_when]
    expressions, variables = read_expressions(raw, log, link_id)
    if raw_when and any(k == ENABLE_WHEN_EXPRESSION for k, _ in expressions):
        log.add(link_id, "has both enableWhen and enableWhenExpression; use one")
    if expressions and not kind.answerable and any(
            k != ENABLE_WHEN_EXPRESSION for k, _ in expressions):
        log.add(link_id, f"a {kind} item takes no calculated or initial value")
    rules = parse_alert_rules(raw, log, link_id)
    if rules and not kind.answerable:
        log.add(link_id, f"the kiosk does not support alert rules on a {kind} item")
    children: tuple[Item, ...] = ()
    texts: dict[str, LocalizedText | None] = {"lower": None, "upper": None, "help": None}
    hidden = read_hidden(raw, log, link_id)
    if kind is ItemType.GROUP:
        children = parse_items(raw.get("item"), link_id, ctx)
        if hidden:  # a hidden group hides everything inside it
            children = _hide(children)
    elif kind.answerable:
        texts = _children_of_question(raw, ctx, link_id)
    codes = _codes(raw)
    occurs = read_occurs(raw, log, link_id)
    options = (parse_options(raw, kind, log, link_id, (ctx.contained, ctx.shipped))
               if kind in OPTION_TYPES else ())
    return Item(
        link_id=link_id, type=kind, text=text or LocalizedText(""),
        required=_flag(raw, "required", log, link_id),
        repeats=_flag(raw, "repeats", log, link_id) and kind is ItemType.CHOICE,
        options=options,
        enable_when=tuple(c for c in conditions if c is not None),
        enable_behavior=EnableBehavior(behavior) if behavior == "any" else EnableBehavior.ALL,
        min_value=low, max_value=high,
        slider=_control(raw, kind, (low, high), log, link_id), step=step,
        lower_label=texts["lower"], upper_label=texts["upper"], help=texts["help"],
        items=children, alert_rules=tuple(rules), codes=codes,
        non_validated=(ITEM_FLAGS_SYSTEM, NON_VALIDATED) in codes,
        hidden=hidden,
        read_only=_flag(raw, "readOnly", log, link_id) and kind.answerable,
        initial=read_initial(raw, kind, log, link_id) + tuple(
            o.code if kind is ItemType.CHOICE or o.value is None else o.value
            for o in options if o.initial),
        max_length=read_max_length(raw, kind, log, link_id),
        min_occurs=occurs[0], max_occurs=occurs[1],
        unit=read_unit(raw, kind, log, link_id),
        expressions=expressions, variables=variables,
        repeating_group=repeating_group,
        decimal_limits=numbers, date_limits=dates, decimals=decimals,
    )


def parse_items(raw: Any, parent: str | None, ctx: ParseContext) -> tuple[Item, ...]:
    """Reads a list of items (top level when `parent` is None), reporting broken ones."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        ctx.log.add(parent, "'item' must be a list")
        return ()
    found = [parse_item(entry, (parent, n), ctx) for n, entry in enumerate(raw, 1)]
    return tuple(item for item in found if item is not None)
