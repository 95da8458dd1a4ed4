"""Works out which items are enabled and what every item's value is.

A patient's answers are only part of the picture: a calculated item takes the value
of its calculatedExpression; a hidden or read-only item takes its `initial` value
or initialExpression; an item with an enableWhenExpression is enabled while the
expression is true. Expressions may look at any item, earlier or later, so the
work is repeated until nothing changes (as LHC-Forms does), at most a few times.
Forms without expressions take one plain pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.domain.questionnaire.conditions import holds, is_answered
from kiosk.domain.questionnaire.expressions import Evaluator
from kiosk.domain.questionnaire.model import (
    CALCULATED,
    ENABLE_WHEN_EXPRESSION,
    INITIAL_EXPRESSION,
    AnswerValue,
    EnableBehavior,
    Item,
    ItemType,
)
from kiosk.domain.questionnaire.response_items import items_json

_PASSES = 5


@dataclass(frozen=True)
class State:
    """Enabled items and every item's value, for one set of answers.

    Attributes:
        enabled: linkIds of the enabled items (groups and displays included).
        values: The value of every enabled answerable item that has one: the
            patient's answer, or a calculated or initial value.
    """

    enabled: frozenset[str]
    values: dict[str, AnswerValue]


def _conditions_hold(item: Item, effective: Mapping[str, AnswerValue]) -> bool:
    if not item.enable_when:
        return True
    results = (holds(c.operator, effective.get(c.question), (c.answer,))
               for c in item.enable_when)
    return any(results) if item.enable_behavior is EnableBehavior.ANY else all(results)


def _walk(items: tuple[Item, ...], values: Mapping[str, AnswerValue],
          expression_on: Mapping[str, bool]) -> State:
    # enableWhen may only look back (the loader checks this), so one pass in
    # document order sees each question's own enabled state before using it.
    enabled: set[str] = set()
    effective: dict[str, AnswerValue] = {}

    def visit(level: tuple[Item, ...], parent_on: bool) -> None:
        for item in level:
            on = parent_on and _conditions_hold(item, effective) and expression_on.get(
                item.link_id, True)
            if on:
                enabled.add(item.link_id)
                if item.answerable and item.link_id in values:
                    effective[item.link_id] = values[item.link_id]
            visit(item.items, on)

    visit(items, True)
    return State(frozenset(enabled), effective)


def convert(item: Item, result: list[Any]) -> AnswerValue | None:
    """A FHIRPath result as a value of the item's type (None: no value)."""
    if not result:
        return None
    first = result[0]
    if isinstance(first, dict):
        first = first.get("code", first.get("value"))
    try:
        if item.type is ItemType.INTEGER:
            return round(float(first)) if not isinstance(first, bool) else None
        if item.type in (ItemType.DECIMAL, ItemType.QUANTITY):
            return float(first) if not isinstance(first, bool) else None
    except (TypeError, ValueError):
        return None
    if item.type is ItemType.BOOLEAN:
        return first if isinstance(first, bool) else None
    if item.type is ItemType.CHOICE and item.repeats:
        return [str(r.get("code") if isinstance(r, dict) else r) for r in result]
    text = str(first)
    return text if text else None


class Engine:
    """Evaluates one questionnaire; the Questionnaire builds it on first use."""

    def __init__(self, items: tuple[Item, ...], flat: tuple[Item, ...],
                 variables: tuple[tuple[str, str], ...], raw: Mapping[str, Any]) -> None:
        self._items = items
        self._flat = flat
        self._variables = variables
        self._dynamic = bool(variables) or any(i.expressions for i in flat)
        self._fixed = {i.link_id: i for i in flat if i.answerable and not i.asked}
        weights: dict[tuple[str | None, str], float] = {}
        for item in flat:
            for option in item.options:
                if option.ordinal is not None:
                    weights[(option.system, option.code)] = option.ordinal
                    weights.setdefault((None, option.code), option.ordinal)
        self._evaluator = Evaluator(raw, weights) if self._dynamic else None
        self._scopes = self._item_variables()

    def _item_variables(self) -> dict[str, tuple[tuple[str, str], ...]]:
        scopes: dict[str, tuple[tuple[str, str], ...]] = {}

        def walk(items: tuple[Item, ...], inherited: tuple[tuple[str, str], ...]) -> None:
            for item in items:
                scopes[item.link_id] = inherited + item.variables
                walk(item.items, scopes[item.link_id])

        walk(self._items, ())
        return scopes

    def state(self, answers: Mapping[str, AnswerValue]) -> State:
        """Enabled items and values for these answers."""
        values: dict[str, AnswerValue] = {
            k: v for k, v in answers.items()
            if k not in self._fixed and is_answered(v)}
        for link_id, item in self._fixed.items():
            if not item.calculated and item.initial:
                values[link_id] = list(map(str, item.initial)) if item.repeats \
                    else item.initial[0]
        if not self._dynamic or self._evaluator is None:
            return _walk(self._items, values, {})
        expression_on: dict[str, bool] = {}
        state = _walk(self._items, values, expression_on)
        for _ in range(_PASSES):
            changed = self._apply_expressions(state, values, expression_on)
            state = _walk(self._items, values, expression_on)
            if not changed:
                break
        return state

    def _apply_expressions(self, state: State, values: dict[str, AnswerValue],
                           expression_on: dict[str, bool]) -> bool:
        assert self._evaluator is not None
        resource = {"resourceType": "QuestionnaireResponse", "status": "in-progress",
                    "item": items_json(self._items, state.values, None)}
        root = self._evaluator.environment(resource, self._variables)
        changed = False
        for item in self._flat:
            if not item.expressions:
                continue
            scope = self._scopes[item.link_id]
            env = self._evaluator.environment(resource, scope, base=root) if scope else root
            when = item.expression(ENABLE_WHEN_EXPRESSION)
            if when is not None:
                result = self._evaluator.evaluate(when, resource, env)
                on = bool(result) and result[0] is not False
                changed |= expression_on.get(item.link_id) != on
                expression_on[item.link_id] = on
            calc = item.expression(CALCULATED)
            initial = item.expression(INITIAL_EXPRESSION)
            if calc is None and (initial is None or item.asked):
                continue  # an asked item's initialExpression only preselects it
            value = convert(item, self._evaluator.evaluate(calc or str(initial), resource, env))
            if values.get(item.link_id) != value:
                changed = True
                if value is None:
                    values.pop(item.link_id, None)
                else:
                    values[item.link_id] = value
        return changed

    def initial_value(self, item: Item, answers: Mapping[str, AnswerValue]
                      ) -> AnswerValue | None:
        """What to preselect for an asked item without an answer (initial values)."""
        if item.initial:
            return list(map(str, item.initial)) if item.repeats else item.initial[0]
        expression = item.expression(INITIAL_EXPRESSION)
        if expression is None or self._evaluator is None:
            return None
        state = self.state(answers)
        resource = {"resourceType": "QuestionnaireResponse", "status": "in-progress",
                    "item": items_json(self._items, state.values, None)}
        env = self._evaluator.environment(resource, self._variables)
        env = self._evaluator.environment(resource, self._scopes[item.link_id], base=env)
        return convert(item, self._evaluator.evaluate(expression, resource, env))
