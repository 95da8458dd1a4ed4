"""Larger text for a patient who asks for it: the fonts of the patient pages, scaled.

The theme's body text is 22 pt; "Larger text" makes it 28 pt and scales every
other size of our stylesheet by the same factor. The scaled sizes go into a
style sheet set on each patient page (a widget's own style sheet beats the
application's), so nurse pages and the top bar keep their sizes.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

BODY_PT = 22
LARGER_PT = 28
BUTTON_PT = 24  # a button's words grow less: a tile cannot wrap its line
MARKER = "Recovery Kiosk overrides"
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIZE = re.compile(r"font-size:\s*(\d+)pt")


def scaled_font_rules(stylesheet: str, factor: float = LARGER_PT / BODY_PT) -> str:
    """Only the font sizes of our overrides, multiplied by ``factor``.

    Reading text grows by ``factor`` (22 -> 28 pt); buttons by a third of it
    (22 -> 24 pt), so a tile's single line still fits its column.

    Args:
        stylesheet: the application's full style sheet (qt-material plus ours).
        factor: how much larger (28/22 by default).
    """
    ours = stylesheet.split(MARKER, 1)[-1]
    ours = ours.split("*/", 1)[-1]  # the rest of the comment naming our part
    ours = re.sub(r"/\*.*?\*/", "", ours, flags=re.DOTALL)
    rules = []
    for selectors, body in _RULE.findall(ours):
        size = _SIZE.search(body)
        if size is not None:
            scale = factor if "QPushButton" not in selectors else \
                1 + (factor - 1) * (BUTTON_PT - BODY_PT) / (LARGER_PT - BODY_PT)
            points = round(int(size.group(1)) * scale)
            rules.append(f"{selectors.strip()} {{ font-size: {points}pt; }}")
    # Answer tiles sit two to a row and cannot wrap: their words keep the normal size.
    rules.append(f'QPushButton[role="tile"] {{ font-size: {BODY_PT}pt; }}')
    return "\n".join(rules)


class TextSize:
    """Applies the normal or the larger size to patient pages.

    Attributes:
        larger: True while the larger size is chosen.
    """

    def __init__(self, stylesheet: str) -> None:
        self._rules = scaled_font_rules(stylesheet)
        self.larger = False

    def apply(self, page: QWidget) -> None:
        """Give ``page`` the size chosen now (cheap when it already has it)."""
        wanted = self._rules if self.larger else ""
        if page.styleSheet() != wanted:
            page.setStyleSheet(wanted)
