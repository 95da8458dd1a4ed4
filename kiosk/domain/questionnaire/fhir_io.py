"""Turns answers into a FHIR R4 QuestionnaireResponse and back."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from kiosk.domain.questionnaire.engine import Questionnaire
from kiosk.domain.questionnaire.errors import AnswerError
from kiosk.domain.questionnaire.model import AnswerValue, Item, ItemType
from kiosk.domain.questionnaire.response_items import items_json
from kiosk.domain.questionnaire.values import KIND_FOR_TYPE

_STATUSES = ("completed", "in-progress")


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
    check_response_header(status, authored)
    # What is written: the patient's answers to enabled items, plus the values of
    # calculated, read-only and hidden items (as LHC-Forms writes them).
    kept, values = q.clean_and_values(answers)
    for link_id, value in kept.items():
        q.validate_answer(link_id, value)
    return response_with_items(q, status, authored, subject_ref, lang,
                               items_json(q.items, values, lang))


def check_response_header(status: str, authored: datetime) -> None:
    """Refuse a bad status or a naive ``authored`` (ValueError)."""
    if status not in _STATUSES:
        raise ValueError(f"status must be one of {', '.join(_STATUSES)}, not {status!r}")
    if authored.tzinfo is None or authored.utcoffset() is None:
        raise ValueError("authored needs a timezone (FHIR dateTime with a time)")


def response_with_items(q: Questionnaire, status: str, authored: datetime,
                        subject_ref: str | None, lang: str | None,
                        items: list[dict[str, Any]]) -> dict[str, Any]:
    """A QuestionnaireResponse's JSON: its header, then ``items`` (left out when empty)."""
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
    if items:
        response["item"] = items
    return response


def _one_value(item: Item, entry: Any) -> Any:
    if not isinstance(entry, dict):
        return None
    if item.type is ItemType.CHOICE:
        coding = entry.get("valueCoding")
        if isinstance(coding, dict):
            return coding.get("code")
        other = [v for k, v in entry.items() if k.startswith("value")]
        return str(other[0]) if other else None  # an option written as valueString etc.
    if item.type is ItemType.QUANTITY:
        quantity = entry.get("valueQuantity")
        return quantity.get("value") if isinstance(quantity, dict) else None
    value = entry.get(f"value{KIND_FOR_TYPE[item.type].value}")
    if item.type is ItemType.DECIMAL and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _value_from(item: Item, entries: list[Any]) -> AnswerValue:
    values: list[Any] = [_one_value(item, e) for e in entries]
    if not values or any(v is None for v in values):
        raise AnswerError(item.link_id, f"every answer needs value{KIND_FOR_TYPE[item.type].value}")
    if item.type is ItemType.CHOICE:
        codes = [str(v) for v in values]
        if item.repeats:
            return codes
        if len(codes) > 1:
            raise AnswerError(item.link_id, "several answers to a single-choice item")
        return codes[0]
    if item.type is ItemType.QUANTITY:
        values = [float(v) for v in values]
    if len(values) > 1:
        raise AnswerError(item.link_id, "several answers to a single-answer item")
    return values[0]  # type: ignore[no-any-return]


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
