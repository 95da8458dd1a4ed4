"""Turns answers into a FHIR R4 QuestionnaireResponse and back."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from kiosk.domain.questionnaire.conditions import is_answered
from kiosk.domain.questionnaire.engine import Questionnaire
from kiosk.domain.questionnaire.errors import AnswerError
from kiosk.domain.questionnaire.model import AnswerValue, Item, ItemType

_STATUSES = ("completed", "in-progress")


def _answer_json(item: Item, value: AnswerValue, lang: str | None) -> list[dict[str, Any]]:
    if item.type is ItemType.BOOLEAN:
        return [{"valueBoolean": value}]
    if item.type is ItemType.INTEGER:
        return [{"valueInteger": value}]
    if item.type is not ItemType.CHOICE:
        return [{"valueString": value}]
    out: list[dict[str, Any]] = []
    for code in value if isinstance(value, list) else [str(value)]:
        option = item.option(code)
        coding: dict[str, Any] = {"code": code}
        if option is not None:
            if option.system:
                coding = {"system": option.system, **coding}
            coding["display"] = option.display_for(lang)
        out.append({"valueCoding": coding})
    return out


def _items_json(
    items: tuple[Item, ...], answers: Mapping[str, AnswerValue], lang: str | None
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        entry: dict[str, Any] = {"linkId": item.link_id}
        if item.text.default:
            entry["text"] = item.text_for(lang)
        if item.type is ItemType.GROUP:
            children = _items_json(item.items, answers, lang)
            if children:
                out.append({**entry, "item": children})
        elif item.answerable and is_answered(answers.get(item.link_id)):
            out.append({**entry, "answer": _answer_json(item, answers[item.link_id], lang)})
    return out


def to_questionnaire_response(
    q: Questionnaire,
    answers: Mapping[str, AnswerValue],
    *,
    authored: datetime,
    status: str = "completed",
    subject_ref: str | None = None,
    lang: str | None = None,
) -> dict[str, Any]:
    """Builds QuestionnaireResponse JSON, nested like the questionnaire's groups.

    Answers to disabled or unknown items are dropped; item texts and option labels
    are given in `lang` (what the patient saw).

    Args:
        q: The questionnaire answered.
        answers: Answers by linkId.
        authored: When the answers were given; must carry a timezone.
        status: "completed" or "in-progress".
        subject_ref: A FHIR reference such as "Patient/123", if any.
        lang: The language the questions were asked in.

    Raises:
        ValueError: Bad status or a naive `authored`.
        AnswerError: An answer does not fit its item.
    """
    if status not in _STATUSES:
        raise ValueError(f"status must be one of {', '.join(_STATUSES)}, not {status!r}")
    if authored.tzinfo is None or authored.utcoffset() is None:
        raise ValueError("authored needs a timezone (FHIR dateTime with a time)")
    kept = q.clean(answers)
    for link_id, value in kept.items():
        q.validate_answer(link_id, value)
    response: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": q.canonical,
        "status": status,
        "authored": authored.isoformat(timespec="seconds"),
    }
    if lang:
        response["language"] = lang
    if subject_ref:
        response["subject"] = {"reference": subject_ref}
    items = _items_json(q.items, kept, lang)
    if items:
        response["item"] = items
    return response


def _value_from(item: Item, entries: list[Any]) -> AnswerValue:
    keys = {ItemType.BOOLEAN: "valueBoolean", ItemType.INTEGER: "valueInteger"}
    key = keys.get(item.type, "valueCoding" if item.type is ItemType.CHOICE else "valueString")
    values: list[Any] = [e.get(key) for e in entries if isinstance(e, dict)]
    if not values or any(v is None for v in values):
        raise AnswerError(item.link_id, f"every answer needs {key}")
    if item.type is ItemType.CHOICE:
        codes = [v.get("code") if isinstance(v, dict) else None for v in values]
        if item.repeats:
            return [str(c) for c in codes]
        if len(codes) > 1:
            raise AnswerError(item.link_id, "several answers to a single-choice item")
        return str(codes[0])
    if len(values) > 1:
        raise AnswerError(item.link_id, "several answers to a single-answer item")
    return values[0]


def answers_from_questionnaire_response(
    q: Questionnaire, data: Mapping[str, Any]
) -> dict[str, AnswerValue]:
    """Reads answers back from QuestionnaireResponse JSON made for `q`.

    Args:
        q: The questionnaire the response answers.
        data: The QuestionnaireResponse JSON.

    Raises:
        ValueError: Not a response to `q` (the version may differ).
        KeyError: The response names an item `q` does not have.
        AnswerError: An answer does not fit its item.
    """
    if data.get("resourceType") != "QuestionnaireResponse":
        raise ValueError("not a QuestionnaireResponse")
    url = str(data.get("questionnaire", "")).split("|")[0]
    if url != q.url:
        raise ValueError(f"the response answers {url or 'no questionnaire'}, not {q.url}")
    answers: dict[str, AnswerValue] = {}

    def walk(entries: Any) -> None:
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                raise ValueError("every QuestionnaireResponse item must be an object")
            item = q.item(str(entry.get("linkId")))
            if isinstance(entry.get("answer"), list) and item.answerable:
                value = _value_from(item, entry["answer"])
                q.validate_answer(item.link_id, value)
                answers[item.link_id] = value
            walk(entry.get("item"))

    walk(data.get("item"))
    return answers
