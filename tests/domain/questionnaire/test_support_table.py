"""Every construct of the support table is fed to the loader and does what the table says.

The README's support table is generated from the same table; a test keeps the two equal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.questionnaire import QuestionnaireError
from kiosk.domain.questionnaire.loader import parse_questionnaire_with_warnings
from kiosk.domain.questionnaire.support import (
    CONSTRUCTS,
    FHIR,
    SDC,
    UNSUPPORTED,
    Construct,
    support_table_markdown,
)

README = Path(__file__).resolve().parents[3] / "resources" / "questionnaires" / "README.md"
CODE = {"valueCodeableConcept": {"coding": [{"code": "slider"}]}}
EXPR = {"valueExpression": {"language": "text/fhirpath", "expression": "1 + 1"}}
QUESTION: dict[str, Any] = {"linkId": "q", "type": "integer", "text": "How many?"}

# A value for each questionnaire or item element, and each extension (by url tail).
ELEMENT = {
    "resourceType": "Questionnaire", "url": "http://x.example/q", "version": "1",
    "status": "active", "name": "N", "title": "T", "language": "en", "item": None,
    "contained": [{"resourceType": "ValueSet", "id": "vs", "status": "active"}],
    "id": "abc", "meta": {"versionId": "1"}, "text": {"status": "generated", "div": "<div/>"},
    "identifier": [{"value": "1"}], "derivedFrom": ["http://x.example/other"],
    "experimental": True, "subjectType": ["Patient"], "date": "2024-01-01",
    "publisher": "Clinic", "contact": [{"name": "A"}], "description": "D",
    "useContext": [], "jurisdiction": [], "purpose": "P", "copyright": "C",
    "approvalDate": "2024-01-01", "lastReviewDate": "2024-01-01",
    "effectivePeriod": {"start": "2024-01-01"}, "code": [{"code": "c"}],
    "extension": [], "implicitRules": "http://x.example/rules",
    "modifierExtension": [{"url": "http://x.example/m", "valueBoolean": True}],
    "linkId": "q", "type": "integer", "required": True, "repeats": True, "readOnly": True,
    "maxLength": 10, "prefix": "1.", "definition": "http://x.example/def",
    "enableWhen": [{"question": "first", "operator": "exists", "answerBoolean": True}],
    "enableBehavior": "any", "initial": [{"valueInteger": 3}],
    "answerOption": [{"valueInteger": 1}, {"valueInteger": 2}],
    "answerValueSet": "#vs",
}
EXTENSION = {
    "questionnaire-itemControl": CODE, "minValue": {"valueInteger": 0},
    "maxValue": {"valueInteger": 10}, "questionnaire-sliderStepValue": {"valueInteger": 1},
    "questionnaire-hidden": {"valueBoolean": True},
    "questionnaire-unit": {"valueCoding": {"code": "kg"}},
    "questionnaire-minOccurs": {"valueInteger": 1},
    "questionnaire-maxOccurs": {"valueInteger": 1}, "maxDecimalPlaces": {"valueInteger": 1},
    "variable": {"valueExpression": {"name": "v", "language": "text/fhirpath",
                                     "expression": "1"}},
    "translation": {"extension": []},
}


def _form(*items: dict[str, Any], **root: Any) -> dict[str, Any]:
    first = {"linkId": "first", "type": "boolean", "text": "First?"}
    return {"resourceType": "Questionnaire", "url": "http://x.example/q", "status": "active",
            "item": [first, *items], **root}


def _feed(c: Construct) -> dict[str, Any]:
    """A small form that uses construct `c`, valid in every other respect."""
    if c.where == "questionnaire":
        if c.name == "contained":
            vs = {"resourceType": "ValueSet", "id": "vs", "status": "active",
                  "expansion": {"contains": [{"code": "a", "display": "A"}]}}
            return _form({"linkId": "c", "type": "choice", "text": "C?",
                          "answerValueSet": "#vs"}, contained=[vs])
        if c.name == "item":
            return _form()
        return _form(**{c.name: ELEMENT[c.name]})
    if c.where == "type":
        item = {"linkId": "t", "type": c.name, "text": "T?"}
        if c.name in ("choice", "open-choice"):
            item["answerOption"] = [{"valueCoding": {"code": "a", "display": "A"}}]
        if c.name == "group":
            item["item"] = [{"linkId": "in", "type": "boolean", "text": "In?"}]
        return _form(item)
    if c.where == "option":
        option: dict[str, Any] = {"valueCoding": {"code": "a", "display": "A"}}
        kind = "choice"
        if c.name.startswith("value"):
            sample = {"valueCoding": option["valueCoding"], "valueInteger": 1,
                      "valueString": "s", "valueDate": "2024-01-01", "valueTime": "10:00:00",
                      "valueReference": {"reference": "Practitioner/1"}}[c.name]
            option = {c.name: sample}
        elif c.name == "initialSelected":
            option["initialSelected"] = True
        else:
            option["extension"] = [{"url": c.name, **(
                {"valueBoolean": True} if "Exclusive" in c.name else
                {"valueString": "a)"} if "Prefix" in c.name else {"valueDecimal": 1})}]
        return _form({"linkId": "o", "type": kind, "text": "O?", "answerOption": [option]})
    # item element or extension
    item = dict(QUESTION)
    if c.name.startswith("http"):
        tail = c.name.removeprefix(SDC).removeprefix(FHIR)
        if tail.startswith("sdc-questionnaire-") and "Expression" in tail:
            value = EXPR
        elif tail == "questionnaire-itemControl":
            item["extension"] = [{"url": FHIR + "minValue", "valueInteger": 0},
                                 {"url": FHIR + "maxValue", "valueInteger": 10}]
            value = CODE
        elif tail == "alert-rule" or "recovery-kiosk" in c.name:
            value = {"extension": [{"url": "id", "valueId": "r"},
                                   {"url": "operator", "valueCode": ">"},
                                   {"url": "value", "valueInteger": 5},
                                   {"url": "severity", "valueCode": "review"},
                                   {"url": "cause", "valueString": "High"}]}
        else:
            value = EXTENSION.get(tail, {"valueString": "x"})
        if tail in ("questionnaire-unit", "maxDecimalPlaces"):
            item["type"] = "quantity"
        item["extension"] = [*item.get("extension", []), {"url": c.name, **value}]
        return _form(item)
    if c.name in ("item", "extension"):
        item["item"] = [{"linkId": "h", "type": "display", "text": "Help",
                         "extension": [{"url": FHIR + "questionnaire-itemControl",
                                        "valueCodeableConcept": {"coding": [{"code": "help"}]}}]}]
        return _form(item)
    if c.name in ("answerValueSet",):
        vs = {"resourceType": "ValueSet", "id": "vs", "status": "active",
              "expansion": {"contains": [{"code": "a", "display": "A"}]}}
        return _form({**item, "type": "choice", "answerValueSet": "#vs"}, contained=[vs])
    if c.name == "maxLength":
        item["type"] = "string"
    item[c.name] = ELEMENT[c.name]
    if c.name in ("linkId", "type", "text"):
        item = dict(QUESTION)
    return _form(item)


@pytest.mark.parametrize("construct", CONSTRUCTS, ids=[f"{c.where}:{c.label}" for c in CONSTRUCTS])
def test_each_construct_does_what_the_table_says(construct):
    data = _feed(construct)
    if construct.status == UNSUPPORTED:
        with pytest.raises(QuestionnaireError) as info:
            parse_questionnaire_with_warnings(data, "feed.json")
        messages = [p.message for p in info.value.problems]
        assert any("the kiosk does not support" in m and
                   (construct.label in m or construct.name in m) for m in messages), messages
        # Lenient loading keeps the rest of the form, unless the construct is the file's own.
        if construct.where != "questionnaire":
            questionnaire, warnings = parse_questionnaire_with_warnings(
                data, "feed.json", mode="lenient")
            assert questionnaire.item("first")
            assert any("(item skipped)" in w.message for w in warnings)
        return
    questionnaire, warnings = parse_questionnaire_with_warnings(data, "feed.json")
    assert questionnaire.item("first")
    labels = [w.message for w in warnings]
    if construct.status != "supported" and (construct.name.startswith("http")
                                            or construct.where == "type"):
        # Policies and extensions without effect are said, by linkId, on the admin screen.
        assert any(m.startswith(f"{construct.label}:") for m in labels), labels
    if construct.status == "supported":
        assert not [m for m in labels if construct.label in m], labels


def test_unknown_extensions_and_elements_are_reported_never_silent():
    item = {**QUESTION, "extension": [{"url": "http://vendor.example/colour", "valueString": "x"}]}
    _, warnings = parse_questionnaire_with_warnings(_form(item), "feed.json")
    assert [str(w) for w in warnings] == [
        "feed.json: item 'q': the kiosk does not know the extension "
        "http://vendor.example/colour and ignores it"]
    with pytest.raises(QuestionnaireError, match="does not know the element 'colour'"):
        parse_questionnaire_with_warnings(_form({**QUESTION, "colour": "red"}), "feed.json")


def test_readme_support_table_is_the_generated_one():
    text = README.read_text(encoding="utf-8")
    assert support_table_markdown() in text, "run: python -c 'from kiosk.domain." \
        "questionnaire.support import support_table_markdown as t; print(t())'"
