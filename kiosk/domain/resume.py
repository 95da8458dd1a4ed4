"""Where a restarting bay tablet puts its patient: the record of one bay's resume row.

The restart rule (:mod:`kiosk.domain.restart_rule`) reads only what is stored
(the visit and its check-ins), so it is applied when something changes, in the
same transaction, and its answer kept in one small row per bay
(``bay_resume``). Both the full start and the quick restart read that row;
neither works the rule out again. This module imports nothing heavy: the
quick restart loads it before painting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["RestartScreen", "ResumeRecord"]


class RestartScreen(StrEnum):
    """The patient screens a restart can land on (values are the flow's screen names)."""

    WELCOME = "welcome"   # no check-in yet
    CHECKIN = "checkin"   # an unfinished check-in (recurring or going-home questions)
    HUB = "hub"           # between check-ins
    GOODBYE = "goodbye"   # the going-home questions are done


@dataclass(frozen=True)
class ResumeRecord:
    """One bay's resume row.

    Attributes:
        bay: the bay the tablet serves.
        visit_id: the bay's recovering visit.
        language: the visit's language ("en", "es").
        first_name: how the patient is greeted.
        screen: where a restart puts the patient.
        checkin_id: the unfinished check-in (``CHECKIN`` only).
        checkin_kind: its kind ("checkin" or "ready_to_go").
        questionnaire_url: the questionnaire it answers.
        answers: linkId -> saved answer value, in the order given.
    """

    bay: str
    visit_id: int
    language: str
    first_name: str
    screen: RestartScreen
    checkin_id: int | None = None
    checkin_kind: str | None = None
    questionnaire_url: str | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)
