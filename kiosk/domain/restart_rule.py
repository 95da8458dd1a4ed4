"""The restart rule: where a restarting bay tablet puts a recovering patient.

Applied by the storage layer in the transaction of every change it reads
(``ResumeRepository.refresh``); its answer is the bay's resume row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kiosk.domain.records import CheckinKind, CheckinRecord, CheckinStatus, VisitRecord
from kiosk.domain.resume import RestartScreen, ResumeRecord

__all__ = ["resume_for"]


def resume_for(visit: VisitRecord, history: Sequence[CheckinRecord],
               answers_of: Callable[[int], Mapping[str, Any]]) -> ResumeRecord:
    """Apply the restart rule to a recovering visit and its check-ins.

    The newest started, unfinished check-in (by due time, then id) is resumed at
    its first unanswered item; without one the patient sees the goodbye screen
    once the going-home questions are done, the calming hub after any check-in
    (even one only due), and the welcome before the first.

    Args:
        visit: the bay's recovering visit.
        history: its check-ins in any order.
        answers_of: the saved answers of a check-in (called for the one resumed).
    """
    def record(screen: RestartScreen, checkin: CheckinRecord | None = None) -> ResumeRecord:
        if checkin is None:
            return ResumeRecord(visit.bay, visit.id, visit.language, visit.first_name, screen)
        return ResumeRecord(visit.bay, visit.id, visit.language, visit.first_name, screen,
                            checkin_id=checkin.id, checkin_kind=checkin.kind.value,
                            questionnaire_url=checkin.questionnaire_url,
                            answers=dict(answers_of(checkin.id)))

    started = [c for c in history if c.status is CheckinStatus.STARTED]
    if started:
        current = max(started, key=lambda c: (c.due_at, c.id))
        return record(RestartScreen.CHECKIN, current)
    if any(c.kind is CheckinKind.READY_TO_GO and c.status is CheckinStatus.COMPLETED
           for c in history):
        return record(RestartScreen.GOODBYE)
    return record(RestartScreen.HUB if history else RestartScreen.WELCOME)
