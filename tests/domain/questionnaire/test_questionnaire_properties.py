"""Property tests: a mangled file never crashes the loader; engine answers stay consistent."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.questionnaire import QuestionnaireError, parse_questionnaire
from kiosk.domain.questionnaire import links as L

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 12) | st.floats(allow_nan=False)
    | st.sampled_from(["", "x", "=", "slider", "nausea", "choice", "urgent", "es"]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["url", "code", "linkId", "valueInteger", "item"]),
                      inner, max_size=3),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


def _replace(doc: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    doc = copy.deepcopy(doc)
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mangled_checkin_never_crashes_the_loader(resources_dir, data):
    doc = json.loads((resources_dir / "recovery_checkin.json").read_text(encoding="utf-8"))
    path = data.draw(st.sampled_from(_paths(doc)))
    mangled = _replace(doc, path, data.draw(JSON_VALUES))
    try:
        parse_questionnaire(mangled, "mangled.json")
    except QuestionnaireError as exc:
        assert exc.problems and all(p.file == "mangled.json" for p in exc.problems)


CHECKIN_ANSWERS = st.fixed_dictionaries(
    {},
    optional={
        L.OVERALL_FEELING: st.sampled_from(["calm", "okay", "uneasy", "very-distressed"]),
        L.NAUSEA: st.integers(0, 10),
        L.NAUSEA_TREND: st.sampled_from(["better", "same", "worse"]),
        L.VOMITING: st.booleans(),
        L.PAIN: st.integers(0, 10),
        L.RED_FLAGS: st.sampled_from([["none"], [], ["vision"], ["chest-pain", "confusion"]]),
        L.WANTS_NURSE: st.booleans(),
    },
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=CHECKIN_ANSWERS)
def test_engine_views_agree(checkin, answers):
    for link_id, value in answers.items():
        checkin.validate_answer(link_id, value)
    cleaned = checkin.clean(answers)
    assert checkin.clean(cleaned) == cleaned
    # The export's one-evaluation shortcut gives what the two calls give.
    assert checkin.clean_and_values(answers) == (cleaned, checkin.values(cleaned))
    assert checkin.clean_and_values(cleaned) == (cleaned, checkin.values(cleaned))
    assert checkin.alerts(cleaned) == checkin.alerts(answers)
    progress = checkin.progress(answers)
    assert 0 <= progress.answered <= progress.total
    enabled = {i.link_id for i in checkin.enabled_items(answers) if i.answerable}
    walked, current = [], checkin.next_item(answers)
    while current is not None:
        walked.append(current.link_id)
        current = checkin.next_item(answers, current.link_id)
    assert set(walked) == enabled and len(walked) == progress.total
    assert checkin.is_complete(answers) == (
        not any(checkin.item(i).required and i not in answers for i in enabled)
    )
