"""The due check-in on offer, the patient's "in a few minutes", and the invitation card.

The offer is read from the database (on the worker, by the flow) only when it
may have changed: a due time has passed since the last look, the change feed
said so (:meth:`Invitations.mark_stale`), or the patient just came back from
an activity or rest. Between those, each tick decides from what it holds.
"""

from __future__ import annotations

from datetime import datetime

from kiosk.domain.records import CheckinKind, CheckinRecord, VisitRecord
from kiosk.services.checkins import due_times
from kiosk.services.container import Services
from kiosk.services.schedule import Place, SchedulePolicy
from kiosk.views.flow import cards
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
        self._checked_at: datetime | None = None
        self._stale = True

    def needs_reload(self, visit: VisitRecord, now: datetime) -> bool:
        """True when the offer may have changed since it was last read."""
        if self._stale or self._checked_at is None:
            return True
        latest = due_times(visit.infusion_end, self._policy.interval, now)[-1]
        return self._checked_at < latest <= now

    def mark_stale(self) -> None:
        """Something changed in the database (a ready-to-go request, a resync)."""
        self._stale = True

    def reloaded(self, offer: CheckinRecord | None, checked_at: datetime) -> None:
        """The offer as read from the database at ``checked_at``."""
        if offer is None or self.offer is None or offer.id != self.offer.id:
            self.snoozed_until = None  # a new check-in: any earlier snooze is over
        self.offer = offer
        self._checked_at = checked_at
        self._stale = False

    def consider(self, place: Place, last_touch: datetime, *, eager: bool = False) -> None:
        """Invite now if the rules say so, from the offer held (no database)."""
        offer = self.offer
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
        self._stale = True
        self._rest.set_checkin_due(False)
