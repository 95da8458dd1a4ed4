"""Where the patient is inside one check-in: which item, which answers, what comes next.

Pure Python over the questionnaire engine (no Qt, no database), so the rules
for resuming and moving back and forth are easy to test on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.questionnaire import AnswerValue, Item, ItemType, Questionnaire
from kiosk.domain.questionnaire.conditions import is_answered
from kiosk.storage.records import CheckinKind, CheckinRecord


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
        """The first enabled item without an answer, or the information screen before it.

        With no answers yet this is the very first screen. An information screen
        (display item) is shown again only if it comes after the last answer.
        """
        pending_info: Item | None = None
        after: str | None = None
        while True:
            item = self.questionnaire.next_item(self.answers, after, include_display=True)
            if item is None:
                return None
            if item.type is ItemType.DISPLAY:
                pending_info = pending_info or item
            elif not is_answered(self.answers.get(item.link_id)):
                return pending_info or item
            else:
                pending_info = None
            after = item.link_id

    def next_after(self, link_id: str | None) -> Item | None:
        """The enabled screen after ``link_id`` given the answers so far."""
        return self.questionnaire.next_item(self.answers, link_id, include_display=True)

    def previous_before(self, link_id: str) -> Item | None:
        """The enabled screen before ``link_id``, or None at the start."""
        return self.questionnaire.previous_item(self.answers, link_id, include_display=True)

    def section_for(self, item: Item) -> str:
        """The heading of the group holding ``item`` (empty at the top level)."""
        for group in self.questionnaire.all_items():
            if group.type is ItemType.GROUP and any(
                    child.link_id == item.link_id for child in group.items):
                return group.text_for(self.lang)
        return ""

    def stale_answers(self) -> list[str]:
        """The linkIds of saved answers to items that are no longer shown."""
        kept = self.questionnaire.clean(self.answers)
        return [k for k in self.answers if k not in kept]
