"""Reads the item tree of a Questionnaire, reporting every problem by linkId."""

from __future__ import annotations

from typing import Any

from kiosk.domain.questionnaire.errors import ProblemLog
from kiosk.domain.questionnaire.extensions import (
    CHOICE_CONTROLS,
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
    EnableBehavior,
    Item,
    ItemType,
    LocalizedText,
)
from kiosk.domain.questionnaire.parse_options import parse_options
from kiosk.domain.questionnaire.parse_rules import parse_alert_rules, parse_enable_when

_SUPPORTED = ", ".join(t.value for t in ItemType)
_RESERVED = frozenset({"total"})


def _item_type(raw: dict[str, Any], log: ProblemLog, link_id: str) -> ItemType | None:
    value = raw.get("type")
    if value is None:
        log.add(link_id, "has no type")
        return None
    try:
        return ItemType(value)
    except ValueError:
        log.add(link_id, f"unknown or unsupported item type {value!r} (supported: {_SUPPORTED})")
        return None


def _flag(raw: dict[str, Any], key: str, log: ProblemLog, link_id: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        log.add(link_id, f"'{key}' must be true or false")
        return False
    return value


def _labels(
    raw: dict[str, Any], log: ProblemLog, link_id: str, seen: set[str]
) -> tuple[LocalizedText | None, LocalizedText | None]:
    """Reads a question's child display items with itemControl lower / upper."""
    labels: dict[str, LocalizedText | None] = {"lower": None, "upper": None}
    children = raw.get("item")
    for child in children if isinstance(children, list) else []:
        control = item_control(child) if isinstance(child, dict) else None
        if not isinstance(child, dict) or child.get("type") != "display" or control not in labels:
            log.add(link_id, "a question may only hold display items marked lower or upper")
            continue
        child_id = child.get("linkId")
        if not isinstance(child_id, str) or not child_id.strip():
            log.add(link_id, f"the {control} label item has no linkId")
        elif child_id in seen:
            log.add(child_id, "linkId is used more than once")
        else:
            seen.add(child_id)
        labels[str(control)] = read_text(child, "text", log, link_id)
    return labels["lower"], labels["upper"]


def _integer_limits(
    raw: dict[str, Any], kind: ItemType, log: ProblemLog, link_id: str
) -> tuple[int | None, int | None, int]:
    low = read_int(raw, MIN_VALUE, "minValue", log, link_id)
    high = read_int(raw, MAX_VALUE, "maxValue", log, link_id)
    step = read_int(raw, SLIDER_STEP, "sliderStepValue", log, link_id)
    if kind is not ItemType.INTEGER and (low, high, step) != (None, None, None):
        log.add(link_id, "minValue, maxValue and sliderStepValue only apply to integer items")
    if low is not None and high is not None and low > high:
        log.add(link_id, f"minValue {low} is greater than maxValue {high}")
    if step is not None and step < 1:
        log.add(link_id, f"sliderStepValue must be 1 or more, got {step}")
        step = None
    return low, high, step or 1


def _control(
    raw: dict[str, Any], kind: ItemType, limits: tuple[int | None, int | None],
    log: ProblemLog, link_id: str,
) -> bool:
    """Checks the itemControl; returns True for a slider."""
    control = item_control(raw)
    if control is None or (kind is ItemType.CHOICE and control in CHOICE_CONTROLS):
        return False
    if control == "slider" and kind is ItemType.INTEGER:
        if None in limits:
            log.add(link_id, "a slider needs both minValue and maxValue")
        return True
    log.add(link_id, f"itemControl {control!r} is not supported on a {kind} item")
    return False


def _structure(raw: dict[str, Any], kind: ItemType, log: ProblemLog, link_id: str) -> None:
    if kind in (ItemType.GROUP, ItemType.DISPLAY) and raw.get("required") is True:
        log.add(link_id, f"required cannot be set on a {kind} item")
    if kind is not ItemType.CHOICE and raw.get("repeats") is True:
        log.add(link_id, "repeats is only supported on choice items")
    if kind is not ItemType.CHOICE and "answerOption" in raw:
        log.add(link_id, "answerOption is only allowed on choice items")
    if raw.get("modifierExtension"):
        log.add(link_id, "modifierExtension is not supported")
    if kind is ItemType.GROUP and not raw.get("item"):
        log.add(link_id, "a group needs at least one item")
    if kind is ItemType.DISPLAY and raw.get("item"):
        log.add(link_id, "a display item cannot hold items")


def _codes(raw: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    codes = raw.get("code")
    if not isinstance(codes, list):
        return ()
    return tuple(
        (str(c.get("system", "")), str(c.get("code", "")))
        for c in codes
        if isinstance(c, dict)
    )


def parse_item(
    raw: Any, place: tuple[str | None, int], log: ProblemLog, seen: set[str]
) -> Item | None:
    """Reads one item and its children.

    Args:
        raw: The item JSON.
        place: The parent's linkId (None at the top) and the item's 1-based position.
        log: Where problems go.
        seen: linkIds met so far, to report duplicates.

    Returns:
        The item, or None if it is too broken to read (problems are in `log`).
    """
    parent, number = place
    where = f"item {number} in this group" if parent else f"top-level item {number}"
    if not isinstance(raw, dict):
        log.add(parent, f"{where} is not an object")
        return None
    link_id = raw.get("linkId")
    if not isinstance(link_id, str) or not link_id.strip():
        log.add(parent, f"{where} has no linkId")
        return None
    if link_id in seen:
        log.add(link_id, "linkId is used more than once")
    if link_id in _RESERVED:
        log.add(link_id, f"linkId '{link_id}' is reserved for the score total")
    seen.add(link_id)
    kind = _item_type(raw, log, link_id)
    text = read_text(raw, "text", log, link_id)
    if kind is None:
        parse_items(raw.get("item"), link_id, log, seen)
        return None
    if text is None and kind is not ItemType.GROUP:
        log.add(link_id, "has no text")
    _structure(raw, kind, log, link_id)
    low, high, step = _integer_limits(raw, kind, log, link_id)
    behavior = raw.get("enableBehavior", "all")
    if behavior not in ("all", "any"):
        log.add(link_id, f"enableBehavior {behavior!r} is not valid (use all or any)")
    raw_when = raw.get("enableWhen") or []
    if not isinstance(raw_when, list):
        log.add(link_id, "enableWhen must be a list")
        raw_when = []
    conditions = [parse_enable_when(c, log, link_id) for c in raw_when]
    rules = parse_alert_rules(raw, log, link_id)
    if rules and not kind.answerable:
        log.add(link_id, f"alert rules cannot be set on a {kind} item")
    children: tuple[Item, ...] = ()
    lower = upper = None
    if kind is ItemType.GROUP:
        children = parse_items(raw.get("item"), link_id, log, seen)
    elif kind.answerable:
        lower, upper = _labels(raw, log, link_id, seen)
    codes = _codes(raw)
    return Item(
        link_id=link_id,
        type=kind,
        text=text or LocalizedText(""),
        required=_flag(raw, "required", log, link_id),
        repeats=_flag(raw, "repeats", log, link_id),
        options=parse_options(raw, log, link_id) if kind is ItemType.CHOICE else (),
        enable_when=tuple(c for c in conditions if c is not None),
        enable_behavior=EnableBehavior(behavior) if behavior == "any" else EnableBehavior.ALL,
        min_value=low,
        max_value=high,
        slider=_control(raw, kind, (low, high), log, link_id),
        step=step,
        lower_label=lower,
        upper_label=upper,
        items=children,
        alert_rules=tuple(rules),
        codes=codes,
        non_validated=(ITEM_FLAGS_SYSTEM, NON_VALIDATED) in codes,
    )


def parse_items(
    raw: Any, parent: str | None, log: ProblemLog, seen: set[str]
) -> tuple[Item, ...]:
    """Reads a list of items (top level when `parent` is None), reporting broken ones."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        log.add(parent, "'item' must be a list")
        return ()
    found = (parse_item(entry, (parent, n), log, seen) for n, entry in enumerate(raw, 1))
    return tuple(item for item in found if item is not None)
