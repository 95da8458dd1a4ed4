"""Screen-reader names, descriptions and announcements (QAccessible).

Qt names a button after its text, but a scale button's "2" or the PIN dots'
"● ●" mean nothing read aloud out of context. These helpers give a widget a
name and description that stand alone, and tell assistive technology when
something appears that the patient did not ask for (a message card, an alert).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Give ``widget`` an accessible name (and description), telling readers of a change."""
    if widget.accessibleName() != text:
        widget.setAccessibleName(text)
        _notify(widget, QAccessible.Event.NameChanged)
    if description and widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)
        _notify(widget, QAccessible.Event.DescriptionChanged)


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now, as an alert raised by ``widget``."""
    widget.setAccessibleDescription(text)
    _notify(widget, QAccessible.Event.Alert)


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (its own or Qt's from its text)."""
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


def _notify(widget: QWidget, kind: QAccessible.Event) -> None:
    if QAccessible.isActive():  # building events costs nothing when no reader listens
        QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))
