"""The flow's visit: picked up at start, followed on the change feed, ended.

A visit opening moves the flow to the welcome screen (or back into an
unfinished check-in after a restart); a visit ending forgets the patient
entirely and moves it to the idle screen. Every read runs on the database
worker (:mod:`kiosk.views.operations`); the flow follows when the answer is back.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kiosk.domain.errors import DatabaseFault
from kiosk.domain.records import CheckinRecord, VisitRecord, VisitStatus
from kiosk.services.container import Services
from kiosk.services.events import (
    CheckinCompleted,
    CheckinDue,
    Event,
    ReadyToGoRequested,
    Resync,
    VisitEnded,
    VisitStarted,
)
from kiosk.views.flow.pages import ClearablePage, KeepsVisit
from kiosk.views.flow.screens import Screen
from kiosk.views.operations import QueryOp

if TYPE_CHECKING:
    from kiosk.views.flow.controller import FlowController

log = logging.getLogger(__name__)

Loaded = tuple[VisitRecord | None, CheckinRecord | None, Screen]
"""The bay's visit, its unfinished check-in and the screen its resume row names."""


_VISIT_EVENTS = (VisitStarted, VisitEnded, ReadyToGoRequested, CheckinDue, CheckinCompleted)
FEED_KINDS = (*_VISIT_EVENTS, Resync)
"""The change-feed events the flow follows."""


class VisitSteps:
    """Opens, follows and ends the flow's visit."""

    def __init__(self, flow: FlowController) -> None:
        self._flow = flow
        self._loading = False

    def start(self) -> None:
        """Read this bay's resume row on the worker; the flow moves when it is back."""
        flow = self._flow
        station = flow.station

        def load(s: Services) -> Loaded:
            # The bay's resume row says where (the quick restart read the same row).
            resume = s.resume.for_bay(station)
            if resume is None:
                return None, None, Screen.IDLE
            return resume.visit, resume.checkin, Screen(resume.screen.value)

        def failed(error: Exception) -> None:
            if isinstance(error, DatabaseFault):
                flow.faults.report(str(error))
                return
            log.warning("database unavailable at start; showing the idle screen")
            self._started(None, None, Screen.IDLE)

        QueryOp(flow, flow.services, load).success(
            lambda loaded: self._started(*loaded)).failure(failed).run()

    def _started(self, visit: VisitRecord | None, resume: CheckinRecord | None,
                 screen: Screen) -> None:
        flow = self._flow
        if visit is not None:
            self.open(visit)
            if resume is not None:
                flow.checkin.begin(resume, visit.language, resumed=True)
            else:
                flow.move_to(screen)
        else:
            flow.use_language(flow.services.settings.clinic.language)
            flow.move_to(Screen.IDLE)
        if flow.checkin.run is None and resume is None:
            # A check-in painted by a quick restart closed meanwhile: none of it stays.
            flow.checkin.clear()
        if flow.faults.fault is None:
            flow.faults.clear()  # a sound start: the station no longer shows a fault

    def follow(self, event: Event) -> None:
        """The change feed: follow the bay's visit and its schedule (on the GUI thread)."""
        flow = self._flow
        visit = flow.visit
        if isinstance(event, Resync) or (isinstance(event, VisitStarted | VisitEnded) and (
                event.bay == flow.station or (visit is not None and event.visit_id == visit.id))):
            self.reload()
        if visit is None:
            return
        if isinstance(event, Resync) or (isinstance(event, _VISIT_EVENTS)
                                         and event.visit_id == visit.id):
            flow.invitations.mark_stale()
            if isinstance(event, ReadyToGoRequested | Resync):
                flow.checkin_steps.check_due()

    def reload(self) -> None:
        """Read this bay's visit again (on the worker) and follow it: open, keep or end."""
        if self._loading:
            return
        self._loading = True
        flow = self._flow
        station, held = flow.station, flow.visit

        def load(s: Services) -> VisitRecord | None:
            if held is not None:
                current = s.visits.get(held.id)
                if current is not None and current.status is VisitStatus.RECOVERING:
                    return current
            return s.visits.active_for_bay(station)

        def failed(_error: Exception) -> None:
            self._loading = False
            log.warning("database unavailable while following the bay; will retry")

        QueryOp(flow, flow.services, load).success(self._loaded).failure(failed).run()

    def _loaded(self, current: VisitRecord | None) -> None:
        self._loading = False
        flow = self._flow
        if flow.visit is not None and (current is None or current.id != flow.visit.id):
            self.end()
        if current is None:
            return
        if flow.visit is None:
            self.open(current)
            flow.move_to(Screen.WELCOME)
        else:
            flow.visit = current

    def open(self, visit: VisitRecord) -> None:
        """Show this visit's patient: their language, their name, their journal."""
        flow = self._flow
        flow.visit = visit
        flow.use_language(visit.language)
        clinic = flow.services.settings.clinic.name
        flow.welcome.setup_page(visit.first_name, clinic)
        flow.goodbye.setup_page(visit.first_name)
        for page in flow.calming.built().values():  # others load when first built
            if isinstance(page, KeepsVisit):
                page.load(visit.id)
        flow.note_activity()
        flow.calls.refresh()
        flow.visit_changed.emit()

    def end(self) -> None:
        """Forget the patient entirely and move to the neutral screen."""
        flow = self._flow
        flow.visit = None
        flow.invitations.forget()
        flow.checkin.clear()
        flow.card.clear()
        flow.welcome.clear()
        flow.goodbye.clear()
        flow.use_language(flow.services.settings.clinic.language)
        flow.move_to(Screen.IDLE)  # the screen left stops what it plays (its clean-up)
        pages: list[ClearablePage] = [flow.states.hub, *flow.states.activities.values()]
        for page in pages:
            page.clear()
        flow.calls.refresh()
        flow.visit_changed.emit()
