"""What makes a new PIN acceptable: digits only, six or more, not trivial to guess.

Trivial PINs are the ones tried first by anyone at the pad: one digit repeated
(000000), a straight run up or down (123456, 987654) and a short block
repeated (121212, 123123).
"""

from __future__ import annotations

from itertools import pairwise

from kiosk.domain.notice import QT_TRANSLATE_NOOP, Notice

PIN_MIN_LENGTH = 6
_CONTEXT = "StaffService"


def _straight_run(pin: str) -> bool:
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(pin)}
    return steps in ({1}, {9})  # up or down by one, wrapping 9 -> 0 too (890123)


def _repeated_block(pin: str) -> bool:
    return any(len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size)
               for size in (1, 2, 3))


def pin_problem(pin: str) -> Notice | None:
    """Why ``pin`` cannot be a new PIN, or None when it can."""
    if not pin.isdigit() or not pin.isascii():
        return Notice(_CONTEXT, QT_TRANSLATE_NOOP("StaffService", "The PIN must be digits only."))
    if len(pin) < PIN_MIN_LENGTH:
        return Notice(_CONTEXT, QT_TRANSLATE_NOOP("StaffService",
                                                  "The PIN needs at least %1 digits."),
                      (str(PIN_MIN_LENGTH),))
    if len(set(pin)) == 1:
        return Notice(_CONTEXT, QT_TRANSLATE_NOOP(
            "StaffService", "Choose a PIN that is not one digit repeated."))
    if _straight_run(pin):
        return Notice(_CONTEXT, QT_TRANSLATE_NOOP(
            "StaffService", "Choose a PIN that is not a run of digits like 123456."))
    if _repeated_block(pin):
        return Notice(_CONTEXT, QT_TRANSLATE_NOOP(
            "StaffService", "Choose a PIN that is not a repeated pattern like 121212."))
    return None
