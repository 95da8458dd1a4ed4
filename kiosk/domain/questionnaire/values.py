"""Typed FHIR values (value[x], answer[x], initial) for every supported item type."""

from __future__ import annotations

import re
from typing import Any

from kiosk.domain.questionnaire.model import ConditionValue, ItemType, ValueKind

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$")
_DATETIME = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T[0-2]\d:[0-5]\d(:[0-5]\d(\.\d+)?)?"
                       r"(Z|[+-]\d{2}:\d{2})?)?)?)?$")

KIND_FOR_TYPE = {
    ItemType.BOOLEAN: ValueKind.BOOLEAN,
    ItemType.INTEGER: ValueKind.INTEGER,
    ItemType.DECIMAL: ValueKind.DECIMAL,
    ItemType.QUANTITY: ValueKind.QUANTITY,
    ItemType.CHOICE: ValueKind.CODING,
    ItemType.STRING: ValueKind.STRING,
    ItemType.TEXT: ValueKind.STRING,
    ItemType.DATE: ValueKind.DATE,
    ItemType.TIME: ValueKind.TIME,
    ItemType.DATETIME: ValueKind.DATETIME,
}
"""The value[x] an answer of each item type is written with."""


def is_date(value: object) -> bool:
    """Whether `value` is an ISO date (YYYY-MM-DD)."""
    return isinstance(value, str) and bool(_DATE.match(value))


def is_time(value: object) -> bool:
    """Whether `value` is an ISO time (HH:MM:SS)."""
    return isinstance(value, str) and bool(_TIME.match(value))


def read_value_checked(kind: ValueKind, raw: Any) -> tuple[ConditionValue | None, str | None]:
    """Reads one value[x]: (value, None), or (None, what is wrong)."""
    if kind is ValueKind.BOOLEAN:
        return (raw, None) if isinstance(raw, bool) else (None, "must be true or false")
    if kind is ValueKind.INTEGER:
        good = isinstance(raw, int) and not isinstance(raw, bool)
        return (raw, None) if good else (None, "must be a whole number")
    if kind in (ValueKind.DECIMAL, ValueKind.QUANTITY):
        number: Any = raw.get("value") if kind is ValueKind.QUANTITY and isinstance(
            raw, dict) else raw
        good = isinstance(number, int | float) and not isinstance(number, bool)
        return (float(number), None) if good else (None, "must be a number")
    if kind is ValueKind.CODING:
        code = raw.get("code") if isinstance(raw, dict) else None
        ok = isinstance(code, str) and code != ""
        return (code, None) if ok else (None, "has no code")
    if kind is ValueKind.DATE:
        return (raw, None) if is_date(raw) else (None, "must be a date like 2026-12-01")
    if kind is ValueKind.TIME:
        return (raw, None) if is_time(raw) else (None, "must be a time like 14:30:00")
    if kind is ValueKind.DATETIME:
        ok = isinstance(raw, str) and bool(_DATETIME.match(raw))
        return (raw, None) if ok else (None, "must be a dateTime like 2026-12-01T14:30:00Z")
    return (raw, None) if isinstance(raw, str) else (None, "must be a string")


def values_of(obj: dict[str, Any], prefix: str) -> list[tuple[ValueKind, ConditionValue] | str]:
    """(kind, value) for every `prefix[x]` key of `obj`, or a message for a bad one."""
    out: list[tuple[ValueKind, ConditionValue] | str] = []
    for key, raw in obj.items():
        if not key.startswith(prefix) or not key[len(prefix):][:1].isupper():
            continue
        try:
            kind = ValueKind(key[len(prefix):])
        except ValueError:
            out.append(f"the kiosk does not support {key}")
            continue
        value, error = read_value_checked(kind, raw)
        out.append(f"{key} {error}" if error else (kind, value))  # type: ignore[arg-type]
    return out


def json_value(item_type: ItemType, value: ConditionValue, unit: tuple[str, str] | None
               ) -> dict[str, Any]:
    """The value[x] JSON of an answer (not for choice items, whose answers are codings)."""
    kind = KIND_FOR_TYPE[item_type]
    if kind is ValueKind.QUANTITY:
        quantity: dict[str, Any] = {"value": value}
        if unit is not None:
            quantity.update({"unit": unit[1], "system": "http://unitsofmeasure.org",
                             "code": unit[0]})
        return {"valueQuantity": quantity}
    return {f"value{kind.value}": value}
