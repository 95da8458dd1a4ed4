"""Scores and alert rules computed from the answers to enabled items."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kiosk.domain.questionnaire.conditions import holds, is_answered
from kiosk.domain.questionnaire.model import AlertHit, AnswerValue, Item, ItemType, Operator

TOTAL = "total"
"""Key of the overall score in the dict `scores` returns."""


def _item_score(item: Item, answer: AnswerValue | None) -> int | None:
    if item.type is not ItemType.CHOICE or answer is None:
        return None
    codes = answer if isinstance(answer, list) else [answer]
    ordinals = [o.ordinal for c in codes if (o := item.option(str(c))) and o.ordinal is not None]
    return sum(ordinals) if ordinals else None


def compute_scores(
    items: Iterable[Item], answers: Mapping[str, AnswerValue], enabled: frozenset[str]
) -> dict[str, int]:
    """Sums the ordinalValues of chosen options.

    Args:
        items: The top-level items.
        answers: Answers by linkId.
        enabled: linkIds of the enabled items; others do not count.

    Returns:
        `{"total": n}` plus, for each group holding scored answers, its linkId with
        the sum within that group (nested groups count towards their parents too).
    """
    scores: dict[str, int] = {}

    def visit(item: Item) -> int | None:
        if item.link_id not in enabled:
            return None
        if item.type is ItemType.GROUP:
            parts = [s for child in item.items if (s := visit(child)) is not None]
            if not parts:
                return None
            scores[item.link_id] = sum(parts)
            return scores[item.link_id]
        return _item_score(item, answers.get(item.link_id))

    total = [s for item in items if (s := visit(item)) is not None]
    scores[TOTAL] = sum(total)
    return scores


def compute_alerts(
    flat_items: Iterable[Item], answers: Mapping[str, AnswerValue], enabled: frozenset[str]
) -> list[AlertHit]:
    """Returns the alert rules that hold, for enabled items only.

    When several rules of one item hold, only those of the highest severity are
    returned (nausea 8 gives the urgent hit, not also the "review" one).

    Args:
        flat_items: Every item, in document order.
        answers: Answers by linkId.
        enabled: linkIds of the enabled items.
    """
    hits: list[AlertHit] = []
    for item in flat_items:
        if item.link_id not in enabled:
            continue
        answer = answers.get(item.link_id)
        # An alert needs an answer: `!=` on an unanswered item holds for enableWhen
        # (R5 wording) but must not call a nurse about a question never answered.
        matched = [r for r in item.alert_rules if holds(r.operator, answer, r.values)
                   and (is_answered(answer) or r.operator is Operator.EXISTS)]
        if not matched:
            continue
        top = max(r.severity.rank for r in matched)
        hits.extend(
            AlertHit(r.rule_id, item.link_id, r.severity, r.cause)
            for r in matched
            if r.severity.rank == top
        )
    return hits
