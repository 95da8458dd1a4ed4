"""The due check-in on offer, the patient's "in a few minutes", and the invitation card."""

from __future__ import annotations

from datetime import datetime

from kiosk.domain.records import CheckinKind, CheckinRecord, VisitRecord
from kiosk.services.container import Services
from kiosk.services.schedule import Place, SchedulePolicy
from kiosk.views import flow_cards as cards
from kiosk.views.patient.rest_page import RestPage
from kiosk.views.widgets.message_card import MessageCard


class Invitations:
    """Keeps the schedule in step and invites the patient gently.

    Attributes:
        offer: the due check-in (or pending ready-to-go questions), if any.
        snoozed_until: the patient asked for a few minutes until then.
    """

    def __init__(self, services: Services, policy: SchedulePolicy, card: MessageCard,
                 rest: RestPage) -> None:
        self._services = services
        self._policy = policy
        self._card = card
        self._rest = rest
        self.offer: CheckinRecord | None = None
        self.snoozed_until: datetime | None = None

    def refresh(self, visit: VisitRecord, place: Place, last_touch: datetime, *,
                eager: bool = False) -> None:
        """Record due and missed check-ins; invite if the rules say now.

        Raises:
            StorageError: the database could not be read (the caller retries later).
        """
        offer = self._services.checkins.refresh_schedule(visit)
        if offer is None or self.offer is None or offer.id != self.offer.id:
            self.snoozed_until = None  # a new check-in: any earlier snooze is over
        self.offer = offer
        now = self._services.clock.now()
        snoozed = self.snoozed_until is not None and now < self.snoozed_until
        self._rest.set_checkin_due(offer is not None and not snoozed)
        if offer is not None and self._card.card is None and self._policy.should_invite(
                offer, place, now=now, last_touch=last_touch,
                snoozed_until=self.snoozed_until, eager=eager):
            self._card.show_card(cards.invite_card(offer.kind is CheckinKind.READY_TO_GO))

    def use_policy(self, policy: SchedulePolicy) -> None:
        """Follow new timing rules (settings changed); a snooze already given stays."""
        self._policy = policy

    def snooze(self) -> None:
        """"In a few minutes": wait, but never beyond the next due time."""
        if self.offer is not None:
            self.snoozed_until = self._policy.snooze_until(self.offer,
                                                           self._services.clock.now())
        self._rest.set_checkin_due(False)

    def forget(self) -> None:
        """Nothing on offer (the check-in was done, or the visit ended)."""
        self.offer = None
        self.snoozed_until = None
        self._rest.set_checkin_due(False)
