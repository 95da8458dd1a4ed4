"""Builds every service once and hands them to the views (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from kiosk.config import Settings
from kiosk.domain.clock import Clock
from kiosk.domain.questionnaire import Questionnaire
from kiosk.domain.questionnaire.links import CHECKIN_URL, READY_TO_GO_URL
from kiosk.domain.questionnaire.variants import asq_item5_only
from kiosk.paths import AppPaths
from kiosk.services.alerts import AlertService
from kiosk.services.audit import AuditService
from kiosk.services.board import BoardService
from kiosk.services.checkins import CheckinService
from kiosk.services.discharge import DischargeService
from kiosk.services.export import ExportService
from kiosk.services.journal import JournalService
from kiosk.services.observations import ObservationService
from kiosk.services.readiness import ReadinessService
from kiosk.services.settings_store import SettingsStore
from kiosk.services.staff import StaffService
from kiosk.services.visits import VisitService
from kiosk.storage.db import Database

__all__ = ["CHECKIN_URL", "READY_TO_GO_URL", "MissingQuestionnaireError", "Services",
           "build_services"]


class MissingQuestionnaireError(LookupError):
    """A questionnaire the kiosk needs is not among the loaded files."""


@dataclass
class Services:
    """Everything the views may call.

    Attributes:
        settings: clinic settings in force.
        clock: the source of "now".
        paths: resources and data folders.
        db: the open database (services use it; views never do).
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
    readiness: ReadinessService
    board: BoardService
    observations: ObservationService
    settings_store: SettingsStore
    discharge: DischargeService
    export: ExportService


def build_services(*, settings: Settings, clock: Clock, paths: AppPaths, db: Database,
                   questionnaires: dict[str, Questionnaire]) -> Services:
    """Wire the services together.

    Raises:
        MissingQuestionnaireError: the check-in or ready-to-go questionnaire is missing.
    """
    for url in (CHECKIN_URL, READY_TO_GO_URL):
        if url not in questionnaires:
            raise MissingQuestionnaireError(
                f"{paths.questionnaires}: no questionnaire with url {url}")
    ready_to_go = questionnaires[READY_TO_GO_URL]
    if settings.checkin.asq_mode == "item5_only":
        ready_to_go = asq_item5_only(ready_to_go)
    checkins = CheckinService(
        db, clock, checkin=questionnaires[CHECKIN_URL], ready_to_go=ready_to_go,
        interval=timedelta(minutes=settings.checkin.interval_minutes))
    readiness = ReadinessService(db, clock, settings)
    board = BoardService(db, clock, readiness,
                         interval=timedelta(minutes=settings.checkin.interval_minutes))
    visits, journal = VisitService(db, clock), JournalService(db, clock)
    audit, staff = AuditService(db, clock), StaffService(db, clock)
    discharge = DischargeService(
        visits=visits, checkins=checkins, journal=journal, audit=audit, staff=staff,
        readiness=readiness.assess, settings=settings, exports=paths.exports, clock=clock)
    return Services(settings=settings, clock=clock, paths=paths, db=db,
                    visits=visits, checkins=checkins,
                    alerts=AlertService(db, clock), journal=journal,
                    audit=audit, staff=staff,
                    readiness=readiness, board=board,
                    observations=ObservationService(db, clock, settings),
                    settings_store=SettingsStore(db, clock), discharge=discharge,
                    export=ExportService(db, clock, checkins=checkins, audit=audit,
                                         exports=paths.exports))
