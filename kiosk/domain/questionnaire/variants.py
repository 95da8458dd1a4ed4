"""Clinic variants of a loaded questionnaire, such as asking only ASQ item 5.

CLINICAL.md section 5: a clinic that does the full ASQ at intake may ask only
item 5 in the recovery room. Removing items 1-4 also removes the conditions
that pointed at them, so item 5 is then always asked. In that mode "no" to
item 5 is a negative screen (the intake result stands), so item 5's alert rules
that fire on "no" (the full form's non-acute positive) are dropped too.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace

from kiosk.domain.questionnaire.asq import ASQ_NO, ASQ_SCREENING_ITEMS, ASQ_THOUGHTS_NOW
from kiosk.domain.questionnaire.engine import Questionnaire
from kiosk.domain.questionnaire.links import CHECKIN_URL, READY_TO_GO_URL
from kiosk.domain.questionnaire.model import Item


def _prune(items: tuple[Item, ...], drop: Collection[str]) -> tuple[Item, ...]:
    kept = []
    for item in items:
        if item.link_id in drop:
            continue
        children = _prune(item.items, drop)
        if item.items and not children:
            continue  # a group left empty has nothing to show
        conditions = tuple(c for c in item.enable_when if c.question not in drop)
        kept.append(replace(item, items=children, enable_when=conditions))
    return tuple(kept)


def without_items(questionnaire: Questionnaire, link_ids: Collection[str]) -> Questionnaire:
    """A copy without the given items and without conditions that referred to them."""
    return replace(questionnaire, items=_prune(questionnaire.items, set(link_ids)))


def _without_no_alerts(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """Items with item 5's rules on the answer "no" removed (a negative screen here)."""
    kept = []
    for item in items:
        rules = item.alert_rules
        if item.link_id == ASQ_THOUGHTS_NOW:
            rules = tuple(r for r in rules if ASQ_NO not in _codes(r.values))
        kept.append(replace(item, items=_without_no_alerts(item.items), alert_rules=rules))
    return tuple(kept)


def _codes(values: object) -> set[str]:
    """The answer codes a rule compares with, whatever their shape."""
    if isinstance(values, str):
        return {values}
    if isinstance(values, tuple | list | set | frozenset):
        return {str(v) for v in values}
    return {str(values)}


def asq_item5_only(questionnaire: Questionnaire) -> Questionnaire:
    """The ready-to-go form asking only ASQ item 5 (items 1-4 were asked at intake).

    "No" to item 5 raises nothing here: it is a negative screen (CLINICAL.md section 5).
    """
    pruned = without_items(questionnaire, ASQ_SCREENING_ITEMS)
    return replace(pruned, items=_without_no_alerts(pruned.items))


def forms_in_force(questionnaires: Mapping[str, Questionnaire], *,
                   asq_mode: str) -> dict[str, Questionnaire]:
    """The recovery check-in and the ready-to-go form by check-in kind.

    Keys are the stored kinds ``"checkin"`` and ``"ready_to_go"``; the ready-to-go
    form asks only ASQ item 5 when ``asq_mode`` is ``"item5_only"``.

    Raises:
        KeyError: naming the url of a questionnaire that is not loaded.
    """
    for url in (CHECKIN_URL, READY_TO_GO_URL):
        if url not in questionnaires:
            raise KeyError(url)
    ready_to_go = questionnaires[READY_TO_GO_URL]
    if asq_mode == "item5_only":
        ready_to_go = asq_item5_only(ready_to_go)
    return {"checkin": questionnaires[CHECKIN_URL], "ready_to_go": ready_to_go}
