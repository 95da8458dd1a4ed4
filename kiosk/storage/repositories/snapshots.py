"""Batched reads of everything the board and readiness need for a set of visits.

Each query filters on an indexed ``visit_id`` (or ``checkin_id``) with
``IN (...)`` over the active visits only, so finished visits are never
scanned: five queries per refresh whatever the number of patients (no N+1).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kiosk.domain.records import (
    AlertRecord,
    AnswerRecord,
    CheckinKind,
    CheckinRecord,
    CheckinStatus,
    ObservationRecord,
    VisitRecord,
)
from kiosk.storage import models as m
from kiosk.storage.repositories import convert

AnswerValue = bool | int | float | str | list[str]


@dataclass(frozen=True)
class VisitSnapshot:
    """One visit with its check-ins, chosen answers, observations and alerts.

    Attributes:
        visit: the visit.
        checkins: all its check-ins in due order.
        answers: answers by check-in id (only for the check-ins that were loaded).
        observations: nurse observations, oldest first.
        alerts: alerts, newest first (open only on the board).
    """

    visit: VisitRecord
    checkins: tuple[CheckinRecord, ...] = ()
    answers: dict[int, dict[str, AnswerValue]] = field(default_factory=dict)
    observations: tuple[ObservationRecord, ...] = ()
    alerts: tuple[AlertRecord, ...] = ()

    def completed(self, kind: CheckinKind) -> list[CheckinRecord]:
        """Completed check-ins of one kind, oldest completion first."""
        return completed_checkins(self.checkins, kind)

    def latest_ready_to_go(self) -> CheckinRecord | None:
        """The newest ready-to-go form (any status but missed)."""
        return latest_ready_to_go(self.checkins)


def completed_checkins(checkins: Sequence[CheckinRecord],
                       kind: CheckinKind) -> list[CheckinRecord]:
    """Completed check-ins of one kind, oldest completion first."""
    done = [c for c in checkins if c.kind is kind
            and c.status is CheckinStatus.COMPLETED and c.completed_at is not None]
    return sorted(done, key=lambda c: (c.completed_at, c.id))


def latest_ready_to_go(checkins: Sequence[CheckinRecord]) -> CheckinRecord | None:
    """The newest ready-to-go form (any status but missed)."""
    forms = [c for c in checkins if c.kind is CheckinKind.READY_TO_GO
             and c.status is not CheckinStatus.MISSED]
    return max(forms, key=lambda c: (c.due_at, c.id)) if forms else None


def answer_checkin_ids(checkins: Sequence[CheckinRecord], *, recent: int = 2) -> list[int]:
    """Check-ins whose answers the board needs.

    These are the last ``recent`` completed recurring check-ins and the latest
    ready-to-go form.
    """
    ids = [c.id for c in completed_checkins(checkins, CheckinKind.CHECKIN)[-recent:]]
    ready = latest_ready_to_go(checkins)
    if ready is not None:
        ids.append(ready.id)
    return ids


class SnapshotRepository:
    """Batched, index-only reads for a set of visits within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def checkins(self, visit_ids: Sequence[int]) -> dict[int, list[CheckinRecord]]:
        """Check-ins by visit id, in due order."""
        result: dict[int, list[CheckinRecord]] = defaultdict(list)
        if visit_ids:
            rows = self._s.scalars(select(m.CheckIn).where(m.CheckIn.visit_id.in_(visit_ids))
                                   .order_by(m.CheckIn.visit_id, m.CheckIn.due_at, m.CheckIn.id))
            for row in rows:
                result[row.visit_id].append(convert.checkin(row))
        return result

    def answers(self, checkin_ids: Sequence[int]) -> dict[int, dict[str, AnswerValue]]:
        """Answers by check-in id."""
        result: dict[int, dict[str, AnswerValue]] = defaultdict(dict)
        if checkin_ids:
            rows = self._s.scalars(select(m.Answer).where(m.Answer.checkin_id.in_(checkin_ids)))
            for row in rows:
                record: AnswerRecord = convert.answer(row)
                result[row.checkin_id][row.link_id] = record.value
        return result

    def observations(self, visit_ids: Sequence[int]) -> dict[int, list[ObservationRecord]]:
        """Observations by visit id, oldest first, with who entered them."""
        result: dict[int, list[ObservationRecord]] = defaultdict(list)
        if visit_ids:
            rows = self._s.execute(
                select(m.Observation, m.Staff.name)
                .outerjoin(m.Staff, m.Staff.id == m.Observation.entered_by_id)
                .where(m.Observation.visit_id.in_(visit_ids))
                .order_by(m.Observation.visit_id, m.Observation.taken_at, m.Observation.id))
            for row, name in rows:
                result[row.visit_id].append(convert.observation(row, name))
        return result

    def alerts(self, visit_ids: Sequence[int], *, open_only: bool) -> dict[int, list[AlertRecord]]:
        """Alerts by visit id, newest first."""
        result: dict[int, list[AlertRecord]] = defaultdict(list)
        if visit_ids:
            staff, seer = aliased(m.Staff), aliased(m.Staff)
            query = (select(m.Alert, staff.name, seer.name)
                     .outerjoin(staff, staff.id == m.Alert.acknowledged_by_id)
                     .outerjoin(seer, seer.id == m.Alert.seen_by_id)
                     .where(m.Alert.visit_id.in_(visit_ids)))
            if open_only:
                query = query.where(m.Alert.acknowledged_at.is_(None))
            rows = self._s.execute(query.order_by(m.Alert.raised_at.desc(), m.Alert.id.desc()))
            for row, name, seen_name in rows:
                if row.visit_id is not None:
                    result[row.visit_id].append(convert.alert(row, name, seen_name))
        return result

    def snapshots(self, visits: Sequence[VisitRecord], *, all_answers: bool = False,
                  open_alerts_only: bool = True) -> list[VisitSnapshot]:
        """Snapshots of ``visits`` in five queries."""
        ids = [v.id for v in visits]
        checkins = self.checkins(ids)
        if all_answers:
            wanted = [c.id for cs in checkins.values() for c in cs]
        else:
            wanted = [i for cs in checkins.values() for i in answer_checkin_ids(cs)]
        answers = self.answers(wanted)
        observations = self.observations(ids)
        alerts = self.alerts(ids, open_only=open_alerts_only)
        return [VisitSnapshot(
            visit=v, checkins=tuple(checkins.get(v.id, ())),
            answers={c.id: answers[c.id] for c in checkins.get(v.id, ()) if c.id in answers},
            observations=tuple(observations.get(v.id, ())),
            alerts=tuple(alerts.get(v.id, ()))) for v in visits]
