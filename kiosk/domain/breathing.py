"""Guided-breathing timing: patterns, the phase at a moment, cycles in a session.

Pure Python (no Qt), so the timing is tested without a QApplication. All times
are in seconds since the session began.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum


class PhaseKind(Enum):
    """What the patient does during one phase."""

    INHALE = "in"
    HOLD = "hold"
    EXHALE = "out"
    REST = "rest"  # the empty-lungs hold of box breathing


@dataclass(frozen=True)
class Phase:
    """One step of a breathing cycle.

    Attributes:
        kind: breathe in, hold, breathe out or rest.
        seconds: how long the step lasts.
    """

    kind: PhaseKind
    seconds: float


@dataclass(frozen=True)
class Pattern:
    """A named breathing rhythm repeated for the whole session.

    Attributes:
        key: stable identifier ("box", "4-7-8").
        phases: one cycle, in order.
    """

    key: str
    phases: tuple[Phase, ...]

    @property
    def cycle_seconds(self) -> float:
        """Length of one full cycle."""
        return sum(p.seconds for p in self.phases)


BOX = Pattern("box", (Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.HOLD, 4),
                      Phase(PhaseKind.EXHALE, 4), Phase(PhaseKind.REST, 4)))
FOUR_SEVEN_EIGHT = Pattern("4-7-8", (Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.HOLD, 7),
                                     Phase(PhaseKind.EXHALE, 8)))
PATTERNS: dict[str, Pattern] = {BOX.key: BOX, FOUR_SEVEN_EIGHT.key: FOUR_SEVEN_EIGHT}
DURATIONS_MINUTES: tuple[int, ...] = (1, 3, 5)


def total_cycles(pattern: Pattern, minutes: float) -> int:
    """Whole cycles closest to the chosen duration (at least one).

    A session always ends after a full breath out, so it may be a few seconds
    longer or shorter than the minutes chosen.
    """
    if minutes <= 0:
        raise ValueError("a session needs a positive duration")
    return max(1, round(minutes * 60 / pattern.cycle_seconds))


def session_seconds(pattern: Pattern, cycles: int) -> float:
    """How long a session of ``cycles`` cycles lasts."""
    return pattern.cycle_seconds * cycles


@dataclass(frozen=True)
class PhaseAt:
    """Where a session is at one moment.

    Attributes:
        kind: the current phase kind (the last one once finished).
        index: position of the phase within its cycle.
        cycle: zero-based cycle number.
        elapsed_in_phase: seconds since the phase began.
        seconds: length of the phase.
        finished: the session is over.
    """

    kind: PhaseKind
    index: int
    cycle: int
    elapsed_in_phase: float
    seconds: float
    finished: bool

    @property
    def remaining(self) -> float:
        """Seconds left in this phase."""
        return max(0.0, self.seconds - self.elapsed_in_phase)

    @property
    def progress(self) -> float:
        """How far through the phase, 0 to 1."""
        return min(1.0, self.elapsed_in_phase / self.seconds) if self.seconds else 1.0


def phase_at(pattern: Pattern, elapsed: float, cycles: int) -> PhaseAt:
    """The phase ``elapsed`` seconds into a session of ``cycles`` cycles."""
    total = session_seconds(pattern, cycles)
    last = len(pattern.phases) - 1
    if elapsed >= total:
        final = pattern.phases[last]
        return PhaseAt(final.kind, last, cycles - 1, final.seconds, final.seconds, True)
    elapsed = max(0.0, elapsed)
    cycle = min(cycles - 1, math.floor(elapsed / pattern.cycle_seconds))
    within = elapsed - cycle * pattern.cycle_seconds
    for index, phase in enumerate(pattern.phases):
        if within < phase.seconds or index == last:
            return PhaseAt(phase.kind, index, cycle, within, phase.seconds, False)
        within -= phase.seconds
    raise AssertionError("unreachable")  # pragma: no cover


def circle_level(kind: PhaseKind, progress: float) -> float:
    """How full the breathing circle is (0 small, 1 big) for a phase and progress."""
    progress = min(1.0, max(0.0, progress))
    if kind is PhaseKind.INHALE:
        return progress
    if kind is PhaseKind.EXHALE:
        return 1.0 - progress
    return 1.0 if kind is PhaseKind.HOLD else 0.0


def target_level(kind: PhaseKind) -> float:
    """The circle size a phase ends at."""
    return circle_level(kind, 1.0)
