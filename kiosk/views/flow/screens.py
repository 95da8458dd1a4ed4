"""The named screens of the patient tablet and how the flow groups them."""

from __future__ import annotations

from enum import StrEnum

from kiosk.views.flow.calming import ACTIVITY_KEYS


class Screen(StrEnum):
    """The named states of the patient tablet."""

    IDLE = "idle"
    WELCOME = "welcome"
    CHECKIN = "checkin"
    READY_TO_GO = "ready_to_go"
    THANKS = "thanks"
    HUB = "hub"
    BREATHING = "breathing"
    GROUNDING = "grounding"
    SCENES = "scenes"
    EXPECT = "expect"
    JOURNAL = "journal"
    REST = "rest"
    GOODBYE = "goodbye"


ACTIVITIES = frozenset(Screen(k) for k in ACTIVITY_KEYS)
CALMING = ACTIVITIES | {Screen.HUB}
BUSY = frozenset({Screen.IDLE, Screen.WELCOME, Screen.CHECKIN, Screen.READY_TO_GO,
                   Screen.GOODBYE})
