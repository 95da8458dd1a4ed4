"""The folder of real-world style forms: each loads, or is reported exactly, in both modes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.domain.questionnaire import load_directory
from kiosk.domain.questionnaire.loader import LENIENT, STRICT

FORMS = Path(__file__).parent / "real_forms"
EXPECTED = json.loads((FORMS.parent / "real_forms_expected.json").read_text(encoding="utf-8"))
PHQ9 = "http://example.org/Questionnaire/phq-9-test-only"
BMI = "http://example.org/Questionnaire/sdc-bmi-style"
REPEATS = "http://example.org/Questionnaire/repeats-occurs"
INTAKE = "https://recovery-kiosk.example/fhir/Questionnaire/nlm-formbuilder-intake"


@pytest.fixture(scope="module")
def lenient():
    return load_directory(FORMS, mode=LENIENT)


@pytest.mark.parametrize("mode", [STRICT, LENIENT])
def test_every_form_loads_or_is_reported_exactly(mode):
    result = load_directory(FORMS, mode=mode)
    assert sorted(q.source for q in result.questionnaires.values()) == EXPECTED[mode]["loaded"]
    assert [str(p) for p in result.problems] == EXPECTED[mode]["problems"]
    assert [str(p) for p in result.warnings] == EXPECTED[mode]["warnings"]


def test_every_questionnaire_file_is_accounted_for():
    files = {p.name for p in FORMS.glob("*.json")} - {"valueset_mood.json"}
    for mode in (STRICT, LENIENT):
        named = set(EXPECTED[mode]["loaded"]) | {
            line.split(":")[0] for line in EXPECTED[mode]["problems"] + EXPECTED[mode]["warnings"]}
        assert files <= named


def test_strict_rejects_and_lenient_skips_only_the_bad_items(lenient):
    strict = load_directory(FORMS, mode=STRICT)
    assert "http://example.org/Questionnaire/unsupported-mix" not in strict.questionnaires
    mixed = lenient.questionnaires["http://example.org/Questionnaire/unsupported-mix"]
    # What is left is exactly the two plain questions; the item depending on a
    # skipped one is skipped with it, and its own message says why.
    assert [i.link_id for i in mixed.all_items()] == ["ok-1", "ok-2"]
    messages = [str(w) for w in lenient.warnings if w.file == "unsupported_mix.json"]
    assert any("'needs-photo'" in m and "could not load" in m for m in messages)
    assert all(m.endswith("(item skipped)") for m in messages)


def test_a_bad_question_does_not_hide_its_childrens_problems(lenient):
    messages = [str(p) for p in load_directory(FORMS, mode=STRICT).problems]
    assert "unsupported_mix.json: item 'allergy-what': a choice item needs at least one " \
           "answerOption" in messages
    assert "unsupported_mix.json: item 'allergy-when': minValue needs valueDate" in messages


def test_messages_speak_of_the_kiosk_not_of_fhir_rules():
    lines = [line.split(": ", 1)[1] for mode in (STRICT, LENIENT)
             for line in EXPECTED[mode]["problems"] + EXPECTED[mode]["warnings"]]
    for forbidden in ("cannot be set", "is only allowed", "only supported", "forbid"):
        assert not [line for line in lines if forbidden in line]
    unsupported = [line for line in lines if "support" in line]
    assert unsupported and all("the kiosk does not support" in line for line in unsupported)


def test_missing_url_is_derived_from_the_file_name_with_a_warning(lenient):
    assert INTAKE in lenient.questionnaires
    assert any(w.file == "nlm_formbuilder_intake.json" and w.link_id is None
               and "has no url" in w.message for w in lenient.warnings)


def test_contained_and_shipped_value_sets_become_options(lenient):
    intake = lenient.questionnaires[INTAKE]
    assert [o.code for o in intake.item("/escort").options] == ["LA33-6", "LA32-8", "LA4489-6"]
    shipped = lenient.questionnaires["http://example.org/Questionnaire/shipped-valueset"]
    assert [o.display.default for o in shipped.item("mood").options] == ["Good", "Okay", "Low"]


def test_intake_types_options_help_and_required_group(lenient):
    intake = lenient.questionnaires[INTAKE]
    assert intake.item("/8302-2").type == "decimal"
    assert intake.item("/8302-2").decimal_limits == (50.0, 250.0)
    assert intake.item("/8302-2").help.default == "Without shoes, if you know it."
    assert intake.item("/last-meal-time").help.default == "We ask because of the sedation."
    assert intake.item("/29463-7").unit == ("kg", "kg")
    assert [o.value for o in intake.item("/sessions").options] == [1, 2, 3]
    intake.validate_answer("/sessions", 2)
    with pytest.raises(ValueError, match="not one of the options"):
        intake.validate_answer("/sessions", 4)
    with pytest.raises(ValueError, match="longer than 40"):
        intake.validate_answer("/note", "x" * 41)
    # A required group waits for one answer inside it.
    assert "/about" in [i.link_id for i in intake.missing_required({"/escort": "LA33-6"})]
    assert "/about" not in [i.link_id for i in intake.missing_required(
        {"/escort": "LA33-6", "/last-meal-date": "2026-12-01"})]


def test_phq9_total_computes_as_lhc_forms_does(lenient):
    phq9 = lenient.questionnaires[PHQ9]
    total = phq9.item("/44261-6")
    assert total.calculated and not total.asked and total.shown_value
    asked = [i.link_id for i in phq9.asked_items()]
    assert "/44261-6" not in asked and len(asked) == 9
    codes = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"]  # weights 0, 1, 2, 3
    answers = {link_id: codes[n % 4] for n, link_id in enumerate(asked)}
    assert phq9.values(answers)["/44261-6"] == 12
    # LHC-Forms shows 0 before any answer: aggregate(..., 0) over nothing.
    assert phq9.values({})["/44261-6"] == 0
    assert phq9.values({asked[0]: "LA6571-9"})["/44261-6"] == 3
    # The calculated item is shown as information, never counted as a question.
    assert phq9.progress(answers).total == 9


def test_bmi_variables_enable_when_expression_initial_expression_hidden(lenient):
    bmi = lenient.questionnaires[BMI]
    values = bmi.values({"height": 1.8, "weight": 81.0})
    assert values["bmi"] == 25.0
    assert values["form-version"] == "2024-bmi"  # hidden, from `initial`
    assert "form-version" not in [i.link_id for i in bmi.asked_items()]
    assert bmi.next_item({}, "height-again", include_display=True) is None
    assert bmi.is_enabled("heavy-followup", {"height": 1.6, "weight": 90.0})
    assert not bmi.is_enabled("heavy-followup", {"height": 1.8, "weight": 70.0})
    assert not bmi.is_enabled("heavy-followup", {})
    assert bmi.initial_value("height-again", {"height": 1.75}) == 1.75


def test_initial_values_are_preselected_and_read_only_items_not_asked(lenient):
    form = lenient.questionnaires[REPEATS]
    assert form.initial_value("symptoms", {}) == ["dizzy"]
    assert form.initial_value("comfort", {}) == 5
    assert form.values({})["risk"] == "low"
    assert not form.item("risk").asked
    screens = []
    after = None
    while (item := form.next_item({}, after, include_display=True)) is not None:
        screens.append((item.link_id, item.asked))
        after = item.link_id
    assert ("risk", False) in screens  # shown with its value, not asked
    assert form.item("meds").repeating_group
    with pytest.raises(ValueError, match="at most 2"):
        form.validate_answer("symptoms", ["tired", "dizzy", "sick"])
    assert [i.link_id for i in form.missing_required({})] == ["symptoms"]  # minOccurs 1


def test_hidden_calculated_items_compute_and_a_hidden_group_hides_its_children(lenient):
    form = lenient.questionnaires[
        "https://recovery-kiosk.example/fhir/Questionnaire/lhc-hidden-calculated-style"]
    # Both copies refer to a later item; the hidden one is computed all the same.
    assert form.values({"amount": 3.0}) == {"copy-hidden": 3.0, "copy-shown": 3.0,
                                            "amount": 3.0}
    assert [i.link_id for i in form.asked_items()] == ["amount"]
    screens, after = [], None
    while (item := form.next_item({"amount": 3.0}, after, include_display=True)) is not None:
        screens.append(item.link_id)
        after = item.link_id
    assert screens == ["copy-shown", "amount"]
