"""Modified PADSS: the nurse's post-anaesthesia discharge score (CLINICAL.md section 3).

Five items score 0, 1 or 2 each, total 0-10; 9 or more is home-ready. Vital
signs compare the current systolic BP and pulse with the pre-treatment values
and take the worse of the two:

* both within 20 % (exactly 20 % counts as within) -> 2;
* the worse one more than 20 % and at most 40 % off (exactly 40 % -> 1) -> 1;
* the worse one more than 40 % off -> 0.

An infusion has no surgical wound, so bleeding is recorded as "not applicable"
and scores 2; it stays a field so the record shows that choice. The modified
Aldrete score lives in :mod:`kiosk.domain.aldrete` and is re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from kiosk.domain.aldrete import (
    ALDRETE_PASS_TOTAL,
    Activity,
    AldreteInput,
    AldreteResult,
    Consciousness,
    Respiration,
    ScoreItem,
    aldrete,
)
from kiosk.domain.messages import Message
from kiosk.domain.vitals import check_positive, format_percent, percent_off, within_percent

__all__ = [
    "ALDRETE_PASS_TOTAL",
    "PADSS_PASS_TOTAL",
    "Activity",
    "AldreteInput",
    "AldreteResult",
    "Ambulation",
    "Bleeding",
    "Consciousness",
    "NauseaVomiting",
    "PadssInput",
    "PadssResult",
    "Respiration",
    "ScoreItem",
    "aldrete",
    "padss",
    "percent_off",
    "vital_signs_score",
]

PADSS_PASS_TOTAL = 9
"""A modified PADSS total of at least this is home-ready (Chung 1995)."""


class Ambulation(IntEnum):
    """PADSS ambulation item; the value is the item's score."""

    STEADY = 2
    NEEDS_HELP = 1
    UNABLE_OR_DIZZY = 0


class NauseaVomiting(IntEnum):
    """PADSS nausea/vomiting item; the value is the item's score."""

    MINIMAL_OR_ORAL = 2
    MODERATE_INJECTED = 1
    SEVERE_CONTINUING = 0


class Bleeding(IntEnum):
    """PADSS surgical-bleeding item; infusions record NOT_APPLICABLE (scores 2).

    There is no separate MINIMAL member: with the same value it would be an
    alias of NOT_APPLICABLE, and the record must show "not applicable".
    """

    NOT_APPLICABLE = 2
    MODERATE = 1
    SEVERE = 0


@dataclass(frozen=True)
class PadssInput:
    """What the nurse enters for one modified PADSS.

    Attributes:
        systolic: Current systolic BP, mmHg.
        pulse: Current pulse, beats per minute.
        baseline_systolic: Pre-treatment systolic BP, mmHg.
        baseline_pulse: Pre-treatment pulse, beats per minute.
        ambulation: How the patient walks.
        nausea_vomiting: Nausea and vomiting now.
        pain: Pain, 0-10.
        diastolic: Current diastolic BP, kept for the record; not scored.
        bleeding: Surgical bleeding; NOT_APPLICABLE for an infusion.

    Raises:
        ValueError: On a non-positive reading or baseline, or pain outside 0-10;
            the message names the field.
    """

    systolic: float
    pulse: float
    baseline_systolic: float
    baseline_pulse: float
    ambulation: Ambulation
    nausea_vomiting: NauseaVomiting
    pain: int
    diastolic: float | None = None
    bleeding: Bleeding = Bleeding.NOT_APPLICABLE

    def __post_init__(self) -> None:
        for name in ("systolic", "pulse", "baseline_systolic", "baseline_pulse"):
            check_positive(name, getattr(self, name))
        if self.diastolic is not None:
            check_positive("diastolic", self.diastolic)
        if isinstance(self.pain, bool) or not isinstance(self.pain, int):
            raise ValueError(f"pain must be a whole number 0-10, got {self.pain!r}")
        if not 0 <= self.pain <= 10:
            raise ValueError(f"pain must be 0-10, got {self.pain}")
        for name, kind in (
            ("ambulation", Ambulation),
            ("nausea_vomiting", NauseaVomiting),
            ("bleeding", Bleeding),
        ):
            if not isinstance(getattr(self, name), kind):
                raise ValueError(f"{name} must be a {kind.__name__}, got {getattr(self, name)!r}")


@dataclass(frozen=True)
class PadssResult:
    """A scored modified PADSS.

    Attributes:
        vital_signs: Vital-signs item, 0-2.
        ambulation: Ambulation item, 0-2.
        nausea_vomiting: Nausea/vomiting item, 0-2.
        pain: Pain item, 0-2.
        bleeding: Bleeding item, 0-2 (2 when not applicable).
        total: Sum of the five items, 0-10.
        items: The five items in order, each with its explanation.
    """

    vital_signs: int
    ambulation: int
    nausea_vomiting: int
    pain: int
    bleeding: int
    total: int
    items: tuple[ScoreItem, ...]

    @property
    def home_ready(self) -> bool:
        """Whether this one assessment reaches the home-ready total of 9."""
        return self.total >= PADSS_PASS_TOTAL


_AMBULATION_WORDS = {
    Ambulation.STEADY: "padss.ambulation.steady",
    Ambulation.NEEDS_HELP: "padss.ambulation.needs_help",
    Ambulation.UNABLE_OR_DIZZY: "padss.ambulation.unable",
}
_NAUSEA_WORDS = {
    NauseaVomiting.MINIMAL_OR_ORAL: "padss.nausea.minimal",
    NauseaVomiting.MODERATE_INJECTED: "padss.nausea.moderate",
    NauseaVomiting.SEVERE_CONTINUING: "padss.nausea.severe",
}
_PAIN_BANDS = {2: "padss.pain.low", 1: "padss.pain.middle", 0: "padss.pain.high"}
_VITAL_BANDS = {2: "padss.vital.within", 1: "padss.vital.some", 0: "padss.vital.far"}


_BLEEDING_WORDS = {
    Bleeding.NOT_APPLICABLE: "padss.bleeding.not_applicable",
    Bleeding.MODERATE: "padss.bleeding.moderate",
    Bleeding.SEVERE: "padss.bleeding.severe",
}


def vital_signs_score(
    systolic: float, pulse: float, baseline_systolic: float, baseline_pulse: float
) -> int:
    """Score the PADSS vital-signs item from systolic BP and pulse.

    Args:
        systolic: Current systolic BP.
        pulse: Current pulse.
        baseline_systolic: Pre-treatment systolic BP; must be above zero.
        baseline_pulse: Pre-treatment pulse; must be above zero.

    Returns:
        2 if both are within 20 % (inclusive), 1 if the worse is within 40 %
        (inclusive), else 0.
    """
    pairs = ((systolic, baseline_systolic), (pulse, baseline_pulse))
    if all(within_percent(value, base, 20) for value, base in pairs):
        return 2
    if all(within_percent(value, base, 40) for value, base in pairs):
        return 1
    return 0


def padss(inp: PadssInput) -> PadssResult:
    """Score a modified PADSS.

    Args:
        inp: The nurse's entries.

    Returns:
        The five item scores, the total and a plain-words explanation per item.
    """
    vital = vital_signs_score(inp.systolic, inp.pulse, inp.baseline_systolic, inp.baseline_pulse)
    bp_off = format_percent(percent_off(inp.systolic, inp.baseline_systolic))
    pulse_off = format_percent(percent_off(inp.pulse, inp.baseline_pulse))
    pain = 2 if inp.pain <= 3 else 1 if inp.pain <= 6 else 0
    items = (
        ScoreItem(
            "vital_signs",
            vital,
            Message(_VITAL_BANDS[vital], {"bp": bp_off, "pulse": pulse_off}),
        ),
        ScoreItem("ambulation", int(inp.ambulation), Message(_AMBULATION_WORDS[inp.ambulation])),
        ScoreItem("nausea_vomiting", int(inp.nausea_vomiting),
                  Message(_NAUSEA_WORDS[inp.nausea_vomiting])),
        ScoreItem("pain", pain, Message(_PAIN_BANDS[pain], {"pain": inp.pain})),
        ScoreItem("bleeding", int(inp.bleeding), Message(_BLEEDING_WORDS[inp.bleeding])),
    )
    return PadssResult(
        vital_signs=vital,
        ambulation=int(inp.ambulation),
        nausea_vomiting=int(inp.nausea_vomiting),
        pain=pain,
        bleeding=int(inp.bleeding),
        total=sum(item.score for item in items),
        items=items,
    )
