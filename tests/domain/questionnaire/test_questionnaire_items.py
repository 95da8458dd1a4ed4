"""Item types, answer validation and translated text."""

from __future__ import annotations

import pytest

from kiosk.domain.questionnaire import AnswerError, ItemType, LocalizedText, QuestionnaireError


def test_each_supported_item_type_is_read(qb):
    q = qb.make(
        qb.display("intro"),
        qb.group("g", qb.boolean("b"), qb.integer("i", 1, 5)),
        qb.choice("c", ["x", "y"]),
        qb.choice("m", ["x", "y"], repeats=True),
        qb.string("s"),
        qb.string("t", "text"),
    )
    types = {i.link_id: i.type for i in q.all_items()}
    assert types == {
        "intro": ItemType.DISPLAY, "g": ItemType.GROUP, "b": ItemType.BOOLEAN,
        "i": ItemType.INTEGER, "c": ItemType.CHOICE, "m": ItemType.CHOICE,
        "s": ItemType.STRING, "t": ItemType.TEXT,
    }
    assert [i.link_id for i in q.answerable_items()] == ["b", "i", "c", "m", "s", "t"]
    assert q.item("m").repeats and not q.item("c").repeats
    assert (q.item("i").min_value, q.item("i").max_value) == (1, 5)
    assert q.canonical == "https://test.example/Questionnaire/t|2.0"


def test_slider_reads_limits_step_and_anchor_labels(qb):
    step = {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue",
            "valueInteger": 2}
    lower = {**qb.display("lo", text="None"), "extension": [
        {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
         "valueCodeableConcept": {"coding": [{"code": "lower"}]}}]}
    upper = {**qb.display("hi", text="Worst"), "extension": [
        {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
         "valueCodeableConcept": {"coding": [{"code": "upper"}]}}]}
    q = qb.make(qb.integer("n", 0, 10, slider=True, extension=[step], item=[lower, upper]))
    item = q.item("n")
    assert item.slider and item.step == 2
    assert item.lower_label == LocalizedText("None")
    assert item.upper_label is not None and item.upper_label.for_lang("fr") == "Worst"
    assert [i.link_id for i in q.all_items()] == ["n"]
    q.validate_answer("n", 4)
    with pytest.raises(AnswerError, match="step of 2"):
        q.validate_answer("n", 3)


@pytest.mark.parametrize(
    ("link_id", "value", "message"),
    [
        ("b", 1, "true or false"),
        ("b", "yes", "true or false"),
        ("i", True, "whole number"),
        ("i", 2.5, "whole number"),
        ("i", -1, "below the minimum 0"),
        ("i", 11, "above the maximum 10"),
        ("c", "z", "unknown code 'z'"),
        ("c", ["x"], "one choice code"),
        ("m", "x", "list of choice codes"),
        ("m", ["x", "x"], "twice"),
        ("m", ["x", "nope"], "unknown code 'nope'"),
        ("m", ["x", "none"], "'none' cannot be combined"),
        ("s", 5, "expected text"),
        ("g", True, "group item takes no answer"),
    ],
)
def test_validate_answer_rejects_bad_values(qb, link_id, value, message):
    exclusive = {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
                 "valueBoolean": True}
    multi = qb.choice("m", ["x", "y", "none"], repeats=True)
    multi["answerOption"][2]["extension"] = [exclusive]
    q = qb.make(
        qb.group("g", qb.boolean("b")), qb.integer("i"), qb.choice("c", ["x", "y"]), multi,
        qb.string("s"),
    )
    with pytest.raises(AnswerError, match=message) as info:
        q.validate_answer(link_id, value)
    assert info.value.link_id == link_id


def test_validate_answer_accepts_good_values(qb):
    q = qb.make(qb.boolean("b"), qb.integer("i"), qb.choice("c", ["x", "y"]),
                qb.choice("m", ["x", "y"], repeats=True), qb.string("t", "text"))
    for link_id, value in [("b", False), ("i", 0), ("i", 10), ("c", "y"), ("m", ["y", "x"]),
                           ("m", []), ("t", "a\nb")]:
        q.validate_answer(link_id, value)


def test_validate_answer_unknown_item_raises_key_error(qb):
    q = qb.make(qb.boolean("b"))
    with pytest.raises(KeyError, match="no item 'ghost'"):
        q.validate_answer("ghost", True)


def test_translation_lookup_with_fallback(qb):
    item = qb.boolean("b", text="Are you okay?", _text=qb.translated("es", "¿Está bien?"))
    choice = qb.choice("c", ["yes"])
    choice["answerOption"][0]["valueCoding"]["_display"] = qb.translated("es", "Sí")
    q = qb.make(item, choice, title="Check", _title=qb.translated("es", "Control"))
    b = q.item("b")
    assert b.text_for("es") == "¿Está bien?"
    assert b.text_for("es-MX") == "¿Está bien?"
    assert b.text_for("ES") == "¿Está bien?"
    assert b.text_for("fr") == "Are you okay?"
    assert b.text_for(None) == "Are you okay?"
    option = q.item("c").options[0]
    assert (option.display_for("es"), option.display_for("de")) == ("Sí", "Yes")
    assert (q.title_for("es"), q.title_for("en")) == ("Control", "Check")


def test_regional_translation_preferred_over_language(qb):
    text = qb.translated("es", "uno")
    text["extension"] += qb.translated("es-MX", "dos")["extension"]
    q = qb.make(qb.boolean("b", text="one", _text=text))
    assert q.item("b").text_for("es-MX") == "dos"
    assert q.item("b").text_for("es-ES") == "uno"


def test_ordinal_values_and_scores(qb):
    choice = qb.choice("c", ["a", "b"])
    multi = qb.choice("m", ["a", "b", "c"], repeats=True)
    for item, ordinals in ((choice, [0, 2]), (multi, [1, 3, 5])):
        for option, value in zip(item["answerOption"], ordinals, strict=True):
            option["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue",
                                    "valueDecimal": value}]
    q = qb.make(qb.group("g", choice), multi, qb.integer("i"))
    assert q.item("c").options[1].ordinal == 2
    assert q.scores({"c": "b", "m": ["a", "c"], "i": 9}) == {"g": 2, "total": 8}
    assert q.scores({}) == {"total": 0}


def test_an_alert_rules_cause_carries_its_translations(qb):
    rule = qb.rule("high", ">=", [{"valueInteger": 7}], "urgent", "Level 7+: go now")
    rule["extension"] += qb.translated("es", "Nivel 7+: vaya ahora")["extension"]
    q = qb.make(qb.integer("n", 0, 10, extension=[rule]))
    (parsed,) = q.item("n").alert_rules
    assert parsed.cause == "Level 7+: go now"  # what an alert stores and exports
    assert parsed.cause_text == LocalizedText("Level 7+: go now", (("es", "Nivel 7+: vaya ahora"),))
    assert (parsed.cause_text.for_lang("es-MX"), parsed.cause_text.for_lang("en")) == (
        "Nivel 7+: vaya ahora", "Level 7+: go now")


def test_a_cause_translation_without_content_is_reported(qb):
    rule = qb.rule("high", ">=", [{"valueInteger": 7}], "urgent", "Level 7+")
    rule["extension"] += qb.translated("es", None)["extension"]
    with pytest.raises(QuestionnaireError,
                       match="the 'es' translation of 'cause' has no 'content'"):
        qb.make(qb.integer("n", 0, 10, extension=[rule]))


def test_every_shipped_alert_rule_has_a_spanish_cause(checkin, ready):
    rules = [r for q in (checkin, ready) for i in q.all_items() for r in i.alert_rules]
    assert len(rules) == 15
    for rule in rules:
        spanish = rule.cause_text.for_lang("es")
        assert spanish != rule.cause, rule.rule_id
        assert "go now" not in spanish and "nurse" not in spanish, rule.rule_id
