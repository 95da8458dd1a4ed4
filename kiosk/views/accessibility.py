"""Screen-reader names, descriptions and announcements (QAccessible).

Qt names a button after its text, but a scale button's "2" or the PIN dots'
"● ●" mean nothing read aloud out of context. These helpers give a widget a
name and description that stand alone, and tell assistive technology when
something appears that the patient did not ask for (a message card, an alert).
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

# QAccessible is imported where it is used: PySide6 builds its ~300 enum members
# on first touch (several ms), and the pages a restart paints first only name
# widgets that are not on screen yet (widgets/by_name.py).


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Give ``widget`` an accessible name (and description), telling readers of a change."""
    # A widget not on screen has no change to tell: a reader asks for its name
    # and description when it appears.
    shown = widget.isVisible()
    if widget.accessibleName() != text:
        widget.setAccessibleName(text)
        if shown:
            _notify(widget, "NameChanged")
    if description and widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)
        if shown:
            _notify(widget, "DescriptionChanged")


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now, as an alert raised by ``widget``."""
    widget.setAccessibleDescription(text)
    _notify(widget, "Alert")


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (its own or Qt's from its text)."""
    from PySide6.QtGui import QAccessible

    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def scale_button_name(value: int, maximum: int, question: str) -> str:
    """The name of one scale button ("2 of 10, how sick...") in the current language."""
    return QCoreApplication.translate("Accessibility", "%1 of %2, %3").replace(
        "%1", str(value)).replace("%2", str(maximum)).replace("%3", question)


def pin_dots_name(count: int, needed: int) -> str:
    """What the PIN dots say ("3 of 6 digits entered") in the current language."""
    if count == 0:
        return QCoreApplication.translate("Accessibility", "No digits entered yet")
    if count > needed:
        return QCoreApplication.translate("Accessibility", "%1 digits entered").replace(
            "%1", str(count))
    return QCoreApplication.translate("Accessibility", "%1 of %2 digits entered").replace(
        "%1", str(count)).replace("%2", str(needed))


def _notify(widget: QWidget, kind: Literal["NameChanged", "DescriptionChanged", "Alert"]) -> None:
    """Tell a listening screen reader of the QAccessible event named ``kind``."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    if QAccessible.isActive():  # building events costs nothing when no reader listens
        event: QAccessible.Event = getattr(QAccessible.Event, kind)
        QAccessible.updateAccessibility(QAccessibleEvent(widget, event))
