"""Extension urls of the supported subset and small readers for FHIR extension JSON."""

from __future__ import annotations

from typing import Any

from kiosk.domain.questionnaire.errors import ProblemLog
from kiosk.domain.questionnaire.model import LocalizedText

ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight"
HIDDEN = "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden"
UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit"
MIN_OCCURS = "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs"
MAX_OCCURS = "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs"
MAX_DECIMALS = "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces"
VARIABLE = "http://hl7.org/fhir/StructureDefinition/variable"
SDC_EXPRESSION = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-"
HELP_CONTROLS = frozenset({"help", "legal", "flyover"})
"""itemControl codes of display children shown as help text under their question."""
MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue"
ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
SLIDER_STEP = "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue"
OPTION_EXCLUSIVE = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"
TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"
ALERT_RULE = "https://recovery-kiosk.example/fhir/StructureDefinition/alert-rule"
ITEM_FLAGS_SYSTEM = "https://recovery-kiosk.example/fhir/CodeSystem/item-flags"
NON_VALIDATED = "non-validated-single-item"
ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"
CHOICE_CONTROLS = frozenset({"radio-button", "check-box", "drop-down", "list",
                             "autocomplete"})
"""itemControl codes accepted on a choice item and left to the kiosk's own layout."""


def extensions(element: Any, url: str) -> list[dict[str, Any]]:
    """Returns the extensions with this url on a JSON element (none if malformed)."""
    if not isinstance(element, dict) or not isinstance(element.get("extension"), list):
        return []
    return [e for e in element["extension"] if isinstance(e, dict) and e.get("url") == url]


def item_control(item: dict[str, Any]) -> str | None:
    """Returns the itemControl code of an item, or None."""
    for ext in extensions(item, ITEM_CONTROL):
        concept = ext.get("valueCodeableConcept")
        codings = concept.get("coding") if isinstance(concept, dict) else None
        for coding in codings if isinstance(codings, list) else []:
            if isinstance(coding, dict) and isinstance(coding.get("code"), str):
                return str(coding["code"])
    return None


def read_int(
    element: dict[str, Any], url: str, label: str, log: ProblemLog, link_id: str | None
) -> int | None:
    """Reads a valueInteger extension, reporting a non-integer value.

    Args:
        element: The JSON element carrying the extension.
        url: The extension url.
        label: How to name the value in a problem (e.g. "minValue").
        log: Where problems go.
        link_id: The item concerned.
    """
    found = extensions(element, url)
    if not found:
        return None
    value = found[0].get("valueInteger")
    if isinstance(value, bool) or not isinstance(value, int):
        log.add(link_id, f"{label} needs a valueInteger (a whole number)")
        return None
    return value


def read_ordinal(option: dict[str, Any], log: ProblemLog, link_id: str, code: str) -> int | None:
    """Reads an answerOption's ordinalValue as a whole number, reporting bad values."""
    found = extensions(option, ORDINAL_VALUE) or extensions(option, ITEM_WEIGHT)
    if not found:
        return None
    ext = found[0]
    value = ext.get("valueDecimal", ext.get("valueInteger"))
    if isinstance(value, bool) or not isinstance(value, int | float):
        log.add(link_id, f"option '{code}': ordinalValue must be a number, got {value!r}")
        return None
    if value != int(value):
        log.add(link_id, f"option '{code}': ordinalValue must be a whole number, got {value}")
        return None
    return int(value)


def read_text(
    holder: dict[str, Any], key: str, log: ProblemLog, link_id: str | None
) -> LocalizedText | None:
    """Reads a string element and its translations (`_key` translation extensions).

    Args:
        holder: The JSON object holding `key` and possibly `_key`.
        key: The element name, e.g. "text" or "display".
        log: Where problems go.
        link_id: The item concerned.

    Returns:
        The text, or None if `key` is absent or not a string.
    """
    value = holder.get(key)
    if value is not None and not isinstance(value, str):
        log.add(link_id, f"'{key}' must be a string")
        return None
    translations: list[tuple[str, str]] = []
    for ext in extensions(holder.get("_" + key), TRANSLATION):
        raw = ext.get("extension")
        parts = [p for p in raw if isinstance(p, dict)] if isinstance(raw, list) else []
        lang = next((p.get("valueCode") for p in parts if p.get("url") == "lang"), None)
        content = next((p.get("valueString") for p in parts if p.get("url") == "content"), None)
        if not isinstance(lang, str) or not lang:
            log.add(link_id, f"a translation of '{key}' has no 'lang' (valueCode)")
        elif not isinstance(content, str) or not content:
            log.add(link_id, f"the '{lang}' translation of '{key}' has no 'content'")
        elif any(tag.lower() == lang.lower() for tag, _ in translations):
            log.add(link_id, f"'{key}' has two '{lang}' translations")
        else:
            translations.append((lang, content))
    if value is None:
        if translations:
            log.add(link_id, f"'{key}' has translations but no text of its own")
        return None
    return LocalizedText(value, tuple(translations))
