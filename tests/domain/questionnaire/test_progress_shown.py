"""The count the patient sees: "N of M answered" never grows as the patient goes on.

An item that a later answer may open (enableWhen) is counted from the start; an
answer that closes it makes the total smaller. Going forward, the total never
jumps up (9 -> 10) in the middle of a check-in.
"""

from __future__ import annotations

from itertools import pairwise

from kiosk.domain.questionnaire import Progress


def _walk_totals(q, answers_in_order):
    """The shown total before each answer and after the last one, going forward."""
    answers: dict = {}
    totals = [q.progress_shown(answers).total]
    for link_id, value in answers_in_order:
        answers[link_id] = value
        totals.append(q.progress_shown(answers).total)
    return totals


def test_an_item_that_may_open_is_counted_from_the_start(qb):
    q = qb.make(
        qb.boolean("a", required=True),
        qb.integer("b", enableWhen=[qb.when("a", "=", answerBoolean=True)]),
        qb.string("c"),
    )
    assert q.progress({}) == Progress(0, 2)  # the engine's count: enabled items only
    assert q.progress_shown({}) == Progress(0, 3)  # the patient's: b may still come
    assert q.progress_shown({"a": True}) == Progress(1, 3)  # b opened: no jump
    assert q.progress_shown({"a": False}) == Progress(1, 2)  # b closed: one less to go


def test_a_condition_already_decided_is_not_counted(qb):
    q = qb.make(
        qb.boolean("a"),
        qb.boolean("b", enableWhen=[qb.when("a", "=", answerBoolean=True)]),
        qb.group("g", qb.boolean("inner"), enableWhen=[qb.when("a", "=", answerBoolean=True)]),
    )
    # "a" is answered "no": neither b nor the group's question can open any more
    assert q.progress_shown({"a": False}) == Progress(1, 1)
    # the group's question waits on the group's own condition, still open before "a"
    assert q.progress_shown({}) == Progress(0, 3)


def test_the_real_checkin_total_never_grows_going_forward(checkin):
    calm = [("overall-feeling", "calm"), ("nausea", 0), ("vomiting", False),
            ("dizziness", 1), ("pain", 0), ("disconnected", 2), ("clarity", 8),
            ("red-flags", ["none"]), ("wants-nurse", False)]
    queasy = [("overall-feeling", "okay"), ("nausea", 3), ("nausea-trend", "better"),
              *calm[2:]]
    for run in (calm, queasy):
        totals = _walk_totals(checkin, run)
        assert all(later <= earlier for earlier, later in pairwise(totals)), totals
        assert totals[-1] == len(run)  # it ends exactly at what was asked
    # the trend question opens on nausea: the count stays at 10 instead of going 9 -> 10
    assert _walk_totals(checkin, queasy)[:3] == [10, 10, 10]
    assert checkin.progress({"nausea": 3}).total == 10 and checkin.progress({}).total == 9


def test_the_ready_to_go_total_never_grows_going_forward(ready):
    yes = [("feelings-now", ["calm"]), ("asq-1", "yes"), ("asq-2", "no"), ("asq-3", "no"),
           ("asq-4", "no"), ("asq-5", "no"), ("escort-confirmed", True),
           ("no-driving-ack", True), ("integration-interest", "no")]
    totals = _walk_totals(ready, yes)
    assert all(later <= earlier for earlier, later in pairwise(totals)), totals
    assert totals[-1] == len(yes)
