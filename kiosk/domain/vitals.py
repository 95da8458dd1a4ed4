"""Blood-pressure and pulse deviation helpers shared by the scores and readiness rules.

Discharge rules compare a current reading with the patient's pre-treatment
baseline ("within 20 % of baseline"). Floating-point division can put a reading
that is exactly on a boundary a hair to either side of it (``24 / 120 * 100`` is
not exactly ``20.0``), so every band test here compares exact fractions. The
boundaries are inclusive: a reading exactly 20 % off *is* within 20 %.
"""

from __future__ import annotations

import math
from fractions import Fraction


def check_positive(field: str, value: float) -> None:
    """Reject a reading or baseline that is not a finite number above zero.

    Args:
        field: Name of the input field, used in the error message.
        value: The number to check.

    Raises:
        ValueError: If ``value`` is a bool, not finite, or not above zero.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{field} must be a number, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{field} must be a positive number, got {value!r}")


def percent_off(value: float, baseline: float) -> float:
    """Return how far ``value`` is from ``baseline``, as a percentage of the baseline.

    The result is unsigned: 96 and 144 are both 20 % off a baseline of 120.
    Use it for display; use :func:`within_percent` to test a boundary.

    Args:
        value: The current reading (for example systolic BP in mmHg).
        baseline: The pre-treatment reading; must be above zero.

    Returns:
        The absolute deviation in percent of the baseline.

    Raises:
        ValueError: If ``baseline`` is not a positive number or ``value`` is not finite.
    """
    check_positive("baseline", baseline)
    if isinstance(value, bool) or not math.isfinite(value):
        raise ValueError(f"value must be a finite number, got {value!r}")
    return float(_exact_percent_off(value, baseline))


def within_percent(value: float, baseline: float, percent: float) -> bool:
    """Tell whether ``value`` is within ``percent`` % of ``baseline``, boundary included.

    Args:
        value: The current reading.
        baseline: The pre-treatment reading; must be above zero.
        percent: The allowed deviation in percent (for example 20).

    Returns:
        True when the deviation is at most ``percent`` %; exactly on the
        boundary counts as within.

    Raises:
        ValueError: If ``baseline`` is not positive or a number is not finite.
    """
    check_positive("baseline", baseline)
    if isinstance(value, bool) or not math.isfinite(value):
        raise ValueError(f"value must be a finite number, got {value!r}")
    if not math.isfinite(percent) or percent < 0:
        raise ValueError(f"percent must be a finite number of at least 0, got {percent!r}")
    return _exact_percent_off(value, baseline) <= Fraction(percent)


def direction(value: float, baseline: float) -> str:
    """Return "above", "below" or "at" to describe a reading against its baseline.

    Args:
        value: The current reading.
        baseline: The pre-treatment reading.

    Returns:
        One plain word for a label.
    """
    if value > baseline:
        return "above"
    if value < baseline:
        return "below"
    return "at"


def format_percent(percent: float) -> str:
    """Format a percentage for a label: whole numbers bare, others to one decimal.

    The value is rounded *up* to one decimal so a label never shows a deviation
    smaller than the one that was scored (20.04 % shows as "20.1", not "20").

    Args:
        percent: The percentage to show.

    Returns:
        For example ``"20"`` or ``"20.4"`` (without the ``%`` sign).
    """
    text = f"{math.ceil(percent * 10) / 10:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _exact_percent_off(value: float, baseline: float) -> Fraction:
    """Return the unsigned deviation in percent as an exact fraction."""
    return abs(Fraction(value) - Fraction(baseline)) * 100 / Fraction(baseline)
