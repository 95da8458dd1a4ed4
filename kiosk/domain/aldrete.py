"""Modified Aldrete recovery score (Aldrete 1995; CLINICAL.md section 3).

Five items score 0, 1 or 2 each, total 0-10; 9 or more passes. Import it from
:mod:`kiosk.domain.scoring`, which re-exports everything here.

Boundaries chosen where the published wording is loose, always toward the
safer (lower) score:

* circulation compares systolic BP with the pre-treatment value: within 20 %
  (exactly 20 % counts as within) -> 2; more than 20 % and at most 50 % off
  (exactly 50 % -> 1) -> 1; more than 50 % off -> 0;
* oxygenation: above 92 % on room air -> 2; above 90 % (on oxygen, or on room
  air at 91-92 %) -> 1; 90 % or less -> 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum

from kiosk.domain.messages import Message
from kiosk.domain.vitals import check_positive, format_percent, percent_off, within_percent

ALDRETE_PASS_TOTAL = 9
"""A modified Aldrete total of at least this passes."""


class Activity(IntEnum):
    """Aldrete activity: limbs moved on request; the value is the item's score."""

    FOUR_LIMBS = 2
    TWO_LIMBS = 1
    NONE = 0


class Respiration(IntEnum):
    """Aldrete respiration; the value is the item's score."""

    DEEP_BREATH_AND_COUGH = 2
    SHALLOW_OR_LIMITED = 1
    APNOEA = 0


class Consciousness(IntEnum):
    """Aldrete consciousness; the value is the item's score."""

    FULLY_AWAKE = 2
    ROUSES_WHEN_CALLED = 1
    UNRESPONSIVE = 0


@dataclass(frozen=True)
class AldreteInput:
    """What the nurse enters for one modified Aldrete score.

    Attributes:
        activity: Limbs the patient moves on request.
        respiration: Breathing.
        systolic: Current systolic BP, mmHg.
        baseline_systolic: Pre-treatment systolic BP, mmHg.
        consciousness: Level of consciousness.
        spo2: Oxygen saturation, percent (0-100).
        on_room_air: False when the patient is receiving supplemental oxygen.

    Raises:
        ValueError: On a non-positive BP or baseline, or SpO2 outside 0-100; the
            message names the field.
    """

    activity: Activity
    respiration: Respiration
    systolic: float
    baseline_systolic: float
    consciousness: Consciousness
    spo2: float
    on_room_air: bool = True

    def __post_init__(self) -> None:
        check_positive("systolic", self.systolic)
        check_positive("baseline_systolic", self.baseline_systolic)
        if isinstance(self.spo2, bool) or not math.isfinite(self.spo2):
            raise ValueError(f"spo2 must be a number, got {self.spo2!r}")
        if not 0 <= self.spo2 <= 100:
            raise ValueError(f"spo2 must be 0-100, got {self.spo2}")
        for name, kind in (
            ("activity", Activity),
            ("respiration", Respiration),
            ("consciousness", Consciousness),
        ):
            if not isinstance(getattr(self, name), kind):
                raise ValueError(f"{name} must be a {kind.__name__}, got {getattr(self, name)!r}")


@dataclass(frozen=True)
class ScoreItem:
    """One scored item of a discharge score (Aldrete or PADSS) with its explanation.

    Attributes:
        key: Stable identifier (``"circulation"``, ``"pain"``...).
        score: The item's score, 0-2.
        reason: Plain words saying why, as a message a screen translates.
    """

    key: str
    score: int
    reason: Message

    @property
    def explanation(self) -> str:
        """The reason in English (for plain-text consumers)."""
        return self.reason.english()


@dataclass(frozen=True)
class AldreteResult:
    """A scored modified Aldrete.

    Attributes:
        activity: Activity item, 0-2.
        respiration: Respiration item, 0-2.
        circulation: Circulation item, 0-2.
        consciousness: Consciousness item, 0-2.
        oxygenation: SpO2 item, 0-2.
        total: Sum, 0-10.
        items: The five items in order, each with its explanation.
    """

    activity: int
    respiration: int
    circulation: int
    consciousness: int
    oxygenation: int
    total: int
    items: tuple[ScoreItem, ...]

    @property
    def passed(self) -> bool:
        """Whether the total reaches 9."""
        return self.total >= ALDRETE_PASS_TOTAL


_ACTIVITY_WORDS = {
    Activity.FOUR_LIMBS: "Moves all four limbs on request",
    Activity.TWO_LIMBS: "Moves two limbs on request",
    Activity.NONE: "Does not move limbs on request",
}
_RESPIRATION_WORDS = {
    Respiration.DEEP_BREATH_AND_COUGH: "Breathes deeply and coughs freely",
    Respiration.SHALLOW_OR_LIMITED: "Shallow or limited breathing",
    Respiration.APNOEA: "Not breathing (apnoea)",
}
_CONSCIOUSNESS_WORDS = {
    Consciousness.FULLY_AWAKE: "Fully awake",
    Consciousness.ROUSES_WHEN_CALLED: "Rouses when called by name",
    Consciousness.UNRESPONSIVE: "Does not respond",
}
_CIRCULATION_BANDS = {2: "within 20 %", 1: "20-50 % off", 0: "more than 50 % off"}
_SPO2_BANDS = {
    2: "above 92 % on room air",
    1: "above 90 %, but not above 92 % on room air",
    0: "90 % or less",
}


def aldrete(inp: AldreteInput) -> AldreteResult:
    """Score a modified Aldrete.

    Args:
        inp: The nurse's entries.

    Returns:
        Item scores, total and a plain-words explanation per item.
    """
    if within_percent(inp.systolic, inp.baseline_systolic, 20):
        circulation = 2
    elif within_percent(inp.systolic, inp.baseline_systolic, 50):
        circulation = 1
    else:
        circulation = 0
    if inp.on_room_air and inp.spo2 > 92:
        oxygenation = 2
    elif inp.spo2 > 90:
        oxygenation = 1
    else:
        oxygenation = 0
    bp_off = format_percent(percent_off(inp.systolic, inp.baseline_systolic))
    air = "on room air" if inp.on_room_air else "on oxygen"
    items = (
        ScoreItem("activity", int(inp.activity), Message.plain(_ACTIVITY_WORDS[inp.activity])),
        ScoreItem("respiration", int(inp.respiration),
                  Message.plain(_RESPIRATION_WORDS[inp.respiration])),
        ScoreItem(
            "circulation",
            circulation,
            Message.plain(f"Systolic BP {bp_off} % from pre-treatment "
                          f"({_CIRCULATION_BANDS[circulation]})"),
        ),
        ScoreItem("consciousness", int(inp.consciousness),
                  Message.plain(_CONSCIOUSNESS_WORDS[inp.consciousness])),
        ScoreItem("spo2", oxygenation,
                  Message.plain(f"SpO2 {inp.spo2:g} % {air} ({_SPO2_BANDS[oxygenation]})")),
    )
    return AldreteResult(
        activity=int(inp.activity),
        respiration=int(inp.respiration),
        circulation=circulation,
        consciousness=int(inp.consciousness),
        oxygenation=oxygenation,
        total=sum(item.score for item in items),
        items=items,
    )
