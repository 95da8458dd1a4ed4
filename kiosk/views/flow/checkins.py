"""The flow's side of check-ins: when one is due, the invitation, and its screens.

The check-in run itself (answers, back, saving) is the driver's
(:mod:`kiosk.views.flow.answers`); the timing rules are the schedule policy's
(:mod:`kiosk.services.schedule`); the invitation card is :mod:`.invite`'s. This
module reads the offer on the worker when it may have changed, opens a check-in
when the patient begins one, and moves the flow to the check-in, thanks or
goodbye state as the run goes.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from kiosk.domain.records import CheckinRecord, VisitRecord
from kiosk.services.container import Services
from kiosk.services.schedule import Place
from kiosk.views.flow import cards
from kiosk.views.flow.screens import ACTIVITIES, BUSY, Screen
from kiosk.views.operations import CollectionOp

if TYPE_CHECKING:
    from kiosk.views.flow.controller import FlowController

log = logging.getLogger(__name__)

RETRY_MS = 3000


class CheckinSteps:
    """Offers, begins and follows the check-ins of the flow's visit."""

    def __init__(self, flow: FlowController) -> None:
        self._flow = flow
        self._loading = False

    def place(self) -> Place:
        """Where the patient is, as the schedule policy sees it."""
        screen = self._flow.screen
        if screen is Screen.REST:
            return Place.RESTING
        if screen in ACTIVITIES:
            return Place.ACTIVITY
        return Place.BUSY if screen in BUSY else Place.QUIET

    def check_due(self, *, eager: bool = False) -> None:
        """Invite if a check-in is due (reading the offer on the worker only if it may differ)."""
        flow = self._flow
        visit = flow.visit
        if visit is None or flow.suspended or self.place() is Place.BUSY:
            return
        now = flow.services.clock.now()
        if not (eager or flow.invitations.needs_reload(visit, now)):
            flow.invitations.consider(self.place(), flow.last_touch)
            return
        if self._loading:
            return  # one read at a time, however long the database takes
        self._loading = True

        def failed(_error: Exception) -> None:
            self._loading = False
            log.warning("database unavailable while checking the schedule; will retry")

        CollectionOp(flow, flow.services, lambda s: s.checkins.refresh_schedule(visit)).success(
            lambda offer: self._offer_loaded(visit, offer, now, eager)).failure(failed).run()

    def _offer_loaded(self, visit: VisitRecord, offer: CheckinRecord | None,
                      checked_at: datetime, eager: bool) -> None:
        self._loading = False
        flow = self._flow
        if flow.visit is None or flow.visit.id != visit.id:
            return
        flow.invitations.reloaded(offer, checked_at)
        if not flow.suspended and self.place() is not Place.BUSY:
            flow.invitations.consider(self.place(), flow.last_touch, eager=eager)

    def begin(self) -> None:
        """The patient tapped Begin on the welcome screen: the due check-in, or the hub."""
        flow = self._flow
        visit = flow.visit
        if visit is None:
            return

        def failed(_error: Exception) -> None:
            flow.card.show_card(cards.saving_card())
            QTimer.singleShot(RETRY_MS, self._retry_begin)

        CollectionOp(flow, flow.services, lambda s: s.checkins.refresh_schedule(visit)).success(
            lambda offer: self._begin_with(visit, offer)).failure(failed).run()

    def _begin_with(self, visit: VisitRecord, offer: CheckinRecord | None) -> None:
        flow = self._flow
        if flow.visit is None or flow.visit.id != visit.id:
            return
        if offer is None:
            flow.move_to(Screen.HUB)
        else:
            flow.checkin.begin(offer, visit.language)

    def _retry_begin(self) -> None:
        card = self._flow.card
        if card.card is not None and card.card.key == cards.SAVING:
            card.dismiss()
            self.begin()

    def requested(self) -> None:
        """The patient asked for a check-in from the hub: the due one, or one now."""
        flow = self._flow
        visit = flow.visit
        if visit is None:
            return

        def open_one(s: Services) -> CheckinRecord | None:
            return s.checkins.refresh_schedule(visit) or s.checkins.start_now(visit.id)

        CollectionOp(flow, flow.services, open_one).success(
            lambda record: self._begin_with(visit, record)).failure(
            lambda _error: flow.card.show_card(cards.saving_card())).run()

    def item_shown(self, ready_to_go: bool) -> None:
        """An item is on the check-in page: the flow is in the check-in."""
        card = self._flow.card
        if card.card is not None and card.card.key == cards.INVITE:
            card.dismiss()
        self._flow.move_to(Screen.READY_TO_GO if ready_to_go else Screen.CHECKIN)

    def finished(self, ready_to_go: bool) -> None:
        """The run is complete: thanks, or goodbye after the ready-to-go questions."""
        self._flow.invitations.forget()
        self._flow.move_to(Screen.GOODBYE if ready_to_go else Screen.THANKS)

    def card_chosen(self, card_key: str, button: str) -> None:
        """A button on a card: start or snooze the invitation (the fault card stays)."""
        flow = self._flow
        flow.note_activity()
        flow.card.dismiss()
        if flow.fault_state.active:
            flow.fault_state.show_card()  # nothing more can be saved: the calm state stays
            return
        offer = flow.invitations.offer
        if card_key != cards.INVITE or offer is None or flow.visit is None:
            return
        if button == cards.START:
            flow.checkin.begin(offer, flow.visit.language)
        else:
            flow.invitations.snooze()
