"""The calm messages the flow shows over a page, written for a patient after an infusion."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.storage.records import AlertRecord, Severity
from kiosk.views.widgets.message_card import Card, buttons

ALERT = "alert"
CALL_NURSE = "call-nurse"
CALL_FAILED = "call-failed"
INVITE = "invite"
SAVING = "saving"
OK = "ok"  # the key of the single "Okay" button
START = "start"
LATER = "later"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FlowCards", text)


def alert_card(alerts: tuple[AlertRecord, ...]) -> Card:
    """After an answer raised an alert: a nurse is coming, keep going or rest."""
    if any(a.severity in (Severity.URGENT, Severity.REQUEST) for a in alerts):
        title = _tr("A nurse has been asked to come and see you")
    else:
        title = _tr("Thank you for telling us")
        return Card(ALERT, title, _tr("We have let your nurse know, and they will come by "
                                      "to see how you are. You can keep going, or just rest."),
                    buttons((OK, _tr("Okay"), "primary")))
    return Card(ALERT, title, _tr("You can keep going, or just rest."),
                buttons((OK, _tr("Okay"), "primary")))


def call_nurse_card() -> Card:
    """After the patient tapped call a nurse."""
    return Card(CALL_NURSE, _tr("A nurse has been asked to come"),
                _tr("They will be with you soon. You can stay where you are and breathe "
                    "slowly."), buttons((OK, _tr("Okay"), "primary")))


def call_failed_card() -> Card:
    """The call could not be stored: say so plainly and give another way."""
    return Card(CALL_FAILED, _tr("The tablet could not send your call"),
                _tr("Please wave or call out, and a nurse will come to you."),
                buttons((OK, _tr("Okay"), "primary")))


def invite_card(ready_to_go: bool) -> Card:
    """A soft invitation to the due check-in or to the last questions before going home."""
    if ready_to_go:
        title = _tr("A few last questions before you go home")
        body = _tr("Your nurse would like you to answer them when you are ready.")
    else:
        title = _tr("It's time for a short check-in")
        body = _tr("A few quick questions about how you feel. There is no rush.")
    return Card(INVITE, title, body, buttons((START, _tr("Start now"), "primary"),
                                             (LATER, _tr("In a few minutes"), "")))


def saving_card() -> Card:
    """The database did not take the answer yet; the app keeps trying."""
    return Card(SAVING, _tr("Saving is taking a moment"),
                _tr("Your answer is still here and the tablet keeps trying. Please tell a "
                    "nurse if this stays."))
