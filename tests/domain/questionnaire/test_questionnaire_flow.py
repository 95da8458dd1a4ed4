"""enableWhen, navigation, progress, completeness, cleaning and alert rules."""

from __future__ import annotations

import pytest

from kiosk.domain.questionnaire import AlertHit, Progress, Severity


def _ids(items):
    return [i.link_id for i in items]


@pytest.mark.parametrize(
    ("operator", "answer", "given", "enabled"),
    [
        ("exists", {"answerBoolean": True}, None, False),
        ("exists", {"answerBoolean": True}, 0, True),
        ("exists", {"answerBoolean": False}, None, True),
        ("exists", {"answerBoolean": False}, 3, False),
        ("=", {"answerInteger": 4}, 4, True),
        ("=", {"answerInteger": 4}, 5, False),
        ("!=", {"answerInteger": 4}, 5, True),
        ("!=", {"answerInteger": 4}, 4, False),
        # R5 "!=": "True if no answer has a value that is equal to the enableWhen
        # answer": with no answer at all it holds (LHC-Forms does the same).
        ("!=", {"answerInteger": 4}, None, True),
        (">", {"answerInteger": 4}, 5, True),
        (">", {"answerInteger": 4}, 4, False),
        ("<", {"answerInteger": 4}, 3, True),
        ("<", {"answerInteger": 4}, 4, False),
        (">=", {"answerInteger": 4}, 4, True),
        (">=", {"answerInteger": 4}, 3, False),
        ("<=", {"answerInteger": 4}, 4, True),
        ("<=", {"answerInteger": 4}, 5, False),
        (">=", {"answerInteger": 0}, None, False),
    ],
)
def test_enable_when_integer_operators(qb, operator, answer, given, enabled):
    q = qb.make(qb.integer("n"), qb.boolean("f", enableWhen=[qb.when("n", operator, **answer)]))
    answers = {} if given is None else {"n": given}
    assert q.is_enabled("f", answers) is enabled


def test_enable_when_boolean_coding_and_string_answers(qb):
    q = qb.make(
        qb.boolean("b"),
        qb.choice("c", ["x", "y"]),
        qb.choice("m", ["x", "y", "z"], repeats=True),
        qb.string("s"),
        qb.boolean("on-b", enableWhen=[qb.when("b", "=", answerBoolean=True)]),
        qb.boolean("on-c", enableWhen=[qb.when("c", "=", answerCoding={"code": "y"})]),
        qb.boolean("off-c", enableWhen=[qb.when("c", "!=", answerCoding={"code": "y"})]),
        qb.boolean("on-m", enableWhen=[qb.when("m", "=", answerCoding={"code": "z"})]),
        qb.boolean("on-s", enableWhen=[qb.when("s", "=", answerString="hi")]),
    )
    on = _ids(q.enabled_items({"b": True, "c": "y", "m": ["x", "z"], "s": "hi"}))
    assert {"on-b", "on-c", "on-m", "on-s"} <= set(on) and "off-c" not in on
    off = _ids(q.enabled_items({"b": False, "c": "x", "m": ["x"], "s": "ho"}))
    assert {"on-b", "on-c", "on-m", "on-s"}.isdisjoint(off) and "off-c" in off
    # A boolean True never equals an integer 1 (Python's bool is an int).
    assert not q.is_enabled("on-b", {"b": 1})


def test_enable_behavior_any_and_all(qb):
    conditions = [qb.when("a", "=", answerBoolean=True), qb.when("b", "=", answerBoolean=True)]
    q = qb.make(
        qb.boolean("a"), qb.boolean("b"),
        qb.boolean("any", enableWhen=conditions, enableBehavior="any"),
        qb.boolean("all", enableWhen=conditions, enableBehavior="all"),
        qb.boolean("default", enableWhen=conditions),
    )
    assert _ids(q.enabled_items({"a": True, "b": False}))[2:] == ["any"]
    assert _ids(q.enabled_items({"a": True, "b": True}))[2:] == ["any", "all", "default"]
    assert _ids(q.enabled_items({}))[2:] == []


def test_disabled_group_disables_children_and_chains(qb):
    q = qb.make(
        qb.boolean("gate"),
        qb.group(
            "grp",
            qb.integer("inner"),
            qb.group("sub", qb.boolean("deep")),
            enableWhen=[qb.when("gate", "=", answerBoolean=True)],
        ),
        # Depends on an answer inside the group: off when the group is off,
        # even though "inner" still has a stale answer.
        qb.boolean("after", enableWhen=[qb.when("inner", ">", answerInteger=5)]),
    )
    stale = {"gate": False, "inner": 9, "deep": True, "after": True}
    assert _ids(q.enabled_items(stale)) == ["gate"]
    assert q.clean(stale) == {"gate": False}
    live = {**stale, "gate": True}
    assert _ids(q.enabled_items(live)) == ["gate", "grp", "inner", "sub", "deep", "after"]
    assert q.clean(live) == live


def test_next_and_previous_skip_disabled_items(qb):
    q = qb.make(
        qb.display("intro"),
        qb.integer("n"),
        qb.boolean("follow", enableWhen=[qb.when("n", ">=", answerInteger=5)]),
        qb.group("g", qb.string("last")),
    )
    assert q.next_item({}).link_id == "n"
    assert q.next_item({}, include_display=True).link_id == "intro"
    assert q.next_item({"n": 2}, "n").link_id == "last"
    assert q.next_item({"n": 7}, "n").link_id == "follow"
    assert q.next_item({"n": 7}, "last") is None
    assert q.previous_item({"n": 2}, "last").link_id == "n"
    assert q.previous_item({"n": 7}, "last").link_id == "follow"
    assert q.previous_item({}, "n") is None
    assert q.previous_item({}, "n", include_display=True).link_id == "intro"
    assert q.previous_item({"n": 7}).link_id == "last"
    # The current item may have become disabled by a changed answer.
    assert q.next_item({"n": 1}, "follow").link_id == "last"
    with pytest.raises(KeyError):
        q.next_item({}, "nope")


def test_progress_and_completeness_count_enabled_items_only(qb):
    q = qb.make(
        qb.display("intro"),
        qb.boolean("a", required=True),
        qb.integer("b", required=True, enableWhen=[qb.when("a", "=", answerBoolean=True)]),
        qb.string("c"),
        qb.choice("m", ["x"], repeats=True),
    )
    assert q.progress({}) == Progress(0, 3)
    assert not q.is_complete({})
    assert _ids(q.missing_required({})) == ["a"]
    assert q.progress({"a": False}) == Progress(1, 3)
    assert q.is_complete({"a": False})
    assert q.progress({"a": True}) == Progress(1, 4)
    assert not q.is_complete({"a": True, "c": "x"})
    assert q.is_complete({"a": True, "b": 0})
    assert q.progress({"a": True, "b": 0, "c": "  ", "m": []}) == Progress(2, 4)
    assert Progress(1, 4).fraction == 0.25 and Progress(0, 0).fraction == 1.0


def test_alert_rules_hold_for_enabled_items_only_most_severe_per_item(qb):
    level = qb.integer("level", extension=[
        qb.rule("mid", ">=", [{"valueInteger": 4}], "review", "Level 4+"),
        qb.rule("high", ">=", [{"valueInteger": 7}], "urgent", "Level 7+"),
    ])
    flags = qb.choice("flags", ["a", "b", "c"], repeats=True, extension=[
        qb.rule("ab", "any-of", [{"valueCoding": {"code": "a"}}, {"valueCoding": {"code": "b"}}],
                "urgent", "Flag"),
    ])
    asked = qb.boolean("asked", extension=[
        qb.rule("skip", "exists", [{"valueBoolean": False}], "request", "Skipped"),
    ])
    q = qb.make(
        qb.boolean("on"),
        qb.group("g", level, flags, asked, enableWhen=[qb.when("on", "=", answerBoolean=True)]),
    )
    assert q.alerts({"on": False, "level": 9, "flags": ["a"]}) == []
    assert q.alerts({"on": True, "level": 3, "flags": ["c"], "asked": True}) == []
    assert q.alerts({"on": True, "level": 4, "asked": True}) == [
        AlertHit("mid", "level", Severity.REVIEW, "Level 4+")
    ]
    hits = q.alerts({"on": True, "level": 7, "flags": ["c", "b"]})
    assert [(h.rule_id, h.severity) for h in hits] == [
        ("high", Severity.URGENT), ("ab", Severity.URGENT), ("skip", Severity.REQUEST)
    ]
