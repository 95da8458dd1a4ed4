"""Checks that need the whole item tree: what enableWhen and alert rules refer to."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from kiosk.domain.questionnaire.errors import ProblemLog
from kiosk.domain.questionnaire.model import (
    ConditionValue,
    Item,
    ItemType,
    Operator,
    ValueKind,
)
from kiosk.domain.questionnaire.values import KIND_FOR_TYPE

_ORDERING = (Operator.GT, Operator.LT, Operator.GE, Operator.LE)
_ORDERED_TYPES = (ItemType.INTEGER, ItemType.DECIMAL, ItemType.QUANTITY, ItemType.DATE,
                  ItemType.TIME, ItemType.DATETIME)


def expected_kind(target: Item) -> ValueKind:
    """The answer[x] a condition on `target` uses."""
    return KIND_FOR_TYPE[target.type]


def condition_mismatch(
    target: Item, operator: Operator, kind: ValueKind, values: Sequence[ConditionValue]
) -> str | None:
    """Says why a condition cannot apply to the question `target`, or None if it can.

    Args:
        target: The question whose answer is compared.
        operator: The comparison.
        kind: The value type the condition uses.
        values: The value(s) compared with.
    """
    if operator is Operator.EXISTS:
        return None if kind is ValueKind.BOOLEAN else "'exists' needs a Boolean value"
    expected = expected_kind(target)
    if kind is ValueKind.INTEGER and expected in (ValueKind.DECIMAL, ValueKind.QUANTITY):
        kind = expected  # a whole number compares with a decimal answer
    if kind is ValueKind.STRING and target.type is ItemType.CHOICE:
        kind = ValueKind.CODING  # an option written as valueString is matched by its text
    if kind is not expected:
        return (
            f"a {kind} value does not match the {target.type} question "
            f"'{target.link_id}' (it needs a {expected} value)"
        )
    if operator in _ORDERING and target.type not in _ORDERED_TYPES:
        return (f"the kiosk does not support operator '{operator}' on a {target.type} "
                "question (only numbers, dates and times)")
    if operator is Operator.ANY_OF and target.type is not ItemType.CHOICE:
        return "operator 'any-of' only works with choice questions"
    if kind is ValueKind.CODING:
        codes = {o.code for o in target.options}
        unknown = [str(v) for v in values if v not in codes]
        if unknown:
            return f"code '{unknown[0]}' is not an option of '{target.link_id}'"
    return None


def check_references(flat: Sequence[Item], log: ProblemLog,
                     dropped: Collection[str] = ()) -> None:
    """Reports enableWhen and alert rules that do not fit what they refer to.

    enableWhen may only refer to a question earlier in the file: the kiosk asks in
    order, one item a screen. This also rules out self-references and cycles.

    Args:
        flat: Every item, depth first, in document order.
        log: Where problems go.
        dropped: linkIds of items that could not be read or were skipped.
    """
    position: dict[str, int] = {}
    for n, item in enumerate(flat):
        position.setdefault(item.link_id, n)
    by_id = {item.link_id: item for item in reversed(flat)}
    rule_ids: set[str] = set()
    for item in flat:
        for cond in item.enable_when:
            target = by_id.get(cond.question)
            if target is None and cond.question in dropped:
                log.add(item.link_id, f"enableWhen refers to '{cond.question}', which the "
                                      "kiosk could not load (see that item's problems)")
            elif target is None:
                log.add(item.link_id, f"enableWhen refers to unknown question '{cond.question}'")
            elif target is item:
                log.add(item.link_id, "enableWhen refers to the item itself")
            elif not target.answerable:
                log.add(
                    item.link_id,
                    f"enableWhen refers to '{target.link_id}', a {target.type} item without "
                    "an answer",
                )
            elif position[target.link_id] > position[item.link_id]:
                log.add(
                    item.link_id,
                    f"the kiosk does not support enableWhen on '{target.link_id}', which "
                    "comes later: it asks in order, so a condition may only refer to "
                    "earlier questions",
                )
            else:
                why = condition_mismatch(target, cond.operator, cond.kind, (cond.answer,))
                if why:
                    log.add(item.link_id, f"enableWhen: {why}")
        for rule in item.alert_rules:
            if rule.rule_id in rule_ids:
                log.add(item.link_id, f"alert rule id '{rule.rule_id}' is used more than once")
            rule_ids.add(rule.rule_id)
            if item.answerable:
                why = condition_mismatch(item, rule.operator, rule.kind, rule.values)
                if why:
                    log.add(item.link_id, f"alert rule '{rule.rule_id}': {why}")
