"""The `item` tree of a QuestionnaireResponse, built from values by linkId.

Shared by the export (:mod:`fhir_io`) and the expression engine, which evaluates
FHIRPath against the same response the export would write.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.domain.questionnaire.conditions import is_answered
from kiosk.domain.questionnaire.model import AnswerValue, Item, ItemType
from kiosk.domain.questionnaire.values import json_value


def answer_json(item: Item, value: AnswerValue, lang: str | None) -> list[dict[str, Any]]:
    """The `answer` list of one item's value."""
    if item.type is not ItemType.CHOICE:
        if isinstance(value, list):
            return [json_value(item.type, v, item.unit) for v in value]
        return [json_value(item.type, value, item.unit)]
    out: list[dict[str, Any]] = []
    for code in value if isinstance(value, list) else [str(value)]:
        option = item.option(code)
        if option is not None and option.value_kind is not None:
            out.append({f"value{option.value_kind.value}": option.value})
            continue
        coding: dict[str, Any] = {"code": code}
        if option is not None:
            if option.system:
                coding = {"system": option.system, **coding}
            coding["display"] = option.display_for(lang)
        out.append({"valueCoding": coding})
    return out


def items_json(items: tuple[Item, ...], values: Mapping[str, AnswerValue],
               lang: str | None) -> list[dict[str, Any]]:
    """Response items nested like the questionnaire's groups; unanswered ones left out."""
    out: list[dict[str, Any]] = []
    for item in items:
        entry: dict[str, Any] = {"linkId": item.link_id}
        if item.text.default:
            entry["text"] = item.text_for(lang)
        if item.type is ItemType.GROUP:
            children = items_json(item.items, values, lang)
            if children:
                out.append({**entry, "item": children})
        elif item.answerable and is_answered(values.get(item.link_id)):
            out.append({**entry, "answer": answer_json(item, values[item.link_id], lang)})
    return out
