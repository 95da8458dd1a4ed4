"""The flow controller: the one object that owns the patient page stack.

It moves between named screens (:class:`Screen`), listens to the pages' intent
signals, calls the services and decides what the patient sees next. Pages
never reach for each other. Check-in mechanics live in :mod:`.answers`,
timing rules in :mod:`kiosk.services.schedule`, invitations in :mod:`.invite`, the
screen names in :mod:`.screens`.

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
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.errors import DatabaseFault
from kiosk.domain.records import (
    VisitRecord,
    VisitStatus,
)
from kiosk.services.container import Services
from kiosk.services.events import (
    CheckinCompleted,
    CheckinDue,
    Event,
    ReadyToGoRequested,
    Resync,
    SettingsChanged,
    VisitEnded,
    VisitStarted,
)
from kiosk.services.faults import FaultReporter
from kiosk.services.schedule import Place, SchedulePolicy
from kiosk.views import live
from kiosk.views.flow import cards
from kiosk.views.flow.answers import CheckinDriver
from kiosk.views.flow.call_state import CallState
from kiosk.views.flow.calming import SELF_PACED, CalmingPages, ScreenPages
from kiosk.views.flow.fault import FaultState
from kiosk.views.flow.invite import Invitations
from kiosk.views.flow.screens import ACTIVITIES, BUSY, CALMING, Screen
from kiosk.views.i18n import LanguageSwitch, NoTranslations
from kiosk.views.main_window import KioskWindow
from kiosk.views.operations import CollectionOp, QueryOp
from kiosk.views.patient.checkin_page import CheckinPage
from kiosk.views.patient.goodbye_page import GoodbyePage
from kiosk.views.patient.idle_page import IdlePage
from kiosk.views.patient.rest_page import RestPage
from kiosk.views.patient.thanks_page import ThanksPage
from kiosk.views.patient.welcome_page import WelcomePage
from kiosk.views.widgets.message_card import MessageCard

__all__ = ["TICK_MS", "FlowController", "Screen"]

log = logging.getLogger(__name__)

TICK_MS = 1000

REST_TICK_FACTOR = 5
"""While resting the flow ticks every 5 ticks' time instead of every tick."""

_FEED_KINDS = (VisitStarted, VisitEnded, ReadyToGoRequested, CheckinDue, CheckinCompleted,
               Resync)


def _chime(services: Services) -> object:
    from kiosk.views.widgets.sound import SoundBank

    return SoundBank(services.paths.sounds, services.settings.kiosk.sound)


def _nothing() -> None:
    """Stand-in for a start() or stop() a page does not have."""


class FlowController(QObject):
    """Drives the patient screens of one bay.

    Attributes:
        services: the app services.
        window: the kiosk window whose stack holds the pages.
        pages: screen -> page widget.
        card: the calm message card over the pages.
        checkin: the check-in driver (answers, back, saving).
        visit: the visit shown, or None between patients.
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
        checkin = ready.get(Screen.CHECKIN)
        self.checkin = CheckinDriver(services, self.card, stack,
                                     page=checkin if isinstance(checkin, CheckinPage) else None)
        # The integrity watch: a broken database puts up the calm fault state and
        # tells the station; ``faults.on_fault`` is the hook for a durable store.
        self.faults = FaultReporter(services.db, services.paths.data_dir, station,
                                    services.clock)
        self.fault_state = FaultState(self.faults, self.card, _chime(services), self)
        self.checkin.fault_seen = self.faults.report
        # Activity pages join on first use (see .calming and _add_activity).
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
        self._language: str | None = None
        self._screen = Screen.IDLE
        self._before_rest = Screen.IDLE
        self._suspended = False
        self._held_card = False
        self.invitations = Invitations(services, self.policy, self.card, self.rest)
        self.calls = CallState(services, window, self.card, station=station,
                               visit=lambda: self.visit)
        self.checkin.queue_alert = self.calls.queue_alert
        self._last_touch = services.clock.now()
        self._tick_ms = tick_ms
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._offer_loading = False
        self._visit_loading = False
        self._connect()
        calming.when_built(self._add_activity)
        live.subscribe(self, services.feed, _FEED_KINDS, self._changed)
        live.subscribe(self, services.feed, SettingsChanged, self._settings_changed)

    def _connect(self) -> None:
        self.welcome.begin_requested.connect(self._begin)
        self.thanks.hub_requested.connect(lambda: self.go(Screen.HUB))
        self.rest.woken.connect(self.wake)
        self.card.chosen.connect(self._card_chosen)
        self.checkin.finished.connect(self._checkin_finished)
        self.checkin.item_shown.connect(self._item_shown)
        hub: Any = self.calming.hub  # duck-typed: see .calming
        hub.activity_chosen.connect(self._activity_chosen)
        hub.checkin_requested.connect(self._checkin_requested)
        self.window.call_nurse_clicked.connect(self.call_nurse)

    def _settings_changed(self, _event: SettingsChanged) -> None:
        """New settings are in force (the services hold them): follow them at once."""
        settings = self.services.settings
        self.policy = SchedulePolicy.from_settings(settings)
        self.invitations.use_policy(self.policy)
        self.idle.set_clinic_name(settings.clinic.name)
        if self.visit is not None:
            self.welcome.setup_page(self.visit.first_name, settings.clinic.name)

    def _add_activity(self, key: str, page: QWidget) -> None:
        """An activity page exists (at once, or on first use): stack, wire and update it."""
        self.pages[Screen(key)] = page
        self.window.stack.addWidget(page)
        activity: Any = page  # duck-typed: see .calming
        activity.finished.connect(self._activity_finished)
        if self._language is not None:
            getattr(page, "set_language", lambda _lang: None)(self._language)
        if key == "journal" and self.visit is not None and hasattr(page, "load"):
            activity.load(self.visit.id)

    # --- state -----------------------------------------------------------------------

    @property
    def screen(self) -> Screen:
        """The screen the patient is on (kept while a nurse has the tablet)."""
        return self._screen

    def page(self, screen: Screen) -> QWidget:
        """The page widget of a screen."""
        return self.pages[screen]

    def start(self) -> None:
        """Pick up this bay's visit (resuming an unfinished check-in) and start ticking.

        The bay is read on the worker; the screen follows when the answer is back.
        """
        station = self.station

        def load(s: Services) -> tuple[VisitRecord | None, Any, Screen]:
            # The bay's resume row says where (the quick restart read the same row).
            resume = s.resume.for_bay(station)
            if resume is None:
                return None, None, Screen.IDLE
            opened = resume.checkin
            return resume.visit, opened, Screen(resume.screen.value)

        def failed(error: Exception) -> None:
            if isinstance(error, DatabaseFault):
                self.faults.report(str(error))
                return
            log.warning("database unavailable at start; showing the idle screen")
            self._started(None, None, Screen.IDLE)

        QueryOp(self, self.services, load).success(
            lambda loaded: self._started(*loaded)).failure(failed).run()
        self.calls.start()
        self._timer.start()

    def _started(self, visit: VisitRecord | None, resume: Any, screen: Screen) -> None:
        if visit is not None:
            self._open_visit(visit)
            if resume is not None:
                self.checkin.begin(resume, visit.language, resumed=True)
            else:
                self.go(screen)
        else:
            self.use_language(self.services.settings.clinic.language)
            self.go(Screen.IDLE)
        if self.checkin.run is None and resume is None:
            # A check-in painted by a quick restart closed meanwhile: none of it stays.
            self.checkin.clear()
        if self.faults.fault is None:
            self.faults.clear()  # a sound start: the station no longer shows a fault

    def stop(self) -> None:
        """Stop ticking (tests, shutdown)."""
        self._timer.stop()
        self.checkin.stop()
        self.calls.stop()

    def go(self, screen: Screen) -> None:
        """Make ``screen`` current (on the stack unless a nurse has the tablet)."""
        old = self._screen
        resting = Screen.REST in (old, screen)
        if old != screen and not resting:
            # Calming pages animate or play sound only while shown.
            if old in CALMING:
                getattr(self.pages[old], "stop", _nothing)()
            if screen in CALMING:
                getattr(self.pages[screen], "start", _nothing)()
        self._screen = screen
        if not self._suspended:
            self._show_current()
        if old != screen:
            self.screen_changed.emit(screen.value)

    def _show_current(self) -> None:
        self.window.stack.setCurrentWidget(self.pages[self._screen])
        # Call a nurse on every screen a patient can see, the idle one too.
        self.window.set_patient_chrome(call_nurse=True)
        self.window.set_resting(self._screen is Screen.REST)

    # --- visits ----------------------------------------------------------------------

    def use_language(self, lang: str) -> None:
        """Show every patient screen in ``lang`` (Qt texts, the guide, the questions)."""
        self.translations.use(lang)
        self._language = lang
        for page in (self.calming.hub, *self.calming.built().values()):
            getattr(page, "set_language", lambda _lang: None)(lang)

    def _open_visit(self, visit: VisitRecord) -> None:
        self.visit = visit
        self.use_language(visit.language)
        clinic = self.services.settings.clinic.name
        self.welcome.setup_page(visit.first_name, clinic)
        self.goodbye.setup_page(visit.first_name)
        journal = self.calming.built().get("journal")  # else it loads when first built
        if journal is not None and hasattr(journal, "load"):
            journal.load(visit.id)
        self._last_touch = self.services.clock.now()
        self.calls.refresh()
        self.visit_changed.emit()

    def _end_visit(self) -> None:
        """Forget the patient entirely and show the neutral screen."""
        self.visit = None
        self.invitations.forget()
        self.checkin.clear()
        self.card.clear()
        self._held_card = False
        self.welcome.clear()
        self.goodbye.clear()
        self.rest.stop()
        for page in (*self.calming.built().values(), self.calming.hub):
            getattr(page, "stop", _nothing)()
            getattr(page, "clear", _nothing)()
        self.use_language(self.services.settings.clinic.language)
        self._screen = Screen.IDLE  # no stop()/start() on pages already cleared
        if not self._suspended:
            self._show_current()
        self.screen_changed.emit(Screen.IDLE.value)
        self.calls.refresh()
        self.visit_changed.emit()

    def tick(self) -> None:
        """Apply the timing rules to what the flow holds (every second; no database read).

        The schedule is read (on the worker) only when a check-in has fallen due
        since the last look.
        """
        if self.visit is None or self._suspended:
            return
        now = self.services.clock.now()
        restable = self._screen not in (Screen.REST, Screen.IDLE) \
            and self._screen.value not in SELF_PACED and self.card.card is None
        if self.policy.should_rest(now=now, last_touch=self._last_touch, restable=restable):
            self.enter_rest()
        self._check_due()

    def _changed(self, event: Event) -> None:
        """The change feed: follow the bay's visit and its schedule (on the GUI thread)."""
        visit = self.visit
        if isinstance(event, Resync) or (isinstance(event, VisitStarted | VisitEnded) and (
                event.bay == self.station or (visit is not None and event.visit_id == visit.id))):
            self.reload_visit()
        if visit is None:
            return
        if isinstance(event, Resync) or getattr(event, "visit_id", None) == visit.id:
            self.invitations.mark_stale()
            if isinstance(event, ReadyToGoRequested | Resync):
                self._check_due()

    def reload_visit(self) -> None:
        """Read this bay's visit again (on the worker) and follow it: open, keep or end."""
        if self._visit_loading:
            return
        self._visit_loading = True
        station, held = self.station, self.visit

        def load(s: Services) -> VisitRecord | None:
            if held is not None:
                current = s.visits.get(held.id)
                if current is not None and current.status is VisitStatus.RECOVERING:
                    return current
            return s.visits.active_for_bay(station)

        def failed(_error: Exception) -> None:
            self._visit_loading = False
            log.warning("database unavailable while following the bay; will retry")

        QueryOp(self, self.services, load).success(self._visit_loaded).failure(failed).run()

    def _visit_loaded(self, current: VisitRecord | None) -> None:
        self._visit_loading = False
        if self.visit is not None and (current is None or current.id != self.visit.id):
            self._end_visit()
        if current is None:
            return
        if self.visit is None:
            self._open_visit(current)
            self.go(Screen.WELCOME)
        else:
            self.visit = current

    # --- check-ins -------------------------------------------------------------------

    def _place(self) -> Place:
        if self._screen is Screen.REST:
            return Place.RESTING
        if self._screen in ACTIVITIES:
            return Place.ACTIVITY
        return Place.BUSY if self._screen in BUSY else Place.QUIET

    def _check_due(self, *, eager: bool = False) -> None:
        visit = self.visit
        if visit is None or self._suspended or self._place() is Place.BUSY:
            return
        now = self.services.clock.now()
        if not (eager or self.invitations.needs_reload(visit, now)):
            self.invitations.consider(self._place(), self._last_touch)
            return
        if self._offer_loading:
            return  # one read at a time, however long the database takes
        self._offer_loading = True

        def failed(_error: Exception) -> None:
            self._offer_loading = False
            log.warning("database unavailable while checking the schedule; will retry")

        CollectionOp(self, self.services, lambda s: s.checkins.refresh_schedule(visit)).success(
            lambda offer: self._offer_loaded(visit, offer, now, eager)).failure(failed).run()

    def _offer_loaded(self, visit: VisitRecord, offer: Any, checked_at: datetime,
                      eager: bool) -> None:
        self._offer_loading = False
        if self.visit is None or self.visit.id != visit.id:
            return
        self.invitations.reloaded(offer, checked_at)
        if not self._suspended and self._place() is not Place.BUSY:
            self.invitations.consider(self._place(), self._last_touch, eager=eager)

    def _begin(self) -> None:
        visit = self.visit
        if visit is None:
            return

        def failed(_error: Exception) -> None:
            self.card.show_card(cards.saving_card())
            QTimer.singleShot(3000, self._retry_begin)

        CollectionOp(self, self.services, lambda s: s.checkins.refresh_schedule(visit)).success(
            lambda offer: self._begin_with(visit, offer)).failure(failed).run()

    def _begin_with(self, visit: VisitRecord, offer: Any) -> None:
        if self.visit is None or self.visit.id != visit.id:
            return
        if offer is None:
            self.go(Screen.HUB)
        else:
            self.checkin.begin(offer, visit.language)

    def _retry_begin(self) -> None:
        if self.card.card is not None and self.card.card.key == cards.SAVING:
            self.card.dismiss()
            self._begin()

    def _checkin_requested(self) -> None:
        visit = self.visit
        if visit is None:
            return

        def open_one(s: Services) -> Any:
            return s.checkins.refresh_schedule(visit) or s.checkins.start_now(visit.id)

        CollectionOp(self, self.services, open_one).success(
            lambda record: self._begin_with(visit, record)).failure(
            lambda _error: self.card.show_card(cards.saving_card())).run()

    def _item_shown(self, ready_to_go: bool) -> None:
        if self.card.card is not None and self.card.card.key == cards.INVITE:
            self.card.dismiss()
        self.go(Screen.READY_TO_GO if ready_to_go else Screen.CHECKIN)

    def _checkin_finished(self, ready_to_go: bool) -> None:
        self.invitations.forget()
        self.go(Screen.GOODBYE if ready_to_go else Screen.THANKS)

    def _card_chosen(self, card_key: str, button: str) -> None:
        self.note_activity()
        self.card.dismiss()
        if self.fault_state.active:
            self.fault_state.show_card()  # nothing more can be saved: the calm state stays
            return
        offer = self.invitations.offer
        if card_key != cards.INVITE or offer is None or self.visit is None:
            return
        if button == cards.START:
            self.checkin.begin(offer, self.visit.language)
        else:
            self.invitations.snooze()

    # --- calming ---------------------------------------------------------------------

    def _activity_chosen(self, key: str) -> None:
        if key in {s.value for s in ACTIVITIES} and key in self.calming.activities:
            self.go(Screen(key))

    def _activity_finished(self) -> None:
        self.note_activity()
        self.go(Screen.HUB)
        self._check_due(eager=True)

    # --- rest, touches, nurse --------------------------------------------------------

    def note_activity(self) -> None:
        """The patient touched the screen: restart the idle time."""
        self._last_touch = self.services.clock.now()

    def enter_rest(self) -> None:
        """Dim to the rest screen, remembering exactly where the patient was."""
        if self._screen is Screen.REST or self.visit is None:
            return
        self._before_rest = self._screen
        self._held_card = self.card.card is not None
        self.card.hide()
        self.rest.start()
        # Resting asks little of the tablet: poll the shared database less often
        # (a due check-in or a discharge still shows within REST_TICK_FACTOR s).
        self._timer.setInterval(self._tick_ms * REST_TICK_FACTOR)
        self.go(Screen.REST)

    def wake(self) -> None:
        """Back from rest to the very screen (and any card) the patient left."""
        if self._screen is not Screen.REST:
            return
        self.note_activity()
        self.rest.stop()
        self._timer.setInterval(self._tick_ms)
        self.go(self._before_rest)
        if self._held_card and self.card.card is not None:
            self.card.show()
            self.card.raise_()
        self._held_card = False
        self._check_due(eager=True)

    def call_nurse(self) -> None:
        """Send a call (durably; a second tap reassures) and tell the patient its state."""
        self.wake()
        self.note_activity()
        self.calls.call()

    def suspend(self) -> None:
        """A nurse takes the tablet: stop touching the stack, keep the patient's place."""
        self.wake()
        self._suspended = True
        self._held_card = self.card.card is not None
        self.card.hide()

    def resume(self) -> None:
        """The nurse is done: show the patient screen exactly as it was."""
        self._suspended = False
        self.note_activity()
        self._show_current()
        if self._held_card and self.card.card is not None:
            self.card.show()
            self.card.raise_()
        self._held_card = False

