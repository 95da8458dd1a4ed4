"""Where the patient is inside one check-in: which item, which answers, what comes next.

Pure Python over the questionnaire engine (no Qt, no database), so the rules
for resuming and moving back and forth are easy to test on their own. The
check-in service opens and closes runs (``CheckinService.open_run`` and
``finish_run``); the flow's check-in driver only shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.questionnaire import AnswerValue, Item, Questionnaire
from kiosk.domain.records import CheckinKind, CheckinRecord


@dataclass
class CheckinRun:
    """One check-in in progress.

    Attributes:
        checkin: the stored check-in.
        questionnaire: what it asks.
        answers: every answer saved so far (linkId -> value).
        lang: the visit's language.
        current: linkId of the item on screen, or None before the first.
    """

    checkin: CheckinRecord
    questionnaire: Questionnaire
    answers: dict[str, AnswerValue] = field(default_factory=dict)
    lang: str | None = None
    current: str | None = None

    @property
    def is_ready_to_go(self) -> bool:
        """True for the questions answered before going home."""
        return self.checkin.kind is CheckinKind.READY_TO_GO

    def resume_item(self) -> Item | None:
        """The screen a (re)opened check-in starts on (see ``Questionnaire.resume_item``)."""
        return self.questionnaire.resume_item(self.answers)

    def next_after(self, link_id: str | None) -> Item | None:
        """The enabled screen after ``link_id`` given the answers so far."""
        return self.questionnaire.next_item(self.answers, link_id, include_display=True)

    def previous_before(self, link_id: str) -> Item | None:
        """The enabled screen before ``link_id``, or None at the start."""
        return self.questionnaire.previous_item(self.answers, link_id, include_display=True)

    def stale_answers(self) -> list[str]:
        """The linkIds of saved answers to items that are no longer shown."""
        kept = self.questionnaire.clean(self.answers)
        return [k for k in self.answers if k not in kept]
