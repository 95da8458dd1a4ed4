"""Clinic variants of a loaded questionnaire, such as asking only ASQ item 5.

CLINICAL.md section 5: a clinic that does the full ASQ at intake may ask only
item 5 in the recovery room. Removing items 1-4 also removes the conditions
that pointed at them, so item 5 is then always asked.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace

from kiosk.domain.questionnaire.asq import ASQ_SCREENING_ITEMS
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


def asq_item5_only(questionnaire: Questionnaire) -> Questionnaire:
    """The ready-to-go form asking only ASQ item 5 (items 1-4 were asked at intake)."""
    return without_items(questionnaire, ASQ_SCREENING_ITEMS)


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
