"""The pre-treatment vital signs a visit may be opened with, and what is wrong with them.

One rule for every caller: the visit service refuses a visit whose baseline
breaks it, and the start-visit page names each problem in the nurse's language.
Each reading may be left out. The start-visit form also asks for both
blood-pressure numbers or neither (``pair_required``); other callers may give
a systolic baseline alone, which is all the readiness rules compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

BASELINE_RANGES: dict[str, tuple[int, int]] = {
    "systolic": (70, 250), "diastolic": (30, 150), "pulse": (30, 200)}
"""Plausible resting values (mmHg, mmHg, beats a minute), both ends allowed."""

LABELS = {"systolic": "Systolic BP", "diastolic": "Diastolic BP", "pulse": "Pulse"}


class Fault(StrEnum):
    """What is wrong with a baseline."""

    OUT_OF_RANGE = "out_of_range"  # ``field`` is outside BASELINE_RANGES
    HALF_PRESSURE = "half_pressure"  # one blood-pressure number without the other
    PRESSURE_ORDER = "pressure_order"  # diastolic not below systolic


@dataclass(frozen=True)
class BaselineProblem:
    """One fault of a baseline.

    Attributes:
        fault: what kind of fault.
        field: the reading concerned ("systolic", "diastolic", "pulse"), or
            "blood_pressure" for the two pressure faults.
    """

    fault: Fault
    field: str

    @property
    def limits(self) -> tuple[int, int] | None:
        """The allowed range of the reading (out-of-range faults only)."""
        return BASELINE_RANGES.get(self.field) if self.fault is Fault.OUT_OF_RANGE else None

    @property
    def message(self) -> str:
        """Plain English for logs and callers without translations."""
        if self.fault is Fault.OUT_OF_RANGE:
            lo, hi = BASELINE_RANGES[self.field]
            return f"{LABELS[self.field]}: enter a number from {lo} to {hi}."
        if self.fault is Fault.HALF_PRESSURE:
            return "Blood pressure: enter both numbers, or neither."
        return "Blood pressure: the first number must be the larger one."


def baseline_problems(systolic: int | None, diastolic: int | None, pulse: int | None, *,
                      pair_required: bool = False) -> list[BaselineProblem]:
    """Every fault of a baseline, in the order the form shows the fields (none: fine).

    Args:
        systolic: systolic blood pressure, mmHg, or None.
        diastolic: diastolic blood pressure, mmHg, or None.
        pulse: beats a minute, or None.
        pair_required: one blood-pressure number without the other is a fault.
    """
    problems = [BaselineProblem(Fault.OUT_OF_RANGE, name)
                for name, value in (("systolic", systolic), ("diastolic", diastolic),
                                    ("pulse", pulse))
                if value is not None and not _in_range(name, value)]
    if pair_required and (systolic is None) != (diastolic is None):
        problems.append(BaselineProblem(Fault.HALF_PRESSURE, "blood_pressure"))
    elif systolic is not None and diastolic is not None and not problems \
            and diastolic >= systolic:
        problems.append(BaselineProblem(Fault.PRESSURE_ORDER, "blood_pressure"))
    return problems


def _in_range(name: str, value: int) -> bool:
    lo, hi = BASELINE_RANGES[name]
    return not isinstance(value, bool) and isinstance(value, int) and lo <= value <= hi
