"""Reads an item's behaviour-changing extras and reports what the kiosk lacks.

The extras: hidden, readOnly, initial values, limits, occurrences, units, SDC
expressions and variables. Every element or extension the kiosk does not support
is reported (see `support.py`).
"""

from __future__ import annotations

from typing import Any

from kiosk.domain.questionnaire.errors import ProblemLog
from kiosk.domain.questionnaire.expressions import syntax_error
from kiosk.domain.questionnaire.extensions import (
    HIDDEN,
    MAX_DECIMALS,
    MAX_OCCURS,
    MAX_VALUE,
    MIN_OCCURS,
    MIN_VALUE,
    SDC_EXPRESSION,
    UNIT,
    VARIABLE,
    extensions,
    read_int,
)
from kiosk.domain.questionnaire.model import (
    EXPRESSION_KINDS,
    ConditionValue,
    ItemType,
    ValueKind,
)
from kiosk.domain.questionnaire.support import NO_EFFECT, POLICY, UNSUPPORTED, construct
from kiosk.domain.questionnaire.values import KIND_FOR_TYPE, read_value_checked, values_of


def check_constructs(raw: dict[str, Any], where: str, log: ProblemLog,
                     link_id: str | None) -> None:
    """Reports every key and extension url of `raw` the kiosk does not support or know."""
    for key in raw:
        if key.startswith("_"):
            continue  # primitive extensions: translations are read with their element
        row = construct(where, key)
        if row is None:
            log.add(link_id, f"the kiosk does not know the element '{key}' (it is not part "
                             "of an R4 Questionnaire)")
        elif row.status == UNSUPPORTED and raw.get(key):
            log.add(link_id, f"the kiosk does not support {row.label} ({row.note})")
    found = raw.get("extension")
    if found is not None and not isinstance(found, list):
        log.add(link_id, "'extension' must be a list")
    for ext in found if isinstance(found, list) else []:
        url = ext.get("url") if isinstance(ext, dict) else None
        if not isinstance(url, str):
            log.add(link_id, "an extension has no url")
            continue
        row = construct(where, url)
        if row is None:
            log.warn(link_id, f"the kiosk does not know the extension {url} and ignores it")
        elif row.status == UNSUPPORTED:
            log.add(link_id, f"the kiosk does not support {row.label} ({row.note})")
        elif row.status in (NO_EFFECT, POLICY):
            log.warn(link_id, f"{row.label}: {row.note}")


def read_bool_ext(raw: dict[str, Any], url: str, label: str, log: ProblemLog,
                  link_id: str) -> bool:
    """A valueBoolean extension (False when absent)."""
    found = extensions(raw, url)
    if not found:
        return False
    value = found[0].get("valueBoolean")
    if not isinstance(value, bool):
        log.add(link_id, f"{label} needs valueBoolean")
        return False
    return value


def read_initial(raw: dict[str, Any], kind: ItemType, log: ProblemLog,
                 link_id: str) -> tuple[ConditionValue, ...]:
    """The `initial` values of an item, typed as its answers are."""
    entries = raw.get("initial")
    if entries is None:
        return ()
    if not isinstance(entries, list) or not kind.answerable:
        log.add(link_id, "initial must be a list, on a question")
        return ()
    expected = KIND_FOR_TYPE.get(kind)
    out: list[ConditionValue] = []
    for entry in entries:
        found = values_of(entry, "value") if isinstance(entry, dict) else []
        if len(found) != 1 or isinstance(found[0], str):
            why = found[0] if found and isinstance(found[0], str) else "needs one value[x]"
            log.add(link_id, f"initial {why}")
            continue
        value_kind, value = found[0]
        allowed = {expected, ValueKind.STRING} if kind is ItemType.CHOICE else {expected}
        if kind is ItemType.DATETIME:
            allowed.add(ValueKind.DATE)
        if value_kind not in allowed:
            log.add(link_id, f"initial value{value_kind} does not fit a {kind} item")
            continue
        out.append(value)
    if len(out) > 1 and raw.get("repeats") is not True:
        log.add(link_id, "several initial values on an item that does not repeat")
    return tuple(out)


def read_expressions(raw: dict[str, Any], log: ProblemLog, link_id: str | None
                     ) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(kind, FHIRPath) of the SDC expressions and (name, FHIRPath) of the variables."""
    found: list[tuple[str, str]] = []
    variables: list[tuple[str, str]] = []
    for url, kind in [(SDC_EXPRESSION + k, k) for k in EXPRESSION_KINDS] + [(VARIABLE, "")]:
        for ext in extensions(raw, url):
            value = ext.get("valueExpression")
            label = kind or "variable"
            if not isinstance(value, dict) or not isinstance(value.get("expression"), str):
                log.add(link_id, f"{label} needs a valueExpression with an expression")
                continue
            language = value.get("language")
            if language != "text/fhirpath":
                log.add(link_id, f"the kiosk does not support {label} in {language!r} "
                                 "(only text/fhirpath)")
                continue
            why = syntax_error(value["expression"])
            if why:
                log.add(link_id, f"{label} is not valid FHIRPath ({why})")
                continue
            if kind:
                if any(k == kind for k, _ in found):
                    log.add(link_id, f"{kind} is given twice")
                found.append((kind, value["expression"]))
            elif not isinstance(value.get("name"), str) or not value["name"]:
                log.add(link_id, "a variable needs a name")
            else:
                variables.append((value["name"], value["expression"]))
    return tuple(found), tuple(variables)


def read_occurs(raw: dict[str, Any], log: ProblemLog, link_id: str
                ) -> tuple[int | None, int | None]:
    """questionnaire-minOccurs and -maxOccurs."""
    low = read_int(raw, MIN_OCCURS, "minOccurs", log, link_id)
    high = read_int(raw, MAX_OCCURS, "maxOccurs", log, link_id)
    if low is not None and high is not None and low > high:
        log.add(link_id, f"minOccurs {low} is greater than maxOccurs {high}")
    if high is not None and high > 1 and raw.get("repeats") is not True:
        log.add(link_id, "maxOccurs above 1 needs repeats: true")
    return low, high


def read_unit(raw: dict[str, Any], kind: ItemType, log: ProblemLog,
              link_id: str) -> tuple[str, str] | None:
    """The questionnaire-unit of a quantity item, as (code, display)."""
    found = extensions(raw, UNIT)
    if not found:
        return None
    coding = found[0].get("valueCoding")
    if kind is not ItemType.QUANTITY and kind is not ItemType.DECIMAL \
            and kind is not ItemType.INTEGER:
        log.add(link_id, "a unit only fits a number item")
        return None
    if not isinstance(coding, dict) or not isinstance(coding.get("code", coding.get("display")),
                                                      str):
        log.add(link_id, "questionnaire-unit needs a valueCoding with a code")
        return None
    code = str(coding.get("code", coding.get("display")))
    return code, str(coding.get("display", code))


def read_hidden(raw: dict[str, Any], log: ProblemLog, link_id: str) -> bool:
    """questionnaire-hidden."""
    return read_bool_ext(raw, HIDDEN, "questionnaire-hidden", log, link_id)


def _limit(raw: dict[str, Any], url: str, kinds: tuple[ValueKind, ...], label: str,
           log: ProblemLog, link_id: str) -> ConditionValue | None:
    found = extensions(raw, url)
    if not found:
        return None
    values = values_of(found[0], "value")
    if len(values) != 1 or isinstance(values[0], str) or values[0][0] not in kinds:
        log.add(link_id, f"{label} needs value{kinds[0].value}")
        return None
    return values[0][1]


def read_limits(raw: dict[str, Any], kind: ItemType, log: ProblemLog, link_id: str
                ) -> tuple[tuple[float | None, float | None], tuple[str | None, str | None],
                           int | None]:
    """MinValue / maxValue of decimal, quantity and date items, and maxDecimalPlaces."""
    numbers: tuple[float | None, float | None] = (None, None)
    dates: tuple[str | None, str | None] = (None, None)
    if kind in (ItemType.DECIMAL, ItemType.QUANTITY):
        kinds: tuple[ValueKind, ...] = (ValueKind.DECIMAL, ValueKind.INTEGER,
                                         ValueKind.QUANTITY)
        low = _limit(raw, MIN_VALUE, kinds, "minValue", log, link_id)
        high = _limit(raw, MAX_VALUE, kinds, "maxValue", log, link_id)
        numbers = (None if low is None else float(low), None if high is None else float(high))
    elif kind in (ItemType.DATE, ItemType.DATETIME):
        kinds = (ValueKind.DATE, ValueKind.DATETIME)
        low = _limit(raw, MIN_VALUE, kinds, "minValue", log, link_id)
        high = _limit(raw, MAX_VALUE, kinds, "maxValue", log, link_id)
        dates = (None if low is None else str(low)[:10], None if high is None else str(high)[:10])
    for low, high in (numbers, dates):
        if low is not None and high is not None and low > high:  # type: ignore[operator]
            log.add(link_id, f"minValue {low} is greater than maxValue {high}")
    decimals = read_int(raw, MAX_DECIMALS, "maxDecimalPlaces", log, link_id)
    return numbers, dates, decimals


def read_max_length(raw: dict[str, Any], kind: ItemType, log: ProblemLog,
                    link_id: str) -> int | None:
    """MaxLength of a text answer."""
    value = raw.get("maxLength")
    if value is None:
        return None
    checked, error = read_value_checked(ValueKind.INTEGER, value)
    if error or not isinstance(checked, int) or checked < 1:
        log.add(link_id, "maxLength must be a whole number of 1 or more")
        return None
    if kind not in (ItemType.STRING, ItemType.TEXT):
        log.warn(link_id, f"maxLength has no effect on a {kind} item (touch controls)")
    return checked
