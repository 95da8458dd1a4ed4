"""Checks that an answer fits its item: right type, in range, known codes."""

from __future__ import annotations

from kiosk.domain.questionnaire.errors import AnswerError
from kiosk.domain.questionnaire.model import AnswerValue, Item, ItemType


def _check_integer(item: Item, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnswerError(item.link_id, f"expected a whole number, got {value!r}")
    if item.min_value is not None and value < item.min_value:
        raise AnswerError(item.link_id, f"{value} is below the minimum {item.min_value}")
    if item.max_value is not None and value > item.max_value:
        raise AnswerError(item.link_id, f"{value} is above the maximum {item.max_value}")
    base = item.min_value if item.min_value is not None else 0
    if item.step > 1 and (value - base) % item.step:
        raise AnswerError(item.link_id, f"{value} is not on a step of {item.step}")


def _check_codes(item: Item, codes: list[str]) -> None:
    known = {o.code for o in item.options}
    for code in codes:
        if not isinstance(code, str):
            raise AnswerError(item.link_id, f"expected a choice code, got {code!r}")
        if code not in known:
            choices = ", ".join(sorted(known))
            raise AnswerError(item.link_id, f"unknown code '{code}' (choices: {choices})")
    if len(set(codes)) != len(codes):
        raise AnswerError(item.link_id, "the same choice is given twice")
    if len(codes) > 1:
        for code in codes:
            option = item.option(code)
            if option is not None and option.exclusive:
                raise AnswerError(
                    item.link_id, f"'{code}' cannot be combined with other choices"
                )


def _check_choice(item: Item, value: object) -> None:
    if item.repeats:
        if not isinstance(value, list):
            raise AnswerError(item.link_id, f"expected a list of choice codes, got {value!r}")
        _check_codes(item, value)
        return
    if not isinstance(value, str):
        raise AnswerError(item.link_id, f"expected one choice code, got {value!r}")
    _check_codes(item, [value])


def check_answer(item: Item, value: AnswerValue | object) -> None:
    """Raises AnswerError unless `value` is a valid answer for `item`.

    Empty text, or an empty list for a multi-select, is valid and means "no answer".

    Args:
        item: The item the answer is for.
        value: The proposed answer.

    Raises:
        AnswerError: The value has the wrong type, is out of range, or names an
            unknown or conflicting choice.
    """
    if not item.answerable:
        raise AnswerError(item.link_id, f"a {item.type} item takes no answer")
    if item.type is ItemType.BOOLEAN:
        if not isinstance(value, bool):
            raise AnswerError(item.link_id, f"expected true or false, got {value!r}")
    elif item.type is ItemType.INTEGER:
        _check_integer(item, value)
    elif item.type is ItemType.CHOICE:
        _check_choice(item, value)
    elif not isinstance(value, str):
        raise AnswerError(item.link_id, f"expected text, got {value!r}")
