"""The ASQ suicide risk screening (NIMH): stable linkIds, codes and the outcome rule.

Outcome (CLINICAL.md section 5): all of items 1-4 "no" is negative. Any "yes" or
declining to answer items 1-4 is positive; then item 5 decides: "yes" is an acute
positive, "no" a non-acute positive.

Choices this module makes, on the safe side:

- declining item 5, or item 5 still unanswered after a positive 1-4, cannot rule
  out imminent risk: "declined" counts as acute, unanswered as non-acute;
- once any of items 1-4 has an answer, an item of 1-4 left unanswered counts as
  declined (call it on a finished check-in, not mid-way);
- a clinic asking only item 5 (items 1-4 done at intake): "yes" or "declined" is
  acute, "no" negative;
- nothing answered at all is NOT_ASKED.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from kiosk.domain.questionnaire.model import AnswerValue

ASQ_WISHED_DEAD = "asq-1"
ASQ_BETTER_OFF_DEAD = "asq-2"
ASQ_THOUGHTS_PAST_WEEK = "asq-3"
ASQ_EVER_TRIED = "asq-4"
ASQ_THOUGHTS_NOW = "asq-5"
ASQ_SCREENING_ITEMS = (ASQ_WISHED_DEAD, ASQ_BETTER_OFF_DEAD, ASQ_THOUGHTS_PAST_WEEK, ASQ_EVER_TRIED)
"""linkIds of ASQ items 1-4."""

ASQ_YES = "yes"
ASQ_NO = "no"
ASQ_DECLINED = "declined"
"""The code of "I'd rather not say"."""


class AsqOutcome(Enum):
    """Result of the ASQ screen."""

    NOT_ASKED = "not-asked"
    NEGATIVE = "negative"
    NON_ACUTE_POSITIVE = "non-acute-positive"
    ACUTE_POSITIVE = "acute-positive"

    @property
    def is_positive(self) -> bool:
        """Whether a clinician must assess the patient before discharge."""
        return self in (AsqOutcome.NON_ACUTE_POSITIVE, AsqOutcome.ACUTE_POSITIVE)


def _code(answers: Mapping[str, AnswerValue], link_id: str) -> str | None:
    value = answers.get(link_id)
    return value if isinstance(value, str) and value else None


def asq_outcome(answers: Mapping[str, AnswerValue]) -> AsqOutcome:
    """Works out the ASQ result from answers keyed by the ASQ linkIds.

    Args:
        answers: Answers by linkId (other linkIds are ignored).

    Returns:
        The outcome; see the module docstring for the rules.
    """
    screening = [_code(answers, link_id) for link_id in ASQ_SCREENING_ITEMS]
    now = _code(answers, ASQ_THOUGHTS_NOW)
    if all(code is None for code in screening):
        if now is None:
            return AsqOutcome.NOT_ASKED
        return AsqOutcome.NEGATIVE if now == ASQ_NO else AsqOutcome.ACUTE_POSITIVE
    if all(code == ASQ_NO for code in screening):
        return AsqOutcome.NEGATIVE
    if now in (ASQ_YES, ASQ_DECLINED):
        return AsqOutcome.ACUTE_POSITIVE
    return AsqOutcome.NON_ACUTE_POSITIVE
