"""Evaluates enableWhen conditions and alert rules against answers.

Semantics follow FHIR R4 enableWhen: a question without an answer makes every
operator false except `exists`; for a multi-select answer, `=` holds when any chosen
code equals the value and `!=` when any chosen code differs. `any-of` (alert rules
only) holds when any chosen code is one of the rule's values.
"""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.domain.questionnaire.model import AnswerValue, ConditionValue, Operator


def is_answered(value: AnswerValue | None) -> bool:
    """Whether a stored value counts as an answer (None, "" and [] do not)."""
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, list):
        return len(value) > 0
    return True


def _same(left: ConditionValue, right: ConditionValue) -> bool:
    # bool is an int in Python; True must not equal the integer 1 here.
    return type(left) is type(right) and left == right


def _ordered(operator: Operator, left: ConditionValue, right: ConditionValue) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return False
    if not (isinstance(left, int) and isinstance(right, int)):
        return False
    if operator is Operator.GT:
        return left > right
    if operator is Operator.LT:
        return left < right
    if operator is Operator.GE:
        return left >= right
    return left <= right


def holds(
    operator: Operator, answer: AnswerValue | None, expected: Sequence[ConditionValue]
) -> bool:
    """Whether `answer` satisfies the condition.

    Args:
        operator: The comparison.
        answer: The current answer, or None if unanswered.
        expected: The condition's value(s); one except for `any-of`.

    Returns:
        True if the condition holds.
    """
    answered = is_answered(answer)
    if operator is Operator.EXISTS:
        return answered == bool(expected[0])
    if not answered or answer is None:
        return False
    given: list[ConditionValue] = list(answer) if isinstance(answer, list) else [answer]
    if operator is Operator.ANY_OF:
        return any(_same(g, e) for g in given for e in expected)
    target = expected[0]
    if operator is Operator.EQ:
        return any(_same(g, target) for g in given)
    if operator is Operator.NE:
        return any(not _same(g, target) for g in given)
    return any(_ordered(operator, g, target) for g in given)
