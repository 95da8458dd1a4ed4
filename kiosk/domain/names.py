"""How the kiosk addresses a patient."""

from __future__ import annotations


def first_name(label: str) -> str:
    """The first word of a patient label ("Maya R." -> "Maya"), used to greet them."""
    words = label.split()
    return words[0] if words else ""
