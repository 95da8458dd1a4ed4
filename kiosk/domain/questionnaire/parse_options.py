"""Reads the answerOptions of a `choice` item."""

from __future__ import annotations

from typing import Any

from kiosk.domain.questionnaire.errors import ProblemLog
from kiosk.domain.questionnaire.extensions import (
    OPTION_EXCLUSIVE,
    extensions,
    read_ordinal,
    read_text,
)
from kiosk.domain.questionnaire.model import AnswerOption


def _option(raw: Any, number: int, log: ProblemLog, link_id: str) -> AnswerOption | None:
    coding = raw.get("valueCoding") if isinstance(raw, dict) else None
    if not isinstance(coding, dict):
        log.add(link_id, f"answerOption {number} has no valueCoding")
        return None
    code = coding.get("code")
    if not isinstance(code, str) or not code.strip():
        log.add(link_id, f"answerOption {number} has no valueCoding code")
        return None
    display = read_text(coding, "display", log, link_id)
    if display is None:
        log.add(link_id, f"option '{code}' has no display text")
        return None
    exclusive = False
    for ext in extensions(raw, OPTION_EXCLUSIVE):
        if not isinstance(ext.get("valueBoolean"), bool):
            log.add(link_id, f"option '{code}': optionExclusive needs valueBoolean")
        else:
            exclusive = bool(ext["valueBoolean"])
    system = coding.get("system")
    return AnswerOption(
        code=code,
        system=system if isinstance(system, str) else None,
        display=display,
        ordinal=read_ordinal(raw, log, link_id, code),
        exclusive=exclusive,
    )


def parse_options(item: dict[str, Any], log: ProblemLog, link_id: str) -> tuple[AnswerOption, ...]:
    """Reads a choice item's answerOptions, reporting missing or duplicate codes.

    Args:
        item: The item JSON.
        log: Where problems go.
        link_id: The item's linkId.
    """
    if "answerValueSet" in item:
        log.add(link_id, "answerValueSet is not supported; list the answerOption entries")
    raw = item.get("answerOption")
    if not isinstance(raw, list) or not raw:
        log.add(link_id, "a choice item needs at least one answerOption")
        return ()
    options: list[AnswerOption] = []
    for number, entry in enumerate(raw, start=1):
        option = _option(entry, number, log, link_id)
        if option is None:
            continue
        if any(o.code == option.code for o in options):
            log.add(link_id, f"option code '{option.code}' is used twice")
            continue
        options.append(option)
    return tuple(options)
