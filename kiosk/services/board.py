"""The nurse board: one plain row per active visit, most in need of a nurse first.

One refresh is five indexed queries over the active visits only
(:class:`kiosk.storage.repositories.snapshots.SnapshotRepository`), so
finished visits, however many, never slow it down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum

from kiosk.domain.clock import Clock
from kiosk.domain.readiness import Readiness, Verdict
from kiosk.domain.records import (
    AlertRecord,
    CheckinKind,
    JournalRecord,
    Severity,
    VisitRecord,
)
from kiosk.services.readiness import ReadinessService
from kiosk.storage.db import Database
from kiosk.storage.repositories.journal import JournalRepository
from kiosk.storage.repositories.snapshots import SnapshotRepository, VisitSnapshot
from kiosk.storage.repositories.visits import VisitRepository

OVERDUE_AFTER = timedelta(minutes=5)
"""A due check-in not done this long after its time counts as overdue."""

SYMPTOMS = ("nausea", "dizziness", "disconnected")


class CheckinState(StrEnum):
    """Where the patient's recurring check-ins stand."""

    DONE = "done"
    DUE = "due"
    OVERDUE = "overdue"


class Trend(StrEnum):
    """A symptom compared with the check-in before."""

    UP = "up"
    DOWN = "down"
    SAME = "same"
    NONE = "none"


class Priority(IntEnum):
    """Board order: lower comes first."""

    URGENT_ALERT = 0
    REQUEST = 1
    REVIEW = 2
    OVERDUE = 3
    READY = 4
    OTHER = 5


@dataclass(frozen=True)
class Symptom:
    """The latest self-reported value of one 0-10 item and its trend.

    ``flagged`` is True when the value breaks the clinic's readiness limit in
    force (nausea at or above ``nausea_below``, disconnection above
    ``disconnection_max``); the board colours the cell from it.
    """

    value: int | None
    trend: Trend = Trend.NONE
    flagged: bool = False


@dataclass(frozen=True)
class BoardRow:
    """What the board shows for one visit.

    Attributes:
        visit_id: the visit.
        bay: where the patient rests.
        patient_label: first name and last initial.
        minutes_since_dosing: whole minutes since the end of dosing.
        observation_minutes: the minimum stay for this treatment.
        last_checkin_at: when the latest check-in was completed, if any.
        checkin_state: done, due or overdue.
        next_checkin_at: when the next check-in falls due.
        nausea, dizziness, disconnection: latest values with trends.
        open_alerts: open alerts, newest first.
        readiness: the readiness advice.
        priority: the sort group.
    """

    visit_id: int
    bay: str
    patient_label: str
    minutes_since_dosing: int
    observation_minutes: int
    last_checkin_at: datetime | None
    checkin_state: CheckinState
    next_checkin_at: datetime
    nausea: Symptom
    dizziness: Symptom
    disconnection: Symptom
    open_alerts: tuple[AlertRecord, ...]
    readiness: Readiness
    priority: Priority

    @property
    def verdict(self) -> Verdict:
        """The readiness verdict."""
        return self.readiness.verdict

    @property
    def top_alert(self) -> AlertRecord | None:
        """The most severe, then oldest, open alert."""
        order = {Severity.URGENT: 0, Severity.REQUEST: 1, Severity.REVIEW: 2}
        if not self.open_alerts:
            return None
        return min(self.open_alerts, key=lambda a: (order[a.severity], a.raised_at))


@dataclass(frozen=True)
class VisitDetail:
    """Everything the visit detail page shows.

    Attributes:
        snapshot: the visit with all check-ins, all answers, observations and all alerts.
        readiness: the advice now.
        journal: the journal only when the patient chose to share it.
    """

    snapshot: VisitSnapshot
    readiness: Readiness
    journal: JournalRecord | None


def _trend(now: int | None, before: int | None) -> Trend:
    if now is None or before is None:
        return Trend.NONE
    return Trend.UP if now > before else Trend.DOWN if now < before else Trend.SAME


def _natural(bay: str) -> tuple[object, ...]:
    return tuple(int(p) if p.isdigit() else p.lower() for p in re.split(r"(\d+)", bay))


class BoardService:
    """Builds board rows and visit details."""

    def __init__(self, db: Database, clock: Clock, readiness: ReadinessService, *,
                 interval: timedelta) -> None:
        self._db = db
        self._clock = clock
        self._readiness = readiness
        self.interval = interval

    def rows(self) -> list[BoardRow]:
        """Every active visit, most in need of a nurse first."""
        with self._db.unit() as s:
            snaps = SnapshotRepository(s).snapshots(VisitRepository(s).active())
        now = self._clock.now()
        rows = [self.row(snap, now) for snap in snaps]
        return sorted(rows, key=self._sort_key)

    def detail(self, visit_id: int) -> VisitDetail | None:
        """The full record of one visit, or None if it does not exist."""
        with self._db.unit() as s:
            visit = VisitRepository(s).get(visit_id)
            if visit is None:
                return None
            snap = SnapshotRepository(s).snapshots([visit], all_answers=True,
                                                   open_alerts_only=False)[0]
            journal = JournalRepository(s).get(visit_id)
        return VisitDetail(snap, self._readiness.assess_snapshot(snap),
                           journal if journal is not None and journal.shared else None)

    def row(self, snap: VisitSnapshot, now: datetime) -> BoardRow:
        """One board row from a snapshot."""
        visit: VisitRecord = snap.visit
        done = snap.completed(CheckinKind.CHECKIN)
        latest = snap.answers.get(done[-1].id, {}) if done else {}
        before = snap.answers.get(done[-2].id, {}) if len(done) > 1 else {}
        rules = self._readiness.rules()
        limits = {"nausea": lambda v: v >= rules.nausea_below,
                  "disconnected": lambda v: v > rules.disconnection_max}
        symptoms = []
        for k in SYMPTOMS:
            value = _value(latest.get(k))
            flag = limits.get(k)
            symptoms.append(Symptom(value, _trend(value, _value(before.get(k))),
                                    flagged=value is not None and flag is not None
                                    and flag(value)))
        next_due = done[-1].due_at + self.interval if done else visit.infusion_end
        if done and done[-1].completed_at and done[-1].completed_at > next_due:
            next_due = done[-1].completed_at + self.interval
        state = (CheckinState.DONE if now < next_due else
                 CheckinState.DUE if now < next_due + OVERDUE_AFTER else CheckinState.OVERDUE)
        readiness = self._readiness.assess_snapshot(snap)
        open_alerts = tuple(a for a in snap.alerts if a.is_open)
        severities = {a.severity for a in open_alerts}
        if Severity.URGENT in severities:
            priority = Priority.URGENT_ALERT
        elif Severity.REQUEST in severities:
            priority = Priority.REQUEST
        elif Severity.REVIEW in severities:
            priority = Priority.REVIEW
        elif state is CheckinState.OVERDUE:
            priority = Priority.OVERDUE
        elif readiness.verdict is Verdict.READY:
            priority = Priority.READY
        else:
            priority = Priority.OTHER
        return BoardRow(
            visit_id=visit.id, bay=visit.bay, patient_label=visit.patient_label,
            minutes_since_dosing=max(0, int((now - visit.infusion_end).total_seconds() // 60)),
            observation_minutes=rules.observation_minutes(visit.treatment),
            last_checkin_at=done[-1].completed_at if done else None, checkin_state=state,
            next_checkin_at=next_due, nausea=symptoms[0], dizziness=symptoms[1],
            disconnection=symptoms[2], open_alerts=open_alerts, readiness=readiness,
            priority=priority)

    @staticmethod
    def _sort_key(row: BoardRow) -> tuple[object, ...]:
        top = row.top_alert
        waiting = top.raised_at if top is not None else row.next_checkin_at
        return (int(row.priority), waiting, _natural(row.bay), row.visit_id)


def _value(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
