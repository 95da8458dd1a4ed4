"""The calm messages the flow shows over a page, written for a patient after an infusion.

Every text is looked up in the "FlowCards" context when the card is built; each
card can build itself again (``Card.remake``), so a card on screen follows a
language switch.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from kiosk.domain.records import AlertRecord, Severity
from kiosk.views.widgets.message_card import Card, CardButton, buttons

ALERT = "alert"
INVITE = "invite"
SAVING = "saving"
OK = "ok"  # the key of the single "Okay" button
START = "start"
LATER = "later"


translate = QCoreApplication.translate  # lupdate reads translate("FlowCards", ...)


def _okay() -> tuple[CardButton, ...]:
    return buttons((OK, translate("FlowCards", "Okay"), "primary"))


def alert_card(alerts: tuple[AlertRecord, ...]) -> Card:
    """After an answer raised an alert: a nurse is coming, keep going or rest."""
    remake = partial(alert_card, alerts)
    if any(a.severity in (Severity.URGENT, Severity.REQUEST) for a in alerts):
        return Card(ALERT, translate("FlowCards", "A nurse has been asked to come and see you"),
                    translate("FlowCards", "You can keep going, or just rest."), _okay(),
                    remake)
    return Card(ALERT, translate("FlowCards", "Thank you for telling us"),
                translate("FlowCards", "We have let your nurse know, and they will come by "
                                       "to see how you are. You can keep going, or just rest."),
                _okay(), remake)


def invite_card(ready_to_go: bool) -> Card:
    """A soft invitation to the due check-in or to the last questions before going home."""
    if ready_to_go:
        title = translate("FlowCards", "A few last questions before you go home")
        body = translate("FlowCards", "Your nurse would like you to answer them when you are "
                                      "ready.")
    else:
        title = translate("FlowCards", "It's time for a short check-in")
        body = translate("FlowCards", "A few quick questions about how you feel. There is "
                                      "no rush.")
    choices = buttons((START, translate("FlowCards", "Start now"), "primary"),
                      (LATER, translate("FlowCards", "In a few minutes"), ""))
    return Card(INVITE, title, body, choices, partial(invite_card, ready_to_go))


def saving_card() -> Card:
    """The database did not take the answer yet; the app keeps trying."""
    return Card(SAVING, translate("FlowCards", "Saving is taking a moment"),
                translate("FlowCards", "Your answer is still here and the tablet keeps "
                                       "trying. If this message does not go away, please "
                                       "tell a nurse."),
                remake=saving_card)
