"""Evaluates enableWhen conditions and alert rules against answers.

Semantics follow the FHIR R5 wording of enableWhen.operator, as LHC-Forms does:

* `exists`: "True if the determination of whether an answer exists for the question
  is equal to the enableWhen answer (which must be a boolean)."
* `=`: "True if at least one answer has a value that is equal to the enableWhen
  answer." A question without an answer: false.
* `!=`: "True if no answer has a value that is equal to the enableWhen answer." So a
  multi-select [A, B] with `!= B` is false, and an unanswered question makes `!=`
  TRUE (LHC-Forms; R4's "at least one answer ... not equal" made it false).
* `>`, `<`, `>=`, `<=`: "True if at least one answer has a value that is greater /
  less ... than the enableWhen answer." Unanswered: false.

`any-of` (alert rules only) holds when any chosen code is one of the rule's values.
Numbers compare as numbers (an integer 3 equals a decimal 3.0); dates and times as
ISO text, which orders them correctly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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


def _number(value: object) -> bool:
    # bool is an int in Python; True must not equal the integer 1 here.
    return isinstance(value, int | float) and not isinstance(value, bool)


def _same(left: ConditionValue, right: ConditionValue) -> bool:
    if _number(left) and _number(right):
        return left == right
    return type(left) is type(right) and left == right


def _ordered(operator: Operator, left: ConditionValue, right: ConditionValue) -> bool:
    low: Any
    high: Any
    if _number(left) and _number(right):
        low, high = float(left), float(right)
    elif isinstance(left, str) and isinstance(right, str):
        low, high = left, right
    else:
        return False
    if operator is Operator.GT:
        return bool(low > high)
    if operator is Operator.LT:
        return bool(low < high)
    if operator is Operator.GE:
        return bool(low >= high)
    return bool(low <= high)


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
        return operator is Operator.NE  # "no answer ... is equal": true with no answer
    given: list[ConditionValue] = list(answer) if isinstance(answer, list) else [answer]
    if operator is Operator.ANY_OF:
        return any(_same(g, e) for g in given for e in expected)
    target = expected[0]
    if operator is Operator.EQ:
        return any(_same(g, target) for g in given)
    if operator is Operator.NE:
        return not any(_same(g, target) for g in given)
    return any(_ordered(operator, g, target) for g in given)
