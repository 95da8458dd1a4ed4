"""enableWhen decisions, table-driven, against the R5 wording that LHC-Forms follows.

R5 Questionnaire.item.enableWhen.operator (questionnaire-enable-operator):
  exists: "True if the determination of whether an answer exists for the question is
           equal to the enableWhen answer (which must be a boolean)."
  =     : "True if at least one answer has a value that is equal to the enableWhen answer."
  !=    : "True if no answer has a value that is equal to the enableWhen answer."
  >, <, >=, <= : "True if at least one answer has a value that is greater than / less
           than / greater or equal to / less or equal to the enableWhen answer."
"""

from __future__ import annotations

import pytest

from kiosk.domain.questionnaire import parse_questionnaire

MULTI = {"linkId": "m", "type": "choice", "text": "m", "repeats": True,
         "answerOption": [{"valueCoding": {"code": c, "display": c}} for c in "ABC"]}
QUESTIONS = {
    "m": MULTI,
    "i": {"linkId": "i", "type": "integer", "text": "i"},
    "d": {"linkId": "d", "type": "decimal", "text": "d"},
    "t": {"linkId": "t", "type": "date", "text": "t"},
    "h": {"linkId": "h", "type": "time", "text": "h"},
    "b": {"linkId": "b", "type": "boolean", "text": "b"},
    "s": {"linkId": "s", "type": "string", "text": "s"},
}

# (question, operator, answer[x], given answer (None: unanswered), enabled)
TABLE = [
    # != "no answer ... is equal": [A, B] != B is false; [A] != B is true.
    ("m", "!=", {"answerCoding": {"code": "B"}}, ["A", "B"], False),
    ("m", "!=", {"answerCoding": {"code": "B"}}, ["A"], True),
    # != on an unanswered question: no answer equals the value, so it holds (LHC-Forms).
    ("m", "!=", {"answerCoding": {"code": "B"}}, None, True),
    ("i", "!=", {"answerInteger": 3}, None, True),
    # = "at least one answer ... is equal".
    ("m", "=", {"answerCoding": {"code": "B"}}, ["A", "B"], True),
    ("m", "=", {"answerCoding": {"code": "C"}}, ["A", "B"], False),
    ("m", "=", {"answerCoding": {"code": "B"}}, None, False),
    # exists: "whether an answer exists ... is equal to the enableWhen answer".
    ("m", "exists", {"answerBoolean": True}, ["A"], True),
    ("m", "exists", {"answerBoolean": True}, None, False),
    ("m", "exists", {"answerBoolean": False}, None, True),
    ("m", "exists", {"answerBoolean": False}, [], True),  # an emptied multi-select
    # ordering: "at least one answer ... greater than"; unanswered is false.
    ("i", ">", {"answerInteger": 3}, 4, True),
    ("i", ">", {"answerInteger": 3}, 3, False),
    ("i", ">", {"answerInteger": 3}, None, False),
    ("i", "<=", {"answerInteger": 3}, 3, True),
    ("d", ">=", {"answerDecimal": 37.5}, 37.5, True),
    ("d", "<", {"answerDecimal": 37.5}, 38.0, False),
    ("d", "=", {"answerInteger": 2}, 2.0, True),  # a whole number equals 2.0
    ("t", "<", {"answerDate": "2026-01-01"}, "2025-12-31", True),
    ("t", ">", {"answerDate": "2026-01-01"}, "2025-12-31", False),
    ("h", ">=", {"answerTime": "12:00:00"}, "12:30:00", True),
    ("b", "=", {"answerBoolean": False}, False, True),
    ("b", "!=", {"answerBoolean": True}, False, True),
    ("b", "!=", {"answerBoolean": True}, True, False),
    ("s", "=", {"answerString": "yes"}, "yes", True),
    ("s", "!=", {"answerString": "yes"}, "no", True),
]


@pytest.mark.parametrize(("question", "operator", "answer", "given", "enabled"), TABLE)
def test_enable_when_decision(question, operator, answer, given, enabled):
    target = {"linkId": "x", "type": "boolean", "text": "x",
              "enableWhen": [{"question": question, "operator": operator, **answer}]}
    q = parse_questionnaire({"resourceType": "Questionnaire", "url": "http://t.example/q",
                             "status": "active", "item": [QUESTIONS[question], target]})
    answers = {} if given is None else {question: given}
    assert q.is_enabled("x", answers) is enabled


@pytest.mark.parametrize(("behavior", "given", "enabled"), [
    # enableBehavior all: "Enable the question when all the enableWhen criteria are satisfied."
    ("all", {"i": 5, "b": True}, True),
    ("all", {"i": 5, "b": False}, False),
    # enableBehavior any: "Enable the question when any of the enableWhen criteria are satisfied."
    ("any", {"i": 5, "b": False}, True),
    ("any", {"i": 1, "b": False}, False),
])
def test_enable_behavior(behavior, given, enabled):
    target = {"linkId": "x", "type": "boolean", "text": "x", "enableBehavior": behavior,
              "enableWhen": [{"question": "i", "operator": ">", "answerInteger": 3},
                             {"question": "b", "operator": "=", "answerBoolean": True}]}
    q = parse_questionnaire({"resourceType": "Questionnaire", "url": "http://t.example/q",
                             "status": "active",
                             "item": [QUESTIONS["i"], QUESTIONS["b"], target]})
    assert q.is_enabled("x", given) is enabled


def test_alert_rule_never_fires_on_an_unanswered_question():
    rule = {"url": "https://recovery-kiosk.example/fhir/StructureDefinition/alert-rule",
            "extension": [{"url": "id", "valueId": "r"}, {"url": "operator", "valueCode": "!="},
                          {"url": "value", "valueBoolean": True},
                          {"url": "severity", "valueCode": "review"},
                          {"url": "cause", "valueString": "Not yes"}]}
    q = parse_questionnaire({"resourceType": "Questionnaire", "url": "http://t.example/q",
                             "status": "active",
                             "item": [{**QUESTIONS["b"], "extension": [rule]}]})
    assert q.alerts({}) == []
    assert [a.rule_id for a in q.alerts({"b": False})] == ["r"]
