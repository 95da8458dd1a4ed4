"""Checks that an answer fits its item: right type, in range, known codes."""

from __future__ import annotations

from kiosk.domain.questionnaire.errors import AnswerError
from kiosk.domain.questionnaire.model import AnswerValue, Item, ItemType
from kiosk.domain.questionnaire.values import is_date, is_time


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


def _check_number(item: Item, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AnswerError(item.link_id, f"expected a number, got {value!r}")
    low, high = item.decimal_limits
    if low is not None and value < low:
        raise AnswerError(item.link_id, f"{value} is below the minimum {low:g}")
    if high is not None and value > high:
        raise AnswerError(item.link_id, f"{value} is above the maximum {high:g}")


def _check_date(item: Item, value: object) -> None:
    if not is_date(value):
        raise AnswerError(item.link_id, f"expected a date like 2026-12-01, got {value!r}")
    low, high = item.date_limits
    if low is not None and str(value) < low:
        raise AnswerError(item.link_id, f"{value} is before the earliest date {low}")
    if high is not None and str(value) > high:
        raise AnswerError(item.link_id, f"{value} is after the latest date {high}")


def _check_listed(item: Item, value: object) -> None:
    """An integer, string, date or time item with answer options takes one of them."""
    if item.options and value != "" and not any(o.value == value and type(o.value) is type(value)
                                for o in item.options):
        choices = ", ".join(o.code for o in item.options)
        raise AnswerError(item.link_id, f"{value!r} is not one of the options ({choices})")


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
        if item.max_occurs is not None and len(value) > item.max_occurs:
            raise AnswerError(item.link_id, f"at most {item.max_occurs} choices")
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
        _check_listed(item, value)
    elif item.type in (ItemType.DECIMAL, ItemType.QUANTITY):
        _check_number(item, value)
    elif item.type is ItemType.CHOICE:
        _check_choice(item, value)
    elif item.type in (ItemType.DATE, ItemType.DATETIME):
        _check_date(item, value)
    elif item.type is ItemType.TIME:
        if not is_time(value):
            raise AnswerError(item.link_id, f"expected a time like 14:30:00, got {value!r}")
    elif not isinstance(value, str):
        raise AnswerError(item.link_id, f"expected text, got {value!r}")
    elif item.max_length is not None and len(value) > item.max_length:
        raise AnswerError(item.link_id, f"longer than {item.max_length} characters")
    if item.type in (ItemType.STRING, ItemType.DATE, ItemType.TIME):
        _check_listed(item, value)
