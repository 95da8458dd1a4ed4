"""Nurse observations: vitals, sedation, PADSS items; the alerts they raise; visit sign-offs.

Nurse-entered alert rules (CLINICAL.md section 6):

* SpO2 below the clinic's threshold (``readiness.spo2_min``): urgent;
* BP rising after the 40-minute check: systolic at least
  :data:`BP_RISE_MMHG` above the previous observation, taken 40 minutes or more
  after dosing (the margin keeps ordinary cuff-to-cuff noise quiet): review;
* MOAA/S below 5 late in the stay (:data:`LATE_SEDATION` after dosing, when
  sedation is usually gone): review.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from kiosk.config import Settings
from kiosk.domain.clock import Clock
from kiosk.domain.messages import Message
from kiosk.domain.records import AlertRecord, ObservationRecord, Severity, VisitRecord
from kiosk.domain.scoring import Ambulation, NauseaVomiting, PadssInput, PadssResult, padss
from kiosk.storage.db import Database
from kiosk.storage.repositories.alerts import AlertRepository
from kiosk.storage.repositories.audit import AuditRepository
from kiosk.storage.repositories.observations import ObservationRepository
from kiosk.storage.repositories.visits import VisitRepository

BP_CHECK = timedelta(minutes=40)
BP_RISE_MMHG = 10
LATE_SEDATION = timedelta(minutes=90)
DISSOCIATION = ("present", "resolved")

_LIMITS = {"systolic": (40, 300), "diastolic": (20, 200), "pulse": (20, 250),
           "spo2": (50, 100), "resp_rate": (0, 80), "moaas": (0, 5), "ambulation": (0, 2),
           "nausea_vomiting": (0, 2), "pain": (0, 10)}


class ObservationError(ValueError):
    """An entry is out of range; the message names the reading.

    Attributes:
        reason: the same as a message key a screen translates (:mod:`kiosk.domain.messages`).
    """

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.english())
        self.reason = reason


@dataclass(frozen=True)
class ObservationEntry:
    """What the nurse typed; every reading but the respiratory rate is needed.

    Attributes:
        systolic, diastolic: blood pressure, mmHg.
        pulse: beats per minute.
        spo2: oxygen saturation, percent.
        on_room_air: False when on supplemental oxygen.
        resp_rate: breaths per minute, if counted.
        moaas: MOAA/S 0-5.
        ambulation: PADSS ambulation score 0-2.
        nausea_vomiting: PADSS nausea/vomiting score 0-2.
        pain: 0-10.
        dissociation: "present" or "resolved".
    """

    systolic: int
    diastolic: int
    pulse: int
    spo2: int
    on_room_air: bool
    moaas: int
    ambulation: int
    nausea_vomiting: int
    pain: int
    dissociation: str
    resp_rate: int | None = None

    def __post_init__(self) -> None:
        for name, (lo, hi) in _LIMITS.items():
            value = getattr(self, name)
            if value is None and name == "resp_rate":
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
                raise ObservationError(Message("observation.range", {
                    "reading": Message(f"reading.{name}"), "lo": lo, "hi": hi}))
        if self.dissociation not in DISSOCIATION:
            raise ObservationError(Message("observation.dissociation"))


def padss_for(visit: VisitRecord, entry: ObservationEntry) -> PadssResult | None:
    """The modified PADSS of an entry (bleeding not applicable), or None without a baseline."""
    if not visit.baseline_systolic or not visit.baseline_pulse:
        return None
    return padss(PadssInput(
        systolic=entry.systolic, pulse=entry.pulse, diastolic=entry.diastolic,
        baseline_systolic=visit.baseline_systolic, baseline_pulse=visit.baseline_pulse,
        ambulation=Ambulation(entry.ambulation),
        nausea_vomiting=NauseaVomiting(entry.nausea_vomiting), pain=entry.pain))


def alert_hits(visit: VisitRecord, entry: ObservationEntry, previous: ObservationRecord | None,
               settings: Settings, elapsed: timedelta) -> list[tuple[str, str, Severity]]:
    """(rule id, cause, severity) of each nurse-entered rule the entry breaks.

    Causes are stored in English (the FHIR export sends them); screens read
    them back with :func:`kiosk.domain.messages.cause_message` to translate.
    """
    hits = []
    spo2_min = settings.readiness.spo2_min
    if entry.spo2 < spo2_min:
        hits.append(("obs-spo2-low", Message("cause.spo2_low", {
            "spo2": entry.spo2, "minimum": spo2_min}).english(), Severity.URGENT))
    if elapsed >= BP_CHECK and previous is not None and previous.systolic is not None \
            and entry.systolic >= previous.systolic + BP_RISE_MMHG:
        hits.append(("obs-bp-rising", Message("cause.bp_rising", {
            "before": previous.systolic, "after": entry.systolic}).english(), Severity.REVIEW))
    if elapsed >= LATE_SEDATION and entry.moaas < 5:
        hits.append(("obs-moaas-late", Message("cause.moaas_late", {
            "moaas": entry.moaas, "minutes": int(elapsed.total_seconds() // 60)}).english(),
            Severity.REVIEW))
    return hits


@dataclass(frozen=True)
class SavedObservation:
    """The stored observation, its PADSS and the alerts it raised."""

    observation: ObservationRecord
    padss: PadssResult | None
    new_alerts: tuple[AlertRecord, ...]


class ObservationService:
    """Use cases of the nurse's entries on a visit."""

    def __init__(self, db: Database, clock: Clock, settings: Settings) -> None:
        self._db = db
        self._clock = clock
        self.settings = settings

    def record(self, visit_id: int, entry: ObservationEntry, *,
               staff_id: int | None) -> SavedObservation:
        """Store an observation with its PADSS total and raise any alerts, in one unit.

        Raises:
            LookupError: no such visit.
        """
        now = self._clock.now()
        with self._db.unit() as s:
            visit = VisitRepository(s).require(visit_id)
            repo = ObservationRepository(s)
            earlier = repo.for_visit(visit_id)
            score = padss_for(visit, entry)
            obs = repo.add(visit_id=visit_id, taken_at=now, staff_id=staff_id,
                           padss_total=score.total if score else None, **asdict(entry))
            alerts = AlertRepository(s)
            new = tuple(alerts.add(visit_id=visit_id, cause=cause, severity=severity, now=now,
                                   rule_id=rule)
                        for rule, cause, severity in alert_hits(
                            visit, entry, earlier[-1] if earlier else None, self.settings,
                            now - visit.infusion_end))
            AuditRepository(s).add("observation_saved", now=now, staff_id=staff_id,
                                   visit_id=visit_id, detail=f"observation {obs.id}")
        return SavedObservation(obs, score, new)

    def history(self, visit_id: int) -> list[ObservationRecord]:
        """A visit's observations, oldest first."""
        with self._db.unit() as s:
            return ObservationRepository(s).for_visit(visit_id)

    def record_safety_assessment(self, visit_id: int, *, staff_id: int | None) -> VisitRecord:
        """A clinician recorded the brief suicide safety assessment (non-acute positive ASQ).

        It never clears an acute positive: that needs
        :meth:`record_safety_evaluation`.
        """
        now = self._clock.now()
        return self._update_audited(visit_id, "safety_assessment_recorded", now, staff_id,
                                    safety_assessed_at=now, safety_assessed_by_id=staff_id)

    def record_safety_evaluation(self, visit_id: int, *, staff_id: int | None) -> VisitRecord:
        """A clinician recorded the full safety evaluation (needed after an acute positive)."""
        now = self._clock.now()
        return self._update_audited(visit_id, "safety_evaluation_recorded", now, staff_id,
                                    safety_evaluated_at=now, safety_evaluated_by_id=staff_id)

    def set_respiratory_depression(self, visit_id: int, value: bool, *,
                                   staff_id: int | None) -> VisitRecord:
        """The nurse's yes/no on respiratory depression for the REMS monitoring record."""
        return self._update_audited(visit_id, "rems_respiratory_recorded", self._clock.now(),
                                    staff_id, respiratory_depression=value)

    def set_escort(self, visit_id: int, confirmed: bool, *, staff_id: int | None) -> VisitRecord:
        """The nurse confirms (or withdraws) the responsible adult escort."""
        return self._update_audited(
            visit_id, "escort_confirmed" if confirmed else "escort_withdrawn", self._clock.now(),
            staff_id, escort_confirmed=confirmed)

    def _update_audited(self, visit_id: int, action: str, now: datetime, staff_id: int | None,
                        **values: object) -> VisitRecord:
        """Set ``values`` on the visit and audit ``action`` at ``now``, in one unit."""
        with self._db.unit() as s:
            visit = VisitRepository(s).update(visit_id, **values)
            AuditRepository(s).add(action, now=now, staff_id=staff_id, visit_id=visit_id)
        return visit
