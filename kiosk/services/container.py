"""Builds every service once and hands them to the views (no globals).

The services a bay tablet needs to show its first patient screen are built at
start; the nurse-side ones (readiness, board, observations, discharge with its
take-home PDF, export) are built, and their modules imported, the first time
they are used: a restarting tablet never pays for them (bench/README.md).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from kiosk.config import Settings
from kiosk.domain.clock import Clock
from kiosk.domain.errors import StorageError
from kiosk.domain.questionnaire import Problem, Questionnaire
from kiosk.domain.questionnaire.links import CHECKIN_URL, READY_TO_GO_URL
from kiosk.domain.questionnaire.variants import forms_in_force
from kiosk.domain.records import CheckinKind
from kiosk.paths import AppPaths
from kiosk.services.alerts import AlertService
from kiosk.services.audit import AuditService
from kiosk.services.checkins import CheckinService
from kiosk.services.events import ChangeFeed, SettingsChanged
from kiosk.services.journal import JournalService
from kiosk.services.publishing import Publisher, RemoteFeed
from kiosk.services.settings_store import SettingsStore
from kiosk.services.staff import StaffService
from kiosk.services.visits import VisitService
from kiosk.services.worker import DatabaseWorker, InlineWorker, Worker
from kiosk.storage.change_log import ChangeLog
from kiosk.storage.db import Database
from kiosk.storage.stall_guard import GIVE_UP_S as STALL_GIVE_UP_S
from kiosk.storage.stall_guard import StallGuard

if TYPE_CHECKING:
    from kiosk.services.board import BoardService
    from kiosk.services.calls import CallDesk
    from kiosk.services.discharge import DischargeService
    from kiosk.services.export import ExportService
    from kiosk.services.observations import ObservationService
    from kiosk.services.readiness import ReadinessService
    from kiosk.services.rems import RemsService
    from kiosk.services.resume import ResumeService
    from kiosk.services.staff_recovery import StaffRecovery
    from kiosk.services.tablets import TabletService

__all__ = ["CHECKIN_URL", "READY_TO_GO_URL", "MissingQuestionnaireError", "Services",
           "build_services"]


log = logging.getLogger(__name__)


class MissingQuestionnaireError(LookupError):
    """A questionnaire the kiosk needs is not among the loaded files."""


@dataclass
class Services:
    """Everything the views may call.

    ``readiness``, ``board``, ``observations``, ``discharge`` and ``export`` are
    built on first use from the fields in force then (settings included); like
    the fields, each may be replaced by assignment (tests do).

    Attributes:
        settings: clinic settings in force.
        clock: the source of "now".
        paths: resources and data folders.
        db: the open database (services use it; views never do).
        feed: the change events services publish and views subscribe to.
        worker: runs the views' database operations off the GUI thread
            (:mod:`kiosk.views.operations`).
        remote: brings other processes' changes onto ``feed`` once started
            (:meth:`start_live`); None when this process is alone.
        load_warnings: questionnaire load warnings by file and linkId (admin screen).
    """

    settings: Settings
    clock: Clock
    paths: AppPaths
    db: Database
    visits: VisitService
    checkins: CheckinService
    alerts: AlertService
    journal: JournalService
    audit: AuditService
    staff: StaffService
    settings_store: SettingsStore
    feed: ChangeFeed = field(default_factory=ChangeFeed)
    worker: Worker = field(default_factory=InlineWorker)
    remote: RemoteFeed | None = None
    load_warnings: tuple[Problem, ...] = ()

    def start_live(self) -> None:
        """Start listening for other processes' changes (idempotent)."""
        if self.remote is not None:
            self.remote.start()

    def close(self, timeout: float = 10.0) -> None:
        """Let queued writes land, stop listening, release the connections."""
        self.worker.close(timeout)
        if self.remote is not None:
            self.remote.stop()
        self.db.close()

    def __post_init__(self) -> None:
        # First subscriber: the services hold the new settings before any screen hears.
        self.feed.subscribe(SettingsChanged, self._settings_changed)

    def _settings_changed(self, _event: SettingsChanged) -> None:
        """Settings were saved (here or, through the feed, elsewhere): re-read them."""
        try:
            self.use_settings(self.settings_store.apply(self.settings))
        except StorageError:
            log.warning("new settings could not be read yet; the old ones stay in force")

    def use_settings(self, settings: Settings) -> None:
        """Put ``settings`` in force on every service built so far, each one named here."""
        self.settings = settings
        interval = timedelta(minutes=settings.checkin.interval_minutes)
        self.checkins.interval = interval
        built = self.__dict__  # where cached_property keeps each nurse-side service once built
        if "readiness" in built:
            self.readiness.settings = settings
        if "observations" in built:
            self.observations.settings = settings
        if "discharge" in built:
            self.discharge.settings = settings
        if "board" in built:
            self.board.interval = interval

    @cached_property
    def resume(self) -> ResumeService:
        """The bay's resume row: where a tablet's full start puts its patient."""
        from kiosk.services.resume import ResumeService

        return ResumeService(self.db)

    @cached_property
    def staff_recovery(self) -> StaffRecovery:
        """The clinic's one-time recovery code (sign-in page)."""
        from kiosk.services.staff_recovery import StaffRecovery

        return StaffRecovery(self.db, self.clock)

    @cached_property
    def calls(self) -> CallDesk:
        """Calls and answer-raised alerts via the durable queue in the data folder."""
        from kiosk.services.call_queue import CallQueue
        from kiosk.services.calls import CallDesk

        return CallDesk(self.alerts, CallQueue.in_folder(self.paths.data_dir), self.clock)

    @cached_property
    def tablets(self) -> TabletService:
        """Bay tablets' heartbeats, and which have stopped reporting."""
        from kiosk.services.tablets import TabletService

        return TabletService(self.db, self.clock)

    @cached_property
    def readiness(self) -> ReadinessService:
        """Readiness-for-discharge assessments (nurse side)."""
        from kiosk.services.readiness import ReadinessService

        return ReadinessService(self.db, self.clock, self.settings)

    @cached_property
    def board(self) -> BoardService:
        """The nurse board's rows."""
        from kiosk.services.board import BoardService

        return BoardService(self.db, self.clock, self.readiness,
                            interval=timedelta(minutes=self.settings.checkin.interval_minutes))

    @cached_property
    def observations(self) -> ObservationService:
        """Vital signs and scores recorded by nurses."""
        from kiosk.services.observations import ObservationService

        return ObservationService(self.db, self.clock, self.settings)

    @cached_property
    def discharge(self) -> DischargeService:
        """Signing a visit out, with the take-home sheet (imports the PDF writer)."""
        from kiosk.services.discharge import DischargeService

        return DischargeService(
            visits=self.visits, checkins=self.checkins, journal=self.journal,
            audit=self.audit, staff=self.staff, readiness=self.readiness.assess,
            settings=self.settings, exports=self.paths.exports, clock=self.clock,
            rems=self.rems, resources=self.paths.resources)

    @cached_property
    def rems(self) -> RemsService:
        """The esketamine REMS monitoring record and its "BP due" reminder."""
        from kiosk.services.rems import RemsService

        return RemsService(self.db, self.clock, exports=self.paths.exports)

    @cached_property
    def export(self) -> ExportService:
        """Research and record exports."""
        from kiosk.services.export import ExportService

        return ExportService(self.db, self.clock, checkins=self.checkins, audit=self.audit,
                             exports=self.paths.exports,
                             record_system=self.settings.clinic.record_number_system)


def build_services(*, settings: Settings, clock: Clock, paths: AppPaths, db: Database,
                   questionnaires: dict[str, Questionnaire], worker: Worker | None = None,
                   live: bool = True, station: str | None = None,
                   load_warnings: tuple[Problem, ...] = ()) -> Services:
    """Wire the services together (the nurse-side ones come on first use).

    Args:
        settings: clinic settings in force.
        clock: the source of "now".
        paths: resources and data folders.
        db: the open database.
        questionnaires: the loaded questionnaires by url.
        worker: runs the views' operations; default a :class:`DatabaseWorker` thread.
        live: send changes to other processes and (after :meth:`Services.start_live`)
            receive theirs. Off, events stay in this process.
        station: names this device's PostgreSQL listening connection.
        load_warnings: what lenient loading skipped, by file and linkId (admin screen).

    Raises:
        MissingQuestionnaireError: the check-in or ready-to-go questionnaire is missing.
    """
    try:
        forms = forms_in_force(questionnaires, asq_mode=settings.checkin.asq_mode)
    except KeyError as exc:
        raise MissingQuestionnaireError(
            f"{paths.questionnaires}: no questionnaire with url {exc.args[0]}") from None
    feed = ChangeFeed()
    changes = ChangeLog(db) if live else None
    events = Publisher(db, feed, changes)
    checkins = CheckinService(
        db, clock, checkin=forms[CheckinKind.CHECKIN], ready_to_go=forms[CheckinKind.READY_TO_GO],
        interval=timedelta(minutes=settings.checkin.interval_minutes), events=events)
    return Services(settings=settings, clock=clock, paths=paths, db=db,
                    visits=VisitService(db, clock, events=events), checkins=checkins,
                    alerts=AlertService(db, clock, events=events),
                    journal=JournalService(db, clock),
                    audit=AuditService(db, clock), staff=StaffService(db, clock),
                    settings_store=SettingsStore(db, clock, events=events), feed=feed,
                    worker=worker if worker is not None else _worker_for(db),
                    remote=RemoteFeed(changes, feed, station=station) if changes else None,
                    load_warnings=load_warnings)


def _worker_for(db: Database) -> DatabaseWorker:
    """The worker thread, giving up stalled PostgreSQL connections (see stall_guard)."""
    guard = StallGuard(db.engine)
    if not guard.enabled:
        return DatabaseWorker()
    return DatabaseWorker(on_stall=guard.give_up, stall_s=STALL_GIVE_UP_S)
