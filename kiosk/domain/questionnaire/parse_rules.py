"""Reads enableWhen conditions and the kiosk's alert-rule extension from item JSON.

A rule's cause is translated by FHIR translation extensions inside the rule, the
same extension item texts carry on ``_text``.

Only the shape is checked here; whether a condition fits the question it refers to
is checked in `checks.py`, once every item is known.
"""

from __future__ import annotations

from typing import Any

from kiosk.domain.questionnaire.errors import ProblemLog
from kiosk.domain.questionnaire.extensions import (
    ALERT_RULE,
    TRANSLATION,
    extensions,
    read_text,
)
from kiosk.domain.questionnaire.model import (
    AlertRule,
    EnableWhen,
    Operator,
    Severity,
)
from kiosk.domain.questionnaire.values import values_of

_ENABLE_OPERATORS = [op.value for op in Operator if op is not Operator.ANY_OF]


def parse_enable_when(raw: Any, log: ProblemLog, link_id: str) -> EnableWhen | None:
    """Reads one enableWhen entry, reporting problems with its shape."""
    if not isinstance(raw, dict):
        log.add(link_id, "an enableWhen entry must be an object")
        return None
    question = raw.get("question")
    if not isinstance(question, str) or not question:
        log.add(link_id, "enableWhen has no 'question'")
        return None
    operator = raw.get("operator")
    if operator not in _ENABLE_OPERATORS:
        allowed = ", ".join(_ENABLE_OPERATORS)
        log.add(link_id, f"enableWhen operator {operator!r} is not valid (use {allowed})")
        return None
    values = values_of(raw, "answer")
    if len(values) != 1:
        log.add(link_id, f"enableWhen on '{question}' needs exactly one answer[x]")
        return None
    if isinstance(values[0], str):
        log.add(link_id, f"enableWhen on '{question}': {values[0]}")
        return None
    kind, value = values[0]
    return EnableWhen(question, Operator(operator), value, kind)


def _parts(ext: dict[str, Any]) -> list[dict[str, Any]]:
    raw = ext.get("extension")
    return [p for p in raw if isinstance(p, dict)] if isinstance(raw, list) else []


def _text_part(parts: list[dict[str, Any]], name: str) -> str | None:
    for part in parts:
        if part.get("url") == name:
            for key in ("valueString", "valueCode", "valueId"):
                if isinstance(part.get(key), str) and part[key].strip():
                    return str(part[key]).strip()
    return None


def _code_part(parts: list[dict[str, Any]], name: str, codes: list[str], log: ProblemLog,
               link_id: str, label: str) -> str | None:
    """The text of part ``name``; reported when it is missing or not one of ``codes``."""
    code = _text_part(parts, name)
    if code is None:
        log.add(link_id, f"{label}: '{name}' is missing")
    elif code not in codes:
        log.add(link_id, f"{label}: {name} {code!r} is not valid (use {', '.join(codes)})")
    return code


def parse_alert_rule(ext: dict[str, Any], log: ProblemLog, link_id: str) -> AlertRule | None:
    """Reads one alert-rule extension, reporting every problem with it."""
    parts = _parts(ext)
    rule_id = _text_part(parts, "id")
    label = f"alert rule '{rule_id}'" if rule_id else "an alert rule"
    problems = len(log.problems)
    if rule_id is None:
        log.add(link_id, "an alert rule has no 'id'")
    operator = _code_part(parts, "operator", [op.value for op in Operator], log, link_id, label)
    severity = _code_part(parts, "severity", [sv.value for sv in Severity], log, link_id, label)
    cause = _text_part(parts, "cause")
    if cause is None:
        log.add(link_id, f"{label}: 'cause' is missing")
    # The cause's translations: HL7 translation extensions inside the rule (as
    # on an item's _text); _valueString inside an Extension fails FHIR validators.
    translations = [p for p in parts if p.get("url") == TRANSLATION]
    translated = read_text({"cause": cause, "_cause": {"extension": translations}},
                           "cause", log, link_id) if cause is not None else None
    found = [v for p in parts if p.get("url") == "value" for v in values_of(p, "value")]
    for message in (v for v in found if isinstance(v, str)):
        log.add(link_id, f"{label}: {message}")
    values = [v for v in found if not isinstance(v, str)]
    if not found:
        log.add(link_id, f"{label}: 'value' is missing")
    elif len({kind for kind, _ in values}) > 1:
        log.add(link_id, f"{label}: all values must have the same type")
    elif len(values) > 1 and operator != Operator.ANY_OF.value:
        log.add(link_id, f"{label}: several values need the operator 'any-of'")
    if len(log.problems) > problems or not values:
        return None
    return AlertRule(
        rule_id=str(rule_id),
        operator=Operator(str(operator)),
        values=tuple(v for _, v in values),
        kind=values[0][0],
        severity=Severity(str(severity)),
        cause=str(cause),
        cause_translations=translated.translations if translated else (),
    )


def parse_alert_rules(item: dict[str, Any], log: ProblemLog, link_id: str) -> list[AlertRule]:
    """Reads every alert-rule extension on an item."""
    rules = (parse_alert_rule(ext, log, link_id) for ext in extensions(item, ALERT_RULE))
    return [r for r in rules if r is not None]
