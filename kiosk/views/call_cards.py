"""What the patient is told about their call, in their language.

"Your call was sent", then "Sam is on the way" once a nurse acknowledges
(the name only if the clinic allows), and, while the database cannot take the
call yet, a calm "please wave or call out". Like :mod:`kiosk.views.flow.cards`
each card can build itself again after a language switch.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from kiosk.views.widgets.message_card import Card, CardButton, buttons

CALL_SENT = "call-sent"
CALL_ON_WAY = "call-on-way"
CALL_WAITING = "call-waiting"
CALL_SENDING = "call-sending"
CALL_KEYS = (CALL_SENDING, CALL_SENT, CALL_ON_WAY, CALL_WAITING)
OK = "ok"

translate = QCoreApplication.translate  # lupdate reads translate("CallCards", ...)


def _okay() -> tuple[CardButton, ...]:
    return buttons((OK, translate("CallCards", "Okay"), "primary"))


def sending_card() -> Card:
    """At once on the tap: the call is kept on the tablet and on its way."""
    return Card(CALL_SENDING, translate("CallCards", "Calling a nurse"),
                translate("CallCards", "Your call is on its way to the nurses' station."),
                _okay(), sending_card)


def sent_card(*, again: bool = False) -> Card:
    """The call reached the nurses' station."""
    if again:  # a second tap: reassure, never send a duplicate
        body = translate("CallCards", "Your nurse already knows you called and will come "
                                      "soon. If you feel worse, wave or call out.")
    else:
        body = translate("CallCards", "A nurse will come to you soon. You can stay where "
                                      "you are and breathe slowly.")
    return Card(CALL_SENT, translate("CallCards", "Your call was sent"), body, _okay(),
                partial(sent_card, again=again))


def on_way_card(first_name: str | None) -> Card:
    """A nurse acknowledged: who is coming (or just "a nurse")."""
    if first_name:
        title = translate("CallCards", "%1 is on the way").replace("%1", first_name)
    else:
        title = translate("CallCards", "A nurse is on the way")
    return Card(CALL_ON_WAY, title,
                translate("CallCards", "They will be with you in a moment."),
                _okay(), partial(on_way_card, first_name))


def waiting_card() -> Card:
    """The tablet keeps trying to send the call: meanwhile, wave or call out."""
    return Card(CALL_WAITING, translate("CallCards", "Please wave or call out"),
                translate("CallCards", "The tablet is still sending your call. Wave or call "
                                       "out, and someone nearby will come to you."),
                _okay(), waiting_card)

