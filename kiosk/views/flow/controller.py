"""The flow controller: the one object that owns the patient page stack.

Its screen states (:class:`~kiosk.views.flow.screens.Screen`) form an explicit
state machine (:mod:`.machine`): :meth:`FlowController.move_to` runs the old
state's clean-up and then the new state's entry (:mod:`.states`). The
controller listens to the pages' intent signals, calls the services and decides
what the patient sees next; pages never reach for each other, and what a page
offers the flow is stated by the Protocols of :mod:`.pages`. The visit is
opened, followed and ended by :mod:`.visits`; check-ins are offered and begun
by :mod:`.checkins` and run by :mod:`.answers`; timing rules live in
:mod:`kiosk.services.schedule`, invitations in :mod:`.invite`.

Two things cover the screen state without being one: the calm fault card
(:mod:`.fault`, over whatever the patient was doing, which stays on screen) and
a nurse at the tablet (:meth:`FlowController.suspend`), who keeps the patient's
place until :meth:`FlowController.resume`.

Every database call runs on the database worker (:mod:`kiosk.views.operations`);
the flow acts on the result when it arrives. Changes made elsewhere (a visit
started or ended for this bay, a ready-to-go request, a slow resync) arrive on
the change feed (:mod:`kiosk.views.live`); the one-second tick only applies the
timing rules to what the flow holds and reads the schedule when a check-in
falls due.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.records import VisitRecord
from kiosk.services.container import Services
from kiosk.services.events import SettingsChanged
from kiosk.services.faults import FaultReporter
from kiosk.services.schedule import SchedulePolicy
from kiosk.views import live
from kiosk.views.flow.answers import CheckinDriver
from kiosk.views.flow.call_state import CallState
from kiosk.views.flow.calming import SELF_PACED, CalmingPages, ScreenPages
from kiosk.views.flow.checkins import CheckinSteps
from kiosk.views.flow.fault import FaultState
from kiosk.views.flow.invite import Invitations
from kiosk.views.flow.machine import ScreenMachine
from kiosk.views.flow.screens import Screen
from kiosk.views.flow.states import CardHold, FlowStates
from kiosk.views.flow.visits import FEED_KINDS, VisitSteps
from kiosk.views.i18n import LanguageSwitch, NoTranslations
from kiosk.views.main_window import KioskWindow
from kiosk.views.patient.checkin_page import CheckinPage
from kiosk.views.patient.goodbye_page import GoodbyePage
from kiosk.views.patient.idle_page import IdlePage
from kiosk.views.patient.rest_page import RestPage
from kiosk.views.patient.thanks_page import ThanksPage
from kiosk.views.patient.welcome_page import WelcomePage
from kiosk.views.widgets.message_card import MessageCard
from kiosk.views.widgets.sound import SoundBank

__all__ = ["TICK_MS", "FlowController"]

log = logging.getLogger(__name__)

TICK_MS = 1000



class FlowController(QObject):
    """Drives the patient screens of one bay.

    Attributes:
        services: the app services.
        window: the kiosk window whose stack holds the pages.
        pages: screen -> page widget.
        card: the calm message card over the pages.
        checkin: the check-in driver (answers, back, saving).
        machine: the screen state machine.
        visit: the visit shown, or None between patients.
        suspended: a nurse has the tablet (the patient's state is kept, not shown).
        translations: switches every screen to the visit's language and back.

    Signals:
        screen_changed(str): the screen now current.
        visit_changed: a visit began or ended on this tablet.
    """

    screen_changed = Signal(str)
    visit_changed = Signal()

    def __init__(self, services: Services, window: KioskWindow, *, station: str,
                 calming: CalmingPages, tick_ms: int = TICK_MS,
                 translations: LanguageSwitch | None = None,
                 prebuilt: Mapping[str, QWidget] | None = None) -> None:
        super().__init__(window)
        self.services = services
        self.translations: LanguageSwitch = translations or NoTranslations()
        self.window = window
        self.station = station
        self.calming = calming
        settings = services.settings
        self.policy = SchedulePolicy.from_settings(settings)
        stack = window.stack
        # A quick restart hands over the page it painted (kiosk/quick_start.py).
        ready = prebuilt or {}
        welcome, goodbye = ready.get(Screen.WELCOME), ready.get(Screen.GOODBYE)
        self.welcome = welcome if isinstance(welcome, WelcomePage) else WelcomePage(stack)
        self.thanks = ThanksPage(stack)
        self.rest = RestPage(stack)
        self.goodbye = goodbye if isinstance(goodbye, GoodbyePage) else GoodbyePage(stack)
        self.idle = IdlePage(settings.clinic.name, stack)
        self.card = MessageCard(stack)
        self.card_hold = CardHold(self.card)
        checkin = ready.get(Screen.CHECKIN)
        self.checkin = CheckinDriver(services, self.card, stack,
                                     page=checkin if isinstance(checkin, CheckinPage) else None)
        # The integrity watch: a broken database puts up the calm fault state and
        # tells the station; ``faults.on_fault`` is the hook for a durable store.
        self.faults = FaultReporter(services.db, services.paths.data_dir, station,
                                    services.clock)
        chime = SoundBank(services.paths.sounds, services.settings.kiosk.sound)
        self.fault_state = FaultState(self.faults, self.card, chime, self)
        self.checkin.fault_seen = self.faults.report
        # Activity pages join on first use (see .calming and FlowStates.add_activity).
        self.pages: dict[Screen, QWidget] = ScreenPages(calming)
        self.pages.update({
            Screen.IDLE: self.idle, Screen.WELCOME: self.welcome,
            Screen.CHECKIN: self.checkin.page, Screen.READY_TO_GO: self.checkin.page,
            Screen.THANKS: self.thanks, Screen.HUB: calming.hub, Screen.REST: self.rest,
            Screen.GOODBYE: self.goodbye})
        for page in dict.fromkeys(self.pages.values()):
            if stack.indexOf(page) < 0:  # a page handed over is on the stack already
                stack.addWidget(page)
        self.visit: VisitRecord | None = None
        self.suspended = False
        self.states = FlowStates(self)
        self.machine = ScreenMachine(self.states.table(), Screen.IDLE,
                                     show=lambda _screen: self._show_current(),
                                     moved=self._moved)
        self.invitations = Invitations(services, self.policy, self.card, self.rest)
        self.calls = CallState(services, window, self.card, station=station,
                               visit=lambda: self.visit)
        self.checkin.queue_alert = self.calls.queue_alert
        self.visit_steps = VisitSteps(self)
        self.checkin_steps = CheckinSteps(self)
        self.last_touch = services.clock.now()
        self._tick_ms = tick_ms
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._connect()
        calming.when_built(self.states.add_activity)
        live.subscribe(self, services.feed, FEED_KINDS, self.visit_steps.follow)
        live.subscribe(self, services.feed, SettingsChanged, self._settings_changed)

    def _connect(self) -> None:
        self.welcome.begin_requested.connect(self.checkin_steps.begin)
        self.thanks.hub_requested.connect(lambda: self.move_to(Screen.HUB))
        self.rest.woken.connect(self.wake)
        self.card.chosen.connect(self.checkin_steps.card_chosen)
        self.checkin.finished.connect(self.checkin_steps.finished)
        self.checkin.item_shown.connect(self.checkin_steps.item_shown)
        self.states.hub.activity_chosen.connect(self.states.activity_chosen)
        self.states.hub.checkin_requested.connect(self.checkin_steps.requested)
        self.window.call_nurse_clicked.connect(self.call_nurse)

    def _settings_changed(self, _event: SettingsChanged) -> None:
        """New settings are in force (the services hold them): follow them at once."""
        settings = self.services.settings
        self.policy = SchedulePolicy.from_settings(settings)
        self.invitations.use_policy(self.policy)
        self.idle.set_clinic_name(settings.clinic.name)
        if self.visit is not None:
            self.welcome.setup_page(self.visit.first_name, settings.clinic.name)

    # --- state -----------------------------------------------------------------------

    @property
    def screen(self) -> Screen:
        """The screen state the patient is in (kept while a nurse has the tablet)."""
        return self.machine.current

    def page(self, screen: Screen) -> QWidget:
        """The page widget of a screen."""
        return self.pages[screen]

    def move_to(self, screen: Screen) -> None:
        """Leave the current state (its clean-up) and enter ``screen`` (its entry).

        The page shows at once unless a nurse has the tablet.

        Raises:
            IllegalMove: not a screen of the flow, or one not open now
                (:mod:`.states`); the flow stays where it was.
        """
        self.machine.move_to(screen)

    def _moved(self, _old: Screen, new: Screen) -> None:
        self.screen_changed.emit(new.value)

    def _show_current(self) -> None:
        if self.suspended:
            return
        self.window.stack.setCurrentWidget(self.pages[self.screen])
        # Call a nurse on every screen a patient can see, the idle one too.
        self.window.set_patient_chrome(call_nurse=True)
        self.window.set_resting(self.screen is Screen.REST)
        if self.screen is not Screen.REST:
            self.card_hold.release()

    def set_tick_factor(self, factor: int) -> None:
        """Tick every ``factor`` ticks' time (resting asks little of the tablet)."""
        self._timer.setInterval(self._tick_ms * factor)

    def start(self) -> None:
        """Pick up this bay's visit (resuming an unfinished check-in) and start ticking.

        The bay is read on the worker; the screen follows when the answer is back.
        """
        self.visit_steps.start()
        self.calls.start()
        self._timer.start()

    def stop(self) -> None:
        """Stop ticking (tests, shutdown)."""
        self._timer.stop()
        self.checkin.stop()
        self.calls.stop()

    # --- visits ----------------------------------------------------------------------

    def use_language(self, lang: str) -> None:
        """Show every patient screen in ``lang`` (Qt texts, the guide, the questions)."""
        self.translations.use(lang)
        self.states.use_language(lang)

    def reload_visit(self) -> None:
        """Read this bay's visit again (on the worker) and follow it: open, keep or end."""
        self.visit_steps.reload()

    def tick(self) -> None:
        """Apply the timing rules to what the flow holds (every second; no database read).

        The schedule is read (on the worker) only when a check-in has fallen due
        since the last look.
        """
        if self.visit is None or self.suspended:
            return
        now = self.services.clock.now()
        restable = self.screen not in (Screen.REST, Screen.IDLE) \
            and self.screen.value not in SELF_PACED and self.card.card is None
        if self.policy.should_rest(now=now, last_touch=self.last_touch, restable=restable):
            self.enter_rest()
        self.checkin_steps.check_due()

    # --- rest, touches, nurse --------------------------------------------------------

    def note_activity(self) -> None:
        """The patient touched the screen: restart the idle time."""
        self.last_touch = self.services.clock.now()

    def enter_rest(self) -> None:
        """Dim to the rest screen, remembering exactly where the patient was."""
        if self.screen is Screen.REST or self.visit is None:
            return
        self.move_to(Screen.REST)

    def wake(self) -> None:
        """Back from rest to the very screen (and any card) the patient left."""
        if self.screen is not Screen.REST:
            return
        self.note_activity()
        self.move_to(self.states.before_rest)
        self.checkin_steps.check_due(eager=True)

    def call_nurse(self) -> None:
        """Send a call (durably; a second tap reassures) and tell the patient its state."""
        self.wake()
        self.note_activity()
        self.calls.call()

    def suspend(self) -> None:
        """A nurse takes the tablet: stop touching the stack, keep the patient's place."""
        self.wake()
        self.suspended = True
        self.card_hold.hold()

    def resume(self) -> None:
        """The nurse is done: show the patient screen exactly as it was."""
        self.suspended = False
        self.note_activity()
        self._show_current()
