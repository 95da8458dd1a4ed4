"""QuestionnaireResponses of stored answers, fast: one questionnaire's work done once.

An export writes a response for every check-in of a year (about 180,000), and
:func:`~kiosk.domain.questionnaire.fhir_io.to_questionnaire_response` works each
one out from scratch: it evaluates every item's enableWhen, checks every answer
and looks up every text and option label again. For a questionnaire without
expressions and without values of its own (calculated, initial, hidden or
read-only items) all of that depends on very little:

* which items are enabled depends only on the answers to the questions that
  enableWhen conditions name, so the engine's result is kept per combination of
  those answers (a handful per questionnaire);
* whether an answer fits its item depends on the item and the value only, so the
  verdict is kept per (linkId, value);
* the ``answer`` list of a value, and the texts of the items, per language.

:class:`ResponseTemplate` gives what ``to_questionnaire_response``,
:meth:`Questionnaire.clean` and :meth:`Questionnaire.values` give, byte for byte
once written as JSON (tests/domain/questionnaire/test_response_template.py and
tests/services/test_export_fast_path.py compare them). A questionnaire with
expressions or values of its own goes through the engine every time.

The kept results are shared between responses: callers write them out and never
change them. Each table stops growing at :data:`LIMIT` entries (free text).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from kiosk.domain.questionnaire.answers import check_answer
from kiosk.domain.questionnaire.conditions import is_answered
from kiosk.domain.questionnaire.engine import Questionnaire
from kiosk.domain.questionnaire.errors import AnswerError
from kiosk.domain.questionnaire.fhir_io import (
    check_response_header,
    response_with_items,
    to_questionnaire_response,
)
from kiosk.domain.questionnaire.model import AnswerValue, Item, ItemType
from kiosk.domain.questionnaire.response_items import answer_json

LIMIT = 10_000
"""Most entries each table keeps (values past it are worked out every time)."""

_Node = tuple[str, str | None, Item, tuple[Any, ...]]
"""(linkId, text or None, item, children) of one item, in one language."""


def _key(value: Any) -> Any:
    """A hashable key that tells True from 1 and 1 from 1.0 (they compare equal)."""
    if isinstance(value, list):
        return (list, tuple(_key(v) for v in value))
    return (type(value), value)


class ResponseTemplate:
    """One questionnaire's responses, built from stored answers with its work kept."""

    def __init__(self, q: Questionnaire) -> None:
        self.q = q
        flat = q.all_items()
        self._by_id = {i.link_id: i for i in flat}
        self._answerable = frozenset(i.link_id for i in flat if i.answerable)
        # Static: enabled items depend on the named questions' answers only, and the
        # values written are the patient's answers (nothing calculated or preset).
        self.static = not q.variables and not any(
            i.expressions or (i.answerable and not i.asked) for i in flat)
        self._controls = tuple(sorted({c.question for i in flat for c in i.enable_when}))
        self._enabled: dict[Any, frozenset[str]] = {}
        self._checked: dict[Any, AnswerError | None] = {}
        self._answers: dict[Any, list[dict[str, Any]]] = {}
        self._plans: dict[str | None, tuple[_Node, ...]] = {}

    def _enabled_for(self, given: Mapping[str, AnswerValue]) -> frozenset[str]:
        key = tuple(_key(v) if is_answered(v := given.get(c)) else None
                    for c in self._controls)
        enabled = self._enabled.get(key)
        if enabled is None:
            enabled = self.q.state(given).enabled
            if len(self._enabled) < LIMIT:
                self._enabled[key] = enabled
        return enabled

    def counted(self, given: Mapping[str, AnswerValue]) -> dict[str, AnswerValue]:
        """:meth:`Questionnaire.clean`: the answers to enabled, answerable items."""
        if not self.static:
            return self.q.clean(given)
        enabled = self._enabled_for(given)
        answerable = self._answerable
        return {k: v for k, v in given.items() if k in enabled and k in answerable}

    def values(self, given: Mapping[str, AnswerValue]) -> dict[str, AnswerValue]:
        """:meth:`Questionnaire.values` of the answers."""
        if not self.static:
            return self.q.values(given)
        return {k: v for k, v in self.counted(given).items() if is_answered(v)}

    def _check(self, link_id: str, value: AnswerValue) -> None:
        key = (link_id, _key(value))
        try:
            error = self._checked[key]
        except KeyError:
            try:
                check_answer(self._by_id[link_id], value)
                error = None
            except AnswerError as exc:
                error = exc
            if len(self._checked) < LIMIT:
                self._checked[key] = error
        if error is not None:
            raise error

    def response(self, given: Mapping[str, AnswerValue], *, authored: datetime,
                 status: str = "completed", subject_ref: str | None = None,
                 lang: str | None = None) -> dict[str, Any]:
        """What :func:`to_questionnaire_response` gives for these answers.

        Raises:
            ValueError: Bad status or a naive ``authored``.
            AnswerError: An answer does not fit its item.
        """
        if not self.static:
            return to_questionnaire_response(self.q, given, authored=authored, status=status,
                                             subject_ref=subject_ref, lang=lang)
        check_response_header(status, authored)
        kept = self.counted(given)
        for link_id, value in kept.items():
            self._check(link_id, value)
        return response_with_items(self.q, status, authored, subject_ref, lang,
                                   self._items(self._plan(lang), kept, lang))

    def _plan(self, lang: str | None) -> tuple[_Node, ...]:
        plan = self._plans.get(lang)
        if plan is None:
            def nodes(items: tuple[Item, ...]) -> tuple[_Node, ...]:
                return tuple((i.link_id, i.text_for(lang) if i.text.default else None, i,
                              nodes(i.items)) for i in items)
            plan = self._plans[lang] = nodes(self.q.items)
        return plan

    def _items(self, plan: tuple[_Node, ...], values: Mapping[str, AnswerValue],
               lang: str | None) -> list[dict[str, Any]]:
        # As response_items.items_json, with the texts and answer lists kept.
        out: list[dict[str, Any]] = []
        for link_id, text, item, children in plan:
            if item.type is ItemType.GROUP:
                inner = self._items(children, values, lang)
                if inner:
                    entry: dict[str, Any] = {"linkId": link_id}
                    if text is not None:
                        entry["text"] = text
                    entry["item"] = inner
                    out.append(entry)
                continue
            value = values.get(link_id)
            if not item.answerable or not is_answered(value):
                continue
            entry = {"linkId": link_id}
            if text is not None:
                entry["text"] = text
            key = (link_id, _key(value), lang)
            answer = self._answers.get(key)
            if answer is None:
                answer = answer_json(item, value, lang)  # type: ignore[arg-type]
                if len(self._answers) < LIMIT:
                    self._answers[key] = answer
            entry["answer"] = answer
            out.append(entry)
        return out
