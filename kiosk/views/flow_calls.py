"""Call a nurse: store the call (once a minute at most) and say calmly that it worked."""

from __future__ import annotations

from datetime import timedelta

from kiosk.domain.errors import StorageError
from kiosk.services.alerts import CALL_NURSE_RULE
from kiosk.services.container import Services
from kiosk.views import flow_cards as cards
from kiosk.views.widgets.message_card import Card

CALL_REPEAT = timedelta(minutes=1)


def call_nurse(services: Services, visit_id: int) -> Card:
    """Raise a call-a-nurse alert unless one was raised in the last minute.

    Returns:
        The card to show: the call is on its way, or (database trouble) how else
        to get a nurse.
    """
    now = services.clock.now()
    try:
        recent = [a for a in services.alerts.for_visit(visit_id, open_only=True)
                  if a.rule_id == CALL_NURSE_RULE and now - a.raised_at < CALL_REPEAT]
        if not recent:
            services.alerts.call_nurse(visit_id)
    except StorageError:
        return cards.call_failed_card()
    return cards.call_nurse_card()
