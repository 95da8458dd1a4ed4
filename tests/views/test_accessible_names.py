"""Every interactive widget on every screen has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QWidget,
)
from screen_audit import all_shots, opened, shown

from kiosk.views.accessibility import accessible_name

# Larger-text copies of the patient screens: same colours and names (test_larger_text).
SHOTS = {n: s for n, s in all_shots().items() if "_large_" not in n}
INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView,
               QAbstractScrollArea, QAbstractSlider, QTabBar)


def needs_name(widget: QWidget) -> bool:
    """Controls, text boxes, lists, scroll areas, and every page a stack shows."""
    if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
        return False  # the line edit inside a spin box speaks through the spin box
    if isinstance(widget, QScrollBar | QHeaderView):
        return False  # parts of a scroll area or table, which carry the name
    if isinstance(widget, INTERACTIVE):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QStackedWidget) and parent.currentWidget() is widget:
        return True
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


@pytest.mark.parametrize("name", sorted(SHOTS))
def test_every_interactive_widget_has_an_accessible_name(qapp, name):
    missing = []
    with opened(name, SHOTS[name]) as root:
        for widget in shown(root):
            if needs_name(widget) and not accessible_name(widget):
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert not missing, "no accessible name: " + ", ".join(missing)


def test_scale_buttons_and_pin_dots_read_in_full(qapp):
    shots = SHOTS
    with opened("patient_checkin_scale", shots["patient_checkin_scale"]) as root:
        two = root.findChild(QWidget, "scale2")
        assert accessible_name(two) == "2 of 10, How sick to your stomach do you feel right now?"
        assert "not at all" in root.findChild(QWidget, "scale0").accessibleDescription()
    with opened("patient_staff_pin", shots["patient_staff_pin"]) as root:
        assert accessible_name(root.findChild(QWidget, "dotsLabel")) == "2 of 6 digits entered"


def test_a_message_card_is_announced(qapp, qtbot, monkeypatch):
    from PySide6.QtGui import QAccessible

    from kiosk.views.widgets.message_card import Card, MessageCard

    events = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        staticmethod(lambda event: events.append(
                            (event.type(), event.object().accessibleDescription()))))
    host = QWidget()
    qtbot.addWidget(host)
    card = MessageCard(host)
    card.show_card(Card("alert", "A nurse is on the way", "Stay where you are."))
    assert (QAccessible.Event.Alert, "A nurse is on the way. Stay where you are.") in events


def test_a_name_change_is_told_only_for_a_widget_on_screen(qapp, qtbot, monkeypatch):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QPushButton

    from kiosk.views.accessibility import name

    events = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        staticmethod(lambda event: events.append(event.type())))
    button = QPushButton("2")
    qtbot.addWidget(button)
    name(button, "2 of 10, how sick", "0 is not at all")
    assert button.accessibleName() == "2 of 10, how sick"
    assert events == []  # not on screen yet: a reader asks when it appears
    button.show()
    qtbot.waitExposed(button)
    name(button, "3 of 10, how sick", "10 is the worst")
    assert events == [QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged]
