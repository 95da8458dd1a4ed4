"""QuestionnaireResponse export and import."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from kiosk.domain.questionnaire import (
    AnswerError,
    answers_from_questionnaire_response,
    to_questionnaire_response,
)
from kiosk.domain.questionnaire import links as L

WHEN = datetime(2026, 3, 4, 10, 15, 30, tzinfo=timezone(timedelta(hours=-5)))
CHECKIN = {
    L.OVERALL_FEELING: "okay", L.NAUSEA: 5, L.NAUSEA_TREND: "better", L.VOMITING: False,
    L.DIZZINESS: 3, L.PAIN: 2, L.DISCONNECTED: 4, L.CLARITY: 7,
    L.RED_FLAGS: ["vision", "headache"], L.WANTS_NURSE: True,
}


def _find(items, link_id):
    for item in items:
        if item["linkId"] == link_id:
            return item
        found = _find(item.get("item", []), link_id)
        if found:
            return found
    return None


def test_export_is_valid_r4b_and_nested_like_the_groups(checkin):
    data = to_questionnaire_response(
        checkin, CHECKIN, authored=WHEN, subject_ref="Patient/42", lang="es"
    )
    model = QuestionnaireResponse.model_validate(data)
    assert model.status == "completed"
    assert data["questionnaire"] == f"{L.CHECKIN_URL}|1.0.0"
    assert data["authored"] == "2026-03-04T10:15:30-05:00"
    assert data["subject"] == {"reference": "Patient/42"} and data["language"] == "es"
    top = [i["linkId"] for i in data["item"]]
    assert top == ["how-you-feel", "body", "mind", L.RED_FLAGS, L.WANTS_NURSE]
    body = data["item"][1]
    assert [i["linkId"] for i in body["item"]] == [
        L.NAUSEA, L.NAUSEA_TREND, L.VOMITING, L.DIZZINESS, L.PAIN
    ]
    assert body["item"][0]["answer"] == [{"valueInteger": 5}]
    assert body["item"][2]["answer"] == [{"valueBoolean": False}]
    red = _find(data["item"], L.RED_FLAGS)
    assert [a["valueCoding"]["code"] for a in red["answer"]] == ["vision", "headache"]
    assert red["answer"][0]["valueCoding"]["display"] == "Cambios en la vista"
    assert _find(data["item"], L.WANTS_NURSE)["text"].startswith("¿Le gustaría")


def test_export_drops_disabled_and_unknown_answers(checkin):
    answers = {**CHECKIN, L.NAUSEA: 0, "made-up": True}
    data = to_questionnaire_response(checkin, answers, authored=WHEN, status="in-progress")
    QuestionnaireResponse.model_validate(data)
    assert _find(data["item"], L.NAUSEA_TREND) is None
    assert _find(data["item"], "made-up") is None
    assert data["status"] == "in-progress" and "subject" not in data


def test_export_leaves_out_empty_groups(qb):
    q = qb.make(qb.group("g", qb.boolean("a")), qb.string("s"))
    data = to_questionnaire_response(q, {"s": "hello"}, authored=WHEN)
    assert data["item"] == [{"linkId": "s", "text": "s", "answer": [{"valueString": "hello"}]}]
    empty = to_questionnaire_response(q, {}, authored=WHEN, status="in-progress")
    assert "item" not in empty
    QuestionnaireResponse.model_validate(empty)


@pytest.mark.parametrize(
    ("q_name", "answers"),
    [
        ("checkin", CHECKIN),
        ("ready", {L.FEELINGS_NOW: ["calm", "floaty"], "asq-1": "no", "asq-2": "declined",
                   "asq-3": "no", "asq-4": "no", "asq-5": "no", L.ESCORT_CONFIRMED: True,
                   L.NO_DRIVING_ACK: True, L.INTEGRATION_INTEREST: "maybe"}),
    ],
)
def test_round_trip(request, q_name, answers):
    q = request.getfixturevalue(q_name)
    data = to_questionnaire_response(q, answers, authored=WHEN.astimezone(UTC))
    QuestionnaireResponse.model_validate(data)
    assert answers_from_questionnaire_response(q, data) == answers


def test_round_trip_text_and_string(qb):
    q = qb.make(qb.string("s"), qb.string("t", "text"), qb.choice("c", ["x", "y"]))
    answers = {"s": "one", "t": "two\nlines", "c": "y"}
    data = to_questionnaire_response(q, answers, authored=WHEN)
    assert answers_from_questionnaire_response(q, data) == answers


def test_export_rejects_bad_input(checkin):
    with pytest.raises(ValueError, match="timezone"):
        to_questionnaire_response(checkin, CHECKIN, authored=datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="status"):
        to_questionnaire_response(checkin, CHECKIN, authored=WHEN, status="amended")
    with pytest.raises(AnswerError, match="above the maximum"):
        to_questionnaire_response(checkin, {**CHECKIN, L.PAIN: 11}, authored=WHEN)


def test_import_rejects_other_questionnaires_and_bad_answers(checkin, ready):
    data = to_questionnaire_response(ready, {L.ESCORT_CONFIRMED: True}, authored=WHEN)
    with pytest.raises(ValueError, match="not https://recovery-kiosk"):
        answers_from_questionnaire_response(checkin, data)
    with pytest.raises(ValueError, match="not a QuestionnaireResponse"):
        answers_from_questionnaire_response(checkin, {"resourceType": "Patient"})
    bad = to_questionnaire_response(checkin, {L.PAIN: 2}, authored=WHEN)
    bad["item"][0]["item"][0]["answer"] = [{"valueInteger": 12}]
    with pytest.raises(AnswerError, match="above the maximum"):
        answers_from_questionnaire_response(checkin, bad)
    bad["item"][0]["item"][0]["answer"] = [{"valueString": "2"}]
    with pytest.raises(AnswerError, match="needs valueInteger"):
        answers_from_questionnaire_response(checkin, bad)
    bad["item"][0]["item"][0]["linkId"] = "ghost"
    with pytest.raises(KeyError, match="ghost"):
        answers_from_questionnaire_response(checkin, bad)
