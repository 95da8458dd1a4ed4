"""Each screen state's entry and clean-up steps: the table the flow's machine runs.

Most screens only show their page. The others:

- **the calming hub and each activity** start their page on entry and stop it
  on clean-up, so an exercise plays only while it is the state (a breathing
  session stops when the patient leaves breathing);
- **rest** covers the state it interrupted instead of ending it: entering rest
  remembers that state and any card over it, dims and slows the tick; leaving
  rest undoes that, and the covered state goes on exactly where it was. If the
  flow leaves rest for any other state (the visit ended meanwhile), the covered
  state's own clean-up runs as well.

A move into an activity the tablet does not offer, or into rest with no patient,
is refused (:class:`~kiosk.views.flow.machine.IllegalMove`).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from kiosk.views.flow.machine import State
from kiosk.views.flow.pages import (
    ActivityPage,
    HubPage,
    KeepsVisit,
    ShownPage,
    SpeaksLanguage,
    refuse,
)
from kiosk.views.flow.screens import ACTIVITIES, CALMING, Screen
from kiosk.views.widgets.message_card import MessageCard

if TYPE_CHECKING:
    from kiosk.views.flow.controller import FlowController

__all__ = ["REST_TICK_FACTOR", "CardHold", "FlowStates"]

REST_TICK_FACTOR = 5
"""While resting the flow ticks every 5 ticks' time instead of every tick."""


class CardHold:
    """A card put aside while something covers it (rest, a nurse at the tablet)."""

    def __init__(self, card: MessageCard) -> None:
        self._card = card
        self._held = False

    def hold(self) -> None:
        """Hide the card on screen, if any, to bring it back later."""
        self._held = self._card.card is not None
        self._card.hide()

    def release(self) -> None:
        """Bring back the card put aside (if it is still the flow's card)."""
        if self._held and self._card.card is not None:
            self._card.show()
            self._card.raise_()
        self._held = False


class FlowStates:
    """The steps of every screen state of one flow, and the calming pages they drive.

    Attributes:
        hub: the calming hub page.
        activities: each calming activity's page built so far.
        before_rest: the state rest covers (while resting).
    """

    def __init__(self, flow: FlowController) -> None:
        self._flow = flow
        hub = flow.calming.hub
        if not isinstance(hub, HubPage):
            refuse(hub, HubPage, "the calming hub")
        self.hub: HubPage = hub
        self.activities: dict[Screen, ActivityPage] = {}
        self.before_rest = Screen.IDLE
        self._language: str | None = None

    def table(self) -> dict[Screen, State]:
        """Screen -> its steps, for every screen of the tablet."""
        states = {screen: State() for screen in Screen}
        for screen in CALMING:
            states[screen] = State(enter=partial(self._calming_entered, screen),
                                   cleanup=partial(self._calming_left, screen),
                                   refusal=partial(self._not_offered, screen))
        states[Screen.REST] = State(enter=self._rest_entered, cleanup=self._rest_left,
                                    refusal=self._no_patient)
        return states

    # --- calming hub and activities ---------------------------------------------------

    def add_activity(self, key: str, page: QWidget) -> None:
        """An activity page exists (at once, or on first use): stack, wire and update it."""
        if not isinstance(page, ActivityPage):
            refuse(page, ActivityPage, f"the {key!r} activity page")
        flow = self._flow
        screen = Screen(key)
        flow.pages[screen] = page
        self.activities[screen] = page
        flow.window.stack.addWidget(page)
        page.finished.connect(self.activity_finished)
        if self._language is not None and isinstance(page, SpeaksLanguage):
            page.set_language(self._language)
        if flow.visit is not None and isinstance(page, KeepsVisit):
            page.load(flow.visit.id)

    def use_language(self, lang: str) -> None:
        """Show the hub's and every activity's own text in ``lang``."""
        self._language = lang
        for page in (self.hub, *self.activities.values()):
            if isinstance(page, SpeaksLanguage):
                page.set_language(lang)

    def activity_chosen(self, key: str) -> None:
        """The patient picked an activity on the hub."""
        if key in {s.value for s in ACTIVITIES} and key in self._flow.calming.activities:
            self._flow.move_to(Screen(key))

    def activity_finished(self) -> None:
        """The patient is done with an activity: back to the hub (a due check-in invites)."""
        flow = self._flow
        flow.note_activity()
        flow.move_to(Screen.HUB)
        flow.checkin_steps.check_due(eager=True)

    def _page(self, screen: Screen) -> ShownPage:
        if screen is Screen.HUB:
            return self.hub
        self._flow.pages[screen]
        return self.activities[screen]

    def _not_offered(self, screen: Screen) -> str | None:
        if screen is Screen.HUB or screen.value in self._flow.calming.activities:
            return None
        return "this tablet does not offer that activity"

    def _calming_entered(self, screen: Screen, came_from: Screen) -> None:
        if came_from is Screen.REST and self.before_rest is screen:
            return  # rest only covered it: it never stopped
        self._page(screen).start()

    def _calming_left(self, screen: Screen, going_to: Screen) -> None:
        if going_to is not Screen.REST:  # rest covers it; waking comes back to it
            self._page(screen).stop()

    # --- rest -------------------------------------------------------------------------

    def _no_patient(self) -> str | None:
        return None if self._flow.visit is not None else "no patient to rest"

    def _rest_entered(self, came_from: Screen) -> None:
        flow = self._flow
        self.before_rest = came_from
        flow.card_hold.hold()
        flow.rest.start()
        # Resting asks little of the tablet: tick less often (a due check-in or a
        # discharge still shows within REST_TICK_FACTOR ticks).
        flow.set_tick_factor(REST_TICK_FACTOR)

    def _rest_left(self, going_to: Screen) -> None:
        flow = self._flow
        flow.rest.stop()
        flow.set_tick_factor(1)
        covered = self.before_rest
        self.before_rest = Screen.IDLE if going_to is not covered else covered
        if going_to is not covered:
            flow.machine.steps(covered).cleanup(going_to)
