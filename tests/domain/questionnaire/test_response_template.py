"""ResponseTemplate gives what the engine gives: responses, counted answers, values, errors.

Property tests over the shipped questionnaires (static: the template's own path)
and the real-world forms with expressions, calculated and preset values (the
engine's path), with answers valid and not, in both languages and none.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.questionnaire import (
    AnswerError,
    ItemType,
    Questionnaire,
    load_questionnaire,
    to_questionnaire_response,
)
from kiosk.domain.questionnaire.response_template import ResponseTemplate

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = [load_questionnaire(ROOT / "resources" / "questionnaires" / name)
           for name in ("recovery_checkin.json", "ready_to_go.json")]
REAL = []
for path in sorted((Path(__file__).parent / "real_forms").glob("*.json")):
    try:
        REAL.append(load_questionnaire(path, mode="lenient"))
    except Exception:  # a form the loader refuses is not this test's subject
        continue
AUTHORED = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _candidates(item: Any) -> list[Any]:
    """Values for an item: fitting ones and a few that do not."""
    odd: list[Any] = ["", "bogus", None]
    if item.type is ItemType.CHOICE:
        codes = [o.code for o in item.options]
        if item.repeats:
            return [[c] for c in codes] + [codes[:2], [], ["bogus"], "bogus"]
        return codes + odd + [[codes[0]] if codes else []]
    if item.type is ItemType.INTEGER:
        low, high = item.min_value or 0, item.max_value or 10
        return [*range(int(low) - 1, int(high) + 2), True, 1.5, "3"]
    if item.type is ItemType.BOOLEAN:
        return [True, False, 1, 0, "yes"]
    if item.type in (ItemType.DECIMAL, ItemType.QUANTITY):
        return [0.0, 1.5, 70.0, 180.0, 3, "x"]
    return ["some text", "otro texto", *odd, 4]


def _answers(q: Questionnaire) -> st.SearchStrategy[dict[str, Any]]:
    optional = {i.link_id: st.sampled_from(_candidates(i)) for i in q.answerable_items()}
    # Now and then an answer to something the form does not have.
    optional["not-an-item"] = st.just("x")
    return st.fixed_dictionaries({}, optional=optional)


def _outcome(build: Any) -> Any:
    try:
        return "ok", json.dumps(build(), ensure_ascii=False, separators=(",", ":"))
    except AnswerError as exc:
        return "error", str(exc)
    except (ValueError, TypeError, KeyError) as exc:
        return "other", type(exc).__name__


@pytest.mark.parametrize("q", SHIPPED + REAL, ids=lambda q: q.source.rsplit("/", 1)[-1])
def test_template_gives_what_the_engine_gives(q):
    template = ResponseTemplate(q)
    if q in SHIPPED:
        assert template.static, "the shipped forms take the fast path"

    @settings(max_examples=150, deadline=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(answers=_answers(q), lang=st.sampled_from([None, "en", "es"]),
           status=st.sampled_from(["completed", "in-progress"]))
    def check(answers, lang, status):
        assert template.counted(answers) == q.clean(answers)
        assert template.values(q.clean(answers)) == q.values(q.clean(answers))
        # As the export calls it: with the answers that count.
        counted = q.clean(answers)
        fast = _outcome(lambda: template.response(counted, authored=AUTHORED, status=status,
                                                  subject_ref="urn:uuid:p", lang=lang))
        slow = _outcome(lambda: to_questionnaire_response(
            q, counted, authored=AUTHORED, status=status, subject_ref="urn:uuid:p",
            lang=lang))
        assert fast == slow
        # Twice: what was kept from the first call gives the same again.
        assert _outcome(lambda: template.response(
            counted, authored=AUTHORED, status=status, subject_ref="urn:uuid:p",
            lang=lang)) == slow

    check()


def test_the_forms_with_expressions_go_through_the_engine():
    assert REAL and not all(ResponseTemplate(q).static for q in REAL)
