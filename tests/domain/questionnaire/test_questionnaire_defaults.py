"""The two default questionnaires: structure, FHIR validity, scores and alert rules."""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire as FhirQuestionnaire

from kiosk.domain.questionnaire import ItemType, Severity, load_directory
from kiosk.domain.questionnaire import links as L

CALM = {
    L.OVERALL_FEELING: "calm", L.NAUSEA: 0, L.VOMITING: False, L.DIZZINESS: 1, L.PAIN: 0,
    L.DISCONNECTED: 2, L.CLARITY: 9, L.RED_FLAGS: ["none"], L.WANTS_NURSE: False,
}


def _hits(q, answers):
    return [(h.rule_id, h.severity) for h in q.alerts(answers)]


@pytest.mark.parametrize("name", ["recovery_checkin.json", "ready_to_go.json"])
def test_default_files_are_valid_fhir_r4b(resources_dir, name):
    data = json.loads((resources_dir / name).read_text(encoding="utf-8"))
    model = FhirQuestionnaire.model_validate(data)
    assert model.status == "active" and model.version == "1.0.0"


def test_default_folder_loads_without_problems(resources_dir):
    result = load_directory(resources_dir)
    assert result.problems == []
    assert set(result.questionnaires) == {L.CHECKIN_URL, L.READY_TO_GO_URL}


def test_checkin_items_and_non_validated_labels(checkin):
    kinds = {i.link_id: i.type for i in checkin.answerable_items()}
    assert kinds == {
        L.OVERALL_FEELING: ItemType.CHOICE, L.NAUSEA: ItemType.INTEGER,
        L.NAUSEA_TREND: ItemType.CHOICE, L.VOMITING: ItemType.BOOLEAN,
        L.DIZZINESS: ItemType.INTEGER, L.PAIN: ItemType.INTEGER,
        L.DISCONNECTED: ItemType.INTEGER, L.CLARITY: ItemType.INTEGER,
        L.RED_FLAGS: ItemType.CHOICE, L.WANTS_NURSE: ItemType.BOOLEAN,
    }
    sliders = [i for i in checkin.answerable_items() if i.slider]
    assert {i.link_id for i in sliders} == {L.NAUSEA, L.DIZZINESS, L.PAIN, L.DISCONNECTED,
                                            L.CLARITY}
    assert all((i.min_value, i.max_value) == (0, 10) and i.lower_label and i.upper_label
               for i in sliders)
    flagged = {i.link_id for i in checkin.all_items() if i.non_validated}
    assert flagged == {L.DIZZINESS, L.DISCONNECTED, L.CLARITY}
    assert checkin.item(L.RED_FLAGS).repeats


def test_calm_checkin_is_complete_without_alerts(checkin):
    assert checkin.is_complete(CALM)
    assert checkin.alerts(CALM) == []
    assert checkin.scores(CALM) == {"how-you-feel": 0, "total": 0}
    assert checkin.scores({**CALM, L.OVERALL_FEELING: "uneasy"})["total"] == 2


def test_nausea_follow_up_uses_enable_when(checkin):
    assert not checkin.is_enabled(L.NAUSEA_TREND, CALM)
    with_nausea = {**CALM, L.NAUSEA: 2}
    assert checkin.next_item(with_nausea, L.NAUSEA).link_id == L.NAUSEA_TREND
    assert not checkin.is_complete(with_nausea)
    assert checkin.is_complete({**with_nausea, L.NAUSEA_TREND: "better"})
    assert checkin.clean({**CALM, L.NAUSEA_TREND: "worse"}) == CALM


@pytest.mark.parametrize(
    ("nausea", "expected"),
    [(3, []), (4, [("nausea-review", Severity.REVIEW)]), (6, [("nausea-review", Severity.REVIEW)]),
     (7, [("nausea-urgent", Severity.URGENT)]), (10, [("nausea-urgent", Severity.URGENT)])],
)
def test_nausea_alerts(checkin, nausea, expected):
    assert _hits(checkin, {**CALM, L.NAUSEA: nausea, L.NAUSEA_TREND: "same"}) == expected


def test_nausea_review_cause_text(checkin):
    [hit] = checkin.alerts({**CALM, L.NAUSEA: 4})
    assert hit.cause == "Nausea 4+ of 10: nurse review" and hit.link_id == L.NAUSEA


def test_vomiting_distress_and_nurse_request_alerts(checkin):
    assert _hits(checkin, {**CALM, L.VOMITING: True}) == [("vomiting", Severity.URGENT)]
    assert _hits(checkin, {**CALM, L.OVERALL_FEELING: "very-distressed"}) == [
        ("very-distressed", Severity.URGENT)
    ]
    assert _hits(checkin, {**CALM, L.OVERALL_FEELING: "uneasy"}) == []
    assert _hits(checkin, {**CALM, L.WANTS_NURSE: True}) == [("wants-nurse", Severity.REQUEST)]


@pytest.mark.parametrize("flag", ["chest-pain", "breathing", "headache", "vision", "confusion"])
def test_each_red_flag_is_urgent(checkin, flag):
    assert _hits(checkin, {**CALM, L.RED_FLAGS: [flag]}) == [(f"red-flag-{flag}", Severity.URGENT)]


def test_several_red_flags_each_alert_and_none_is_exclusive(checkin):
    hits = _hits(checkin, {**CALM, L.RED_FLAGS: ["vision", "chest-pain"]})
    assert hits == [("red-flag-chest-pain", Severity.URGENT), ("red-flag-vision", Severity.URGENT)]
    with pytest.raises(ValueError, match="cannot be combined"):
        checkin.validate_answer(L.RED_FLAGS, ["none", "vision"])


def test_checkin_spanish_text(checkin):
    item = checkin.item(L.WANTS_NURSE)
    assert item.text_for("en") == "Would you like a nurse to come by?"
    assert item.text_for("es").startswith("¿Le gustaría")
    assert checkin.item(L.NAUSEA).upper_label.for_lang("es") == "10 – lo peor posible"


def test_ready_to_go_items(ready):
    kinds = {i.link_id: (i.type, i.required) for i in ready.answerable_items()}
    assert kinds == {
        L.FEELINGS_NOW: (ItemType.CHOICE, False),
        "asq-1": (ItemType.CHOICE, True), "asq-2": (ItemType.CHOICE, True),
        "asq-3": (ItemType.CHOICE, True), "asq-4": (ItemType.CHOICE, True),
        "asq-5": (ItemType.CHOICE, True),
        L.ESCORT_CONFIRMED: (ItemType.BOOLEAN, True),
        L.NO_DRIVING_ACK: (ItemType.BOOLEAN, True),
        L.INTEGRATION_INTEREST: (ItemType.CHOICE, False),
    }
    feelings = {o.code for o in ready.item(L.FEELINGS_NOW).options}
    assert feelings == {"calm", "reflective", "tender", "nauseous-dizzy", "floaty", "happy-relaxed"}
    assert ready.item(L.FEELINGS_NOW).repeats


def test_ready_to_go_spanish_with_english_fallback(ready):
    assert ready.title_for("es") == "Listo para ir a casa"
    assert ready.title_for("fr") == "Ready to go home"
    declined = ready.item("asq-1").option("declined")
    assert (declined.display_for("en"), declined.display_for("es")) == (
        "I'd rather not say", "Prefiero no decirlo")
