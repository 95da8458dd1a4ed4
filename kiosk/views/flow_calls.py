"""Call a nurse: say calmly at once that the call is on its way, store it behind the screen.

The card shows the moment the patient taps; the call is written by the
database worker (retried there until it lands, in order with the visit's
other writes), so a slow or locked database never delays the reassurance.
Only a call the database refuses outright turns the card into "how else to
get a nurse".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject

from kiosk.services.alerts import CALL_NURSE_RULE
from kiosk.services.container import Services
from kiosk.views import flow_cards as cards
from kiosk.views.operations import CollectionOp
from kiosk.views.widgets.message_card import Card

CALL_REPEAT = timedelta(minutes=1)


def store_call(services: Services, visit_id: int) -> bool:
    """Raise a call-a-nurse alert unless one was raised in the last minute (on the worker).

    Returns:
        True when a new alert was stored.
    """
    now = services.clock.now()
    recent = [a for a in services.alerts.for_visit(visit_id, open_only=True)
              if a.rule_id == CALL_NURSE_RULE and now - a.raised_at < CALL_REPEAT]
    if recent:
        return False
    services.alerts.call_nurse(visit_id)
    return True


def call_nurse(parent: QObject, services: Services, visit_id: int,
               show: Callable[[Card], None]) -> None:
    """Show the "a nurse is coming" card now and store the call on the worker.

    Args:
        parent: the view the operation belongs to.
        services: the app services.
        visit_id: whose call it is.
        show: puts a card on the patient's screen.
    """
    show(cards.call_nurse_card())
    CollectionOp(parent, services, lambda s: store_call(s, visit_id)).failure(
        lambda _error: show(cards.call_failed_card())).run()
