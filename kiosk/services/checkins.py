"""Check-ins: the 15-minute schedule, answers saved one by one, alerts from answers.

Every answer is committed in its own transaction before the caller moves on,
together with any alert its rule raises, so a power cut never loses an answer
the patient saw accepted. Every change the restart rule reads also rewrites the
bay's resume row in the same transaction (:mod:`kiosk.domain.resume`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.clock import Clock
from kiosk.domain.errors import DatabaseFault
from kiosk.domain.questionnaire import AnswerValue, Questionnaire
from kiosk.domain.records import (
    AlertRecord,
    CheckinKind,
    CheckinRecord,
    CheckinStatus,
    VisitRecord,
)
from kiosk.services.checkin_run import CheckinRun
from kiosk.services.events import (
    AlertRaised,
    AnswerSaved,
    CheckinCompleted,
    CheckinDue,
    ReadyToGoRequested,
)
from kiosk.services.publishing import Publisher
from kiosk.storage.db import Database
from kiosk.storage.repositories.alerts import AlertRepository
from kiosk.storage.repositories.checkins import CheckinRepository
from kiosk.storage.repositories.resume import ResumeRepository


@dataclass(frozen=True)
class AnswerOutcome:
    """What saving one answer caused.

    Attributes:
        new_alerts: alerts stored because of this answer (empty most times).
    """

    new_alerts: tuple[AlertRecord, ...]


@dataclass(frozen=True)
class ResumePoint:
    """An unfinished check-in and the answers already given to it."""

    checkin: CheckinRecord
    answers: dict[str, AnswerValue]


def due_times(infusion_end: datetime, interval: timedelta, now: datetime) -> list[datetime]:
    """Times a recurring check-in falls due, from the end of the infusion up to now."""
    if now < infusion_end:
        return [infusion_end]
    count = int((now - infusion_end) / interval)
    return [infusion_end + k * interval for k in range(count + 1)]


class CheckinService:
    """Use cases of the patient's questionnaires.

    Args:
        db: the open database.
        clock: where "now" comes from.
        checkin: the recurring check-in questionnaire.
        ready_to_go: the questionnaire answered before leaving.
        interval: time between recurring check-ins.
        events: where the changes are published (default: a feed of its own).
    """

    def __init__(self, db: Database, clock: Clock, *, checkin: Questionnaire,
                 ready_to_go: Questionnaire, interval: timedelta,
                 events: Publisher | None = None) -> None:
        self._db = db
        self._clock = clock
        self._events = events or Publisher.local(db)
        self._questionnaires = {CheckinKind.CHECKIN: checkin,
                                CheckinKind.READY_TO_GO: ready_to_go}
        self.interval = interval

    def questionnaire(self, kind: CheckinKind) -> Questionnaire:
        """The questionnaire used for a kind of check-in."""
        return self._questionnaires[kind]

    def questionnaire_for(self, checkin: CheckinRecord) -> Questionnaire:
        """The questionnaire a stored check-in answers."""
        return self._questionnaires[checkin.kind]

    def refresh_schedule(self, visit: VisitRecord) -> CheckinRecord | None:
        """Record due and missed check-ins up to now; return the one to offer, if any.

        The newest due time gets a ``due`` row; an older one left unfinished when
        a newer one falls due becomes ``missed``. A started check-in is offered
        again until it is completed. A pending ready-to-go form comes first.
        """
        now = self._clock.now()
        with self._db.unit() as s:
            repo = CheckinRepository(s)
            existing = repo.for_visit(visit.id)
            open_ready = [c for c in existing if c.kind is CheckinKind.READY_TO_GO
                          and c.status in (CheckinStatus.DUE, CheckinStatus.STARTED)]
            if open_ready:
                return open_ready[-1]
            recurring = [c for c in existing if c.kind is CheckinKind.CHECKIN]
            latest_due = due_times(visit.infusion_end, self.interval, now)[-1]
            changed = False
            if not any(c.due_at >= latest_due for c in recurring):
                q = self._questionnaires[CheckinKind.CHECKIN]
                recurring.append(repo.add(visit_id=visit.id, url=q.url, version=q.version or "",
                                          kind=CheckinKind.CHECKIN, due_at=latest_due))
                self._events.stage(s, CheckinDue(visit.id))
                changed = True
            offer: CheckinRecord | None = None
            for c in recurring:
                if c.status not in (CheckinStatus.DUE, CheckinStatus.STARTED):
                    continue
                if c.due_at < latest_due:
                    repo.set_status(c.id, CheckinStatus.MISSED, now)
                    changed = True
                else:
                    offer = c
            if changed:  # most calls (every tick) change nothing and write nothing
                ResumeRepository(s).refresh(visit.id)
            return offer

    def request_ready_to_go(self, visit_id: int) -> CheckinRecord:
        """The nurse asks the tablet to show the ready-to-go questionnaire."""
        now = self._clock.now()
        q = self._questionnaires[CheckinKind.READY_TO_GO]
        with self._db.unit() as s:
            repo = CheckinRepository(s)
            pending = [c for c in repo.for_visit(visit_id)
                       if c.kind is CheckinKind.READY_TO_GO
                       and c.status in (CheckinStatus.DUE, CheckinStatus.STARTED)]
            if pending:
                return pending[-1]
            record = repo.add(visit_id=visit_id, url=q.url, version=q.version or "",
                              kind=CheckinKind.READY_TO_GO, due_at=now)
            self._events.stage(s, ReadyToGoRequested(visit_id))
            ResumeRepository(s).refresh(visit_id)
            return record

    def start(self, checkin_id: int) -> CheckinRecord:
        """Mark a check-in started (first time the patient opens it)."""
        with self._db.unit() as s:
            record = CheckinRepository(s).set_status(checkin_id, CheckinStatus.STARTED,
                                                     self._clock.now())
            ResumeRepository(s).refresh(record.visit_id)
            return record

    def start_now(self, visit_id: int, kind: CheckinKind = CheckinKind.CHECKIN,
                  entered_by: str = "patient") -> CheckinRecord:
        """Open a fresh, started check-in at once (the patient or a nurse asks for one)."""
        now = self._clock.now()
        q = self._questionnaires[kind]
        with self._db.unit() as s:
            record = CheckinRepository(s).add(
                visit_id=visit_id, url=q.url, version=q.version or "", kind=kind, due_at=now,
                entered_by=entered_by, status=CheckinStatus.STARTED, started_at=now)
            ResumeRepository(s).refresh(visit_id)
            return record

    def record_answer(self, checkin_id: int, link_id: str,
                      value: AnswerValue) -> AnswerOutcome:
        """Validate and commit one answer, and any alert it raises, in one transaction.

        Raises:
            AnswerError: the value does not fit the item.
            StorageError: the database refused the write (nothing half-saved).
        """
        now = self._clock.now()
        with self._db.unit() as s:
            repo = CheckinRepository(s)
            checkin = repo.get(checkin_id)
            if checkin is None:
                # On screen but not stored: the file lost it (replaced, damaged).
                raise DatabaseFault(f"check-in {checkin_id} is no longer in the database")
            q = self._questionnaires[checkin.kind]
            q.validate_answer(link_id, value)
            repo.put_answer(checkin_id, link_id, value, now)
            if checkin.status is CheckinStatus.DUE:
                repo.set_status(checkin_id, CheckinStatus.STARTED, now)
            answers = repo.answers(checkin_id)
            alerts = AlertRepository(s)
            already = alerts.open_rule_ids(checkin_id)
            new = tuple(
                alerts.add(visit_id=checkin.visit_id, cause=hit.cause,
                           severity=hit.severity, now=now,
                           rule_id=hit.rule_id, checkin_id=checkin_id)
                for hit in q.alerts(answers) if hit.rule_id not in already)
            self._events.stage(s, AnswerSaved(checkin.visit_id, checkin_id, link_id), *(
                AlertRaised(checkin.visit_id, a.id, a.severity.value) for a in new))
            ResumeRepository(s).refresh(checkin.visit_id)
        return AnswerOutcome(new_alerts=new)

    def clear_answer(self, checkin_id: int, link_id: str) -> None:
        """Forget one answer (the item became disabled after going back)."""
        with self._db.unit() as s:
            repo = CheckinRepository(s)
            repo.delete_answer(checkin_id, link_id)
            checkin = repo.get(checkin_id)
            if checkin is not None:
                self._events.stage(s, AnswerSaved(checkin.visit_id, checkin_id, link_id))
                ResumeRepository(s).refresh(checkin.visit_id)

    def complete(self, checkin_id: int) -> CheckinRecord:
        """Mark a check-in completed."""
        with self._db.unit() as s:
            record = CheckinRepository(s).set_status(checkin_id, CheckinStatus.COMPLETED,
                                                     self._clock.now())
            self._events.stage(s, CheckinCompleted(record.visit_id, checkin_id))
            ResumeRepository(s).refresh(record.visit_id)
            return record

    def open_run(self, checkin: CheckinRecord, lang: str | None) -> CheckinRun:
        """Open a check-in for the patient: started if it was only due, with its answers.

        Raises:
            StorageError: the database refused the work (nothing changed).
        """
        now = self._clock.now()
        with self._db.unit() as s:
            repo = CheckinRepository(s)
            if checkin.status is CheckinStatus.DUE:
                checkin = repo.set_status(checkin.id, CheckinStatus.STARTED, now)
                ResumeRepository(s).refresh(checkin.visit_id)
            answers = repo.answers(checkin.id)
        return CheckinRun(checkin, self.questionnaire_for(checkin), answers, lang)

    def finish_run(self, run: CheckinRun) -> CheckinRecord:
        """Close a check-in: answers to items no longer shown go, then it is completed.

        One transaction, so a stored check-in is never completed with stale answers.

        Raises:
            StorageError: the database refused the work (nothing changed).
        """
        now = self._clock.now()
        with self._db.unit() as s:
            repo = CheckinRepository(s)
            for link_id in run.stale_answers():
                repo.delete_answer(run.checkin.id, link_id)
            record = repo.set_status(run.checkin.id, CheckinStatus.COMPLETED, now)
            ResumeRepository(s).refresh(record.visit_id)
            self._events.stage(s, CheckinCompleted(record.visit_id, record.id))
            return record

    def answers(self, checkin_id: int) -> dict[str, AnswerValue]:
        """Answers stored for a check-in."""
        with self._db.unit() as s:
            return CheckinRepository(s).answers(checkin_id)

    def history(self, visit_id: int) -> list[CheckinRecord]:
        """All check-ins of a visit."""
        with self._db.unit() as s:
            return CheckinRepository(s).for_visit(visit_id)

    def resume_point(self, visit_id: int) -> ResumePoint | None:
        """The started, unfinished check-in of a visit with its answers, if any."""
        with self._db.unit() as s:
            repo = CheckinRepository(s)
            started = [c for c in repo.for_visit(visit_id)
                       if c.status is CheckinStatus.STARTED]
            if not started:
                return None
            current = started[-1]
            return ResumePoint(current, repo.answers(current.id))
