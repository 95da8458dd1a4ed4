"""ASQ outcome rules and how the ready-to-go file asks and alerts on the ASQ."""

from __future__ import annotations

import pytest

from kiosk.domain.questionnaire import (
    ASQ_SCREENING_ITEMS,
    ASQ_THOUGHTS_NOW,
    AsqOutcome,
    Severity,
    asq_outcome,
)
from kiosk.domain.questionnaire import links as L

VERBATIM = {
    "asq-1": "In the past few weeks, have you wished you were dead?",
    "asq-2": "In the past few weeks, have you felt that you or your family would be better off "
             "if you were dead?",
    "asq-3": "In the past week, have you been having thoughts about killing yourself?",
    "asq-4": "Have you ever tried to kill yourself?",
    "asq-5": "Are you having thoughts of killing yourself right now?",
}
ALL_NO = dict.fromkeys(ASQ_SCREENING_ITEMS, "no")
GOING_HOME = {L.ESCORT_CONFIRMED: True, L.NO_DRIVING_ACK: True}


def test_asq_items_are_asked_verbatim(ready):
    assert (*ASQ_SCREENING_ITEMS, ASQ_THOUGHTS_NOW) == tuple(VERBATIM)
    for link_id, text in VERBATIM.items():
        assert ready.item(link_id).text_for("en") == text


@pytest.mark.parametrize(
    ("answers", "outcome"),
    [
        ({}, AsqOutcome.NOT_ASKED),
        (ALL_NO, AsqOutcome.NEGATIVE),
        ({**ALL_NO, "asq-2": "yes", "asq-5": "no"}, AsqOutcome.NON_ACUTE_POSITIVE),
        ({**ALL_NO, "asq-4": "declined", "asq-5": "no"}, AsqOutcome.NON_ACUTE_POSITIVE),
        ({**ALL_NO, "asq-1": "yes"}, AsqOutcome.NON_ACUTE_POSITIVE),
        ({**ALL_NO, "asq-3": "yes", "asq-5": "yes"}, AsqOutcome.ACUTE_POSITIVE),
        ({**ALL_NO, "asq-3": "yes", "asq-5": "declined"}, AsqOutcome.ACUTE_POSITIVE),
        ({"asq-1": "no", "asq-2": "no", "asq-3": "no"}, AsqOutcome.NON_ACUTE_POSITIVE),
        ({"asq-5": "no"}, AsqOutcome.NEGATIVE),
        ({"asq-5": "yes"}, AsqOutcome.ACUTE_POSITIVE),
    ],
)
def test_asq_outcome(answers, outcome):
    assert asq_outcome(answers) is outcome
    assert outcome.is_positive == (outcome in (AsqOutcome.NON_ACUTE_POSITIVE,
                                               AsqOutcome.ACUTE_POSITIVE))


def test_item_five_only_after_yes_or_declined(ready):
    assert not ready.is_enabled(ASQ_THOUGHTS_NOW, ALL_NO)
    assert ready.next_item(ALL_NO, "asq-4").link_id == L.ESCORT_CONFIRMED
    for link_id in ASQ_SCREENING_ITEMS:
        for code in ("yes", "declined"):
            answers = {**ALL_NO, link_id: code}
            assert ready.next_item(answers, "asq-4").link_id == ASQ_THOUGHTS_NOW


def test_negative_screen_no_alert_and_complete(ready):
    answers = {**ALL_NO, **GOING_HOME}
    assert ready.alerts(answers) == []
    assert ready.is_complete(answers)


def test_non_acute_positive_raises_review_alert(ready):
    answers = {**ALL_NO, "asq-2": "declined", "asq-5": "no", **GOING_HOME}
    [hit] = ready.alerts(answers)
    assert (hit.rule_id, hit.severity) == ("asq-non-acute", Severity.REVIEW)
    assert hit.cause == (
        "ASQ non-acute positive: brief suicide safety assessment before discharge"
    )


@pytest.mark.parametrize("now", ["yes", "declined"])
def test_acute_positive_raises_urgent_alert(ready, now):
    answers = {**ALL_NO, "asq-1": "yes", "asq-5": now, **GOING_HOME}
    assert [h.severity for h in ready.alerts(answers)] == [Severity.URGENT]
    assert asq_outcome(answers) is AsqOutcome.ACUTE_POSITIVE


def test_stale_item_five_answer_is_ignored_once_disabled(ready):
    answers = {**ALL_NO, "asq-5": "yes", **GOING_HOME}
    assert ready.alerts(answers) == []
    assert ASQ_THOUGHTS_NOW not in ready.clean(answers)
    assert asq_outcome(ready.clean(answers)) is AsqOutcome.NEGATIVE


def test_escort_and_driving_need_confirmation(ready):
    answers = {**ALL_NO, L.ESCORT_CONFIRMED: False, L.NO_DRIVING_ACK: False}
    assert [(h.rule_id, h.severity) for h in ready.alerts(answers)] == [
        ("no-escort", Severity.REVIEW), ("no-driving-not-acknowledged", Severity.REVIEW)
    ]
    assert not ready.is_complete(ALL_NO)
