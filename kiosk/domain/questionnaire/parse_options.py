"""Reads the answer options of an item.

Options come from answerOption, or from answerValueSet resolved to a contained
ValueSet or an expanded ValueSet shipped beside the form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.domain.questionnaire.errors import ProblemLog
from kiosk.domain.questionnaire.extensions import (
    OPTION_EXCLUSIVE,
    extensions,
    read_ordinal,
    read_text,
)
from kiosk.domain.questionnaire.model import AnswerOption, ItemType, LocalizedText, ValueKind
from kiosk.domain.questionnaire.parse_features import check_constructs
from kiosk.domain.questionnaire.values import values_of

_OPTION_KINDS = {
    ItemType.CHOICE: (ValueKind.CODING, ValueKind.STRING, ValueKind.INTEGER, ValueKind.DATE,
                      ValueKind.TIME),
    ItemType.INTEGER: (ValueKind.INTEGER,),
    ItemType.STRING: (ValueKind.STRING,),
    ItemType.DATE: (ValueKind.DATE,),
    ItemType.TIME: (ValueKind.TIME,),
}
OPTION_TYPES = frozenset(_OPTION_KINDS)
"""Item types that may carry answerOption or answerValueSet."""


def _option(raw: Any, number: int, kind: ItemType, log: ProblemLog,
            link_id: str) -> AnswerOption | None:
    if not isinstance(raw, dict):
        log.add(link_id, f"answerOption {number} is not an object")
        return None
    check_constructs({k: v for k, v in raw.items() if not k.startswith("value")}, "option",
                     log, link_id)
    found = values_of(raw, "value")
    if len(found) != 1:
        log.add(link_id, f"answerOption {number} needs exactly one value[x]")
        return None
    if isinstance(found[0], str):
        log.add(link_id, f"answerOption {number}: {found[0]}")
        return None
    value_kind, value = found[0]
    if value_kind not in _OPTION_KINDS[kind]:
        log.add(link_id, f"answerOption {number}: the kiosk does not support "
                         f"value{value_kind} options on a {kind} item")
        return None
    exclusive = False
    for ext in extensions(raw, OPTION_EXCLUSIVE):
        if not isinstance(ext.get("valueBoolean"), bool):
            log.add(link_id, f"answerOption {number}: optionExclusive needs valueBoolean")
        else:
            exclusive = bool(ext["valueBoolean"])
    initial = raw.get("initialSelected", False) is True
    if value_kind is ValueKind.CODING:
        coding = raw["valueCoding"]
        code = str(value)
        display = read_text(coding, "display", log, link_id)
        if display is None:
            log.add(link_id, f"option '{code}' has no display text")
            return None
        system = coding.get("system")
        return AnswerOption(code=code, system=system if isinstance(system, str) else None,
                            display=display, ordinal=read_ordinal(raw, log, link_id, code),
                            exclusive=exclusive, initial=initial)
    code = str(value)
    key = f"value{value_kind.value}"
    display = read_text(raw, key, log, link_id) if value_kind is ValueKind.STRING else None
    return AnswerOption(code=code, system=None, display=display or LocalizedText(code),
                        ordinal=read_ordinal(raw, log, link_id, code), exclusive=exclusive,
                        value=value, initial=initial, value_kind=value_kind)


def _from_value_set(vs: Mapping[str, Any]) -> list[dict[str, Any]]:
    """answerOption-shaped entries from a ValueSet's expansion, else its listed concepts."""
    expansion = vs.get("expansion")
    contains = expansion.get("contains") if isinstance(expansion, dict) else None
    if isinstance(contains, list) and contains:
        return [{"valueCoding": {k: c[k] for k in ("system", "code", "display") if k in c},
                 **({"extension": c["extension"]} if "extension" in c else {})}
                for c in contains if isinstance(c, dict)]
    out: list[dict[str, Any]] = []
    compose = vs.get("compose")
    for include in compose.get("include", []) if isinstance(compose, dict) else []:
        if not isinstance(include, dict):
            continue
        if include.get("filter") or include.get("valueSet"):
            return []  # needs a terminology server
        concepts = include.get("concept")
        for concept in concepts if isinstance(concepts, list) else []:
            if isinstance(concept, dict):
                coding = {"system": include.get("system"), "code": concept.get("code"),
                          "display": concept.get("display")}
                out.append({"valueCoding": {k: v for k, v in coding.items() if v is not None},
                            **({"extension": concept["extension"]}
                               if "extension" in concept else {})})
    return out


def resolve_value_set(ref: str, contained: Mapping[str, Any],
                      shipped: Mapping[str, Any]) -> list[dict[str, Any]] | str:
    """The options of answerValueSet `ref`, or a message saying why there are none."""
    if ref.startswith("#"):
        vs = contained.get(ref[1:])
        if vs is None:
            return f"answerValueSet '{ref}' names no contained ValueSet"
    else:
        vs = shipped.get(ref.split("|")[0])
        if vs is None:
            return (f"the kiosk does not support answerValueSet '{ref}': it is neither "
                    "contained in the form nor an expanded ValueSet file beside it")
    options = _from_value_set(vs)
    if not options:
        return (f"the kiosk does not support answerValueSet '{ref}': the ValueSet has no "
                "expansion and lists no codes")
    return options


def parse_options(item: dict[str, Any], kind: ItemType, log: ProblemLog, link_id: str,
                  value_sets: tuple[Mapping[str, Any], Mapping[str, Any]]
                  ) -> tuple[AnswerOption, ...]:
    """Reads an item's answer options, reporting missing or duplicate codes.

    Args:
        item: The item JSON.
        kind: The item type (choice, integer, string, date or time).
        log: Where problems go.
        link_id: The item's linkId.
        value_sets: Contained ValueSets by id, and ValueSets shipped beside the form by url.
    """
    raw = item.get("answerOption")
    ref = item.get("answerValueSet")
    if isinstance(ref, str) and raw:
        log.add(link_id, "has both answerOption and answerValueSet")
    elif isinstance(ref, str):
        resolved = resolve_value_set(ref, *value_sets)
        if isinstance(resolved, str):
            log.add(link_id, resolved)
            return ()
        raw = resolved
    if not isinstance(raw, list) or not raw:
        if kind is ItemType.CHOICE:
            log.add(link_id, "a choice item needs at least one answerOption")
        return ()
    options: list[AnswerOption] = []
    for number, entry in enumerate(raw, start=1):
        option = _option(entry, number, kind, log, link_id)
        if option is None:
            continue
        if any(o.code == option.code for o in options):
            log.add(link_id, f"option code '{option.code}' is used twice")
            continue
        options.append(option)
    return tuple(options)
