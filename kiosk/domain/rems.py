"""The Spravato REMS patient monitoring record of one esketamine session (CLINICAL.md 4).

:func:`build_rems` fills the record from the visit's own records: the dose
entered at the start of the visit and the dosing time, blood pressure before
the dose, at about 40 minutes and at the end, every sedation (MOAA/S) and
dissociation observation with its time, the nurse's yes/no on respiratory
depression, the time the patient was ready to leave and the total monitoring
time, adverse events (the visit's alerts and the nurses' notes on them) and the
nurse's name. :meth:`RemsRecord.missing` says, in plain words, what the record
still needs before it can be filed.

Choices made here, on the safe side:

* the ~40-minute BP is the reading taken 35-60 minutes after the dose that is
  nearest to 40 minutes (it is due from 35 min, :data:`BP_40_DUE_FROM`); the
  end BP is the last reading taken after it, so one reading never counts twice;
* the ready-to-leave time is the nurse's signature on the discharge (the nurse
  signs only when the patient is ready); total monitoring time runs from the
  dose to that moment;
* the kiosk's own "BP due" reminder is not an adverse event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.messages import Message, cause_message
from kiosk.domain.records import AlertRecord, ObservationRecord, Treatment, VisitRecord

BP_40_DUE_FROM = timedelta(minutes=35)
"""The ~40-minute BP is due from 35 minutes after the dose."""
BP_40_TARGET = timedelta(minutes=40)
BP_40_LATEST = timedelta(minutes=60)
"""A reading later than this is not the ~40-minute one (it may still be the end BP)."""
BP_DUE_ALERT_AFTER = timedelta(minutes=45)
"""Not entered by 45 minutes: a review alert "BP due"."""
BP_DUE_RULE = "rems-bp-due"
"""Rule id of the "BP due" review alert."""


@dataclass(frozen=True)
class BpReading:
    """One blood pressure.

    Attributes:
        systolic: mmHg.
        diastolic: mmHg, if taken.
        taken_at: when; None for the pre-dose value entered at the visit start.
    """

    systolic: int
    diastolic: int | None
    taken_at: datetime | None

    @property
    def text(self) -> str:
        """"128/82" (or "128/-" without a diastolic)."""
        return f"{self.systolic}/{self.diastolic if self.diastolic is not None else '-'}"


@dataclass(frozen=True)
class SedationObservation:
    """One MOAA/S and dissociation observation with its time.

    Attributes:
        taken_at: when.
        minutes: whole minutes after the dose.
        moaas: MOAA/S 0-5, if scored.
        dissociation: "present" or "resolved", if recorded.
    """

    taken_at: datetime
    minutes: int
    moaas: int | None
    dissociation: str | None


@dataclass(frozen=True)
class AdverseEvent:
    """An alert of the visit, or a nurse's note on it.

    Attributes:
        at: when it was raised (for a note: when it was written, at acknowledgement).
        message: what happened, in staff words, as a message a screen translates
            (an alert's cause, or the nurse's note).
        severity: "urgent", "request" or "review" (empty for a note).
    """

    at: datetime
    message: Message
    severity: str

    @property
    def text(self) -> str:
        """What happened, in English (the REMS PDF and CSV)."""
        return self.message.english()


@dataclass(frozen=True)
class RemsRecord:
    """Everything the REMS patient monitoring form asks, for one visit.

    Attributes:
        visit_id: the visit.
        patient_label: first name and last initial.
        record_number: the clinic's record number, if entered.
        dose_mg: the esketamine dose entered at the start of the visit.
        dosed_at: when the dose was given (the end of dosing on the visit).
        bp_pre: the pre-dose BP from the visit start, if entered.
        bp_40: the ~40-minute BP, if taken.
        bp_end: the BP at the end of monitoring, if taken after the 40-minute one.
        observations: every MOAA/S / dissociation observation, oldest first.
        respiratory_depression: the nurse's yes/no; None until answered.
        ready_at: when the patient was ready to leave (the discharge signature).
        nurse_name: the nurse who signs the record.
        adverse_events: alerts and nurses' notes, oldest first.
    """

    visit_id: int
    patient_label: str
    record_number: str | None
    dose_mg: int | None
    dosed_at: datetime
    bp_pre: BpReading | None
    bp_40: BpReading | None
    bp_end: BpReading | None
    observations: tuple[SedationObservation, ...]
    respiratory_depression: bool | None
    ready_at: datetime | None
    nurse_name: str | None
    adverse_events: tuple[AdverseEvent, ...]

    @property
    def monitoring_minutes(self) -> int | None:
        """Whole minutes from the dose to ready-to-leave, once that time is known."""
        if self.ready_at is None:
            return None
        return max(0, int((self.ready_at - self.dosed_at).total_seconds() // 60))

    def missing(self, now: datetime | None = None) -> list[Message]:
        """What the record still needs, as messages for the nurse (empty: complete).

        Args:
            now: the current time; the ~40-minute BP counts as missing only once
                it is due (35 minutes). None: always list it when absent.
        """
        needs: list[Message] = []
        if self.dose_mg is None:
            needs.append(Message("rems.needs.dose"))
        if self.bp_pre is None:
            needs.append(Message("rems.needs.bp_pre"))
        due = now is None or now - self.dosed_at >= BP_40_DUE_FROM
        if self.bp_40 is None and due:
            needs.append(Message("rems.needs.bp_40"))
        if self.bp_end is None:
            needs.append(Message("rems.needs.bp_end"))
        if not any(o.moaas is not None for o in self.observations):
            needs.append(Message("rems.needs.sedation"))
        if not any(o.dissociation is not None for o in self.observations):
            needs.append(Message("rems.needs.dissociation"))
        if self.respiratory_depression is None:
            needs.append(Message("rems.needs.respiratory"))
        return needs


def _bp(obs: ObservationRecord) -> BpReading | None:
    if obs.systolic is None:
        return None
    return BpReading(obs.systolic, obs.diastolic, obs.taken_at)


def bp_at_40(visit: VisitRecord, observations: Sequence[ObservationRecord]) -> BpReading | None:
    """The reading 35-60 minutes after the dose nearest to 40 minutes, if any."""
    window = [o for o in observations if o.systolic is not None
              and BP_40_DUE_FROM <= o.taken_at - visit.infusion_end <= BP_40_LATEST]
    if not window:
        return None
    best = min(window, key=lambda o: (abs(o.taken_at - visit.infusion_end - BP_40_TARGET),
                                      o.taken_at))
    return _bp(best)


def bp_due(visit: VisitRecord, observations: Sequence[ObservationRecord],
           now: datetime) -> bool:
    """True when the ~40-minute BP has not been entered by 45 minutes (esketamine only)."""
    if visit.treatment is not Treatment.ESKETAMINE:
        return False
    if now - visit.infusion_end < BP_DUE_ALERT_AFTER:
        return False
    return not any(o.systolic is not None and o.taken_at - visit.infusion_end >= BP_40_DUE_FROM
                   for o in observations)


def _events(alerts: Sequence[AlertRecord]) -> tuple[AdverseEvent, ...]:
    events = []
    for alert in sorted(alerts, key=lambda a: (a.raised_at, a.id)):
        if alert.rule_id == BP_DUE_RULE:
            continue
        events.append(AdverseEvent(alert.raised_at, cause_message(alert.rule_id, alert.cause),
                                   alert.severity.value))
        if alert.note and alert.acknowledged_at is not None:
            note = (Message("rems.note.by", {"name": alert.acknowledged_by, "note": alert.note})
                    if alert.acknowledged_by else Message("rems.note", {"note": alert.note}))
            events.append(AdverseEvent(alert.acknowledged_at, note, ""))
    return tuple(sorted(events, key=lambda e: e.at))


def build_rems(visit: VisitRecord, observations: Sequence[ObservationRecord],
               alerts: Sequence[AlertRecord], *, ready_at: datetime | None,
               nurse_name: str | None) -> RemsRecord:
    """Fill the REMS monitoring record from one visit's records.

    Args:
        visit: the esketamine visit (its dose, dosing time and pre-dose BP).
        observations: the nurses' observations, any order.
        alerts: every alert of the visit, open or acknowledged.
        ready_at: when the patient was ready to leave (None before signing).
        nurse_name: the nurse who signs the record.

    Returns:
        The record; see :meth:`RemsRecord.missing` for what it still lacks.
    """
    ordered = sorted(observations, key=lambda o: o.taken_at)
    pre = (BpReading(visit.baseline_systolic, visit.baseline_diastolic, None)
           if visit.baseline_systolic else None)
    forty = bp_at_40(visit, ordered)
    later = [o for o in ordered if o.systolic is not None
             and (forty is None or forty.taken_at is None or o.taken_at > forty.taken_at)
             and o.taken_at - visit.infusion_end >= BP_40_DUE_FROM]
    end = _bp(later[-1]) if forty is not None and later else None
    sedation = tuple(
        SedationObservation(o.taken_at,
                            max(0, int((o.taken_at - visit.infusion_end).total_seconds() // 60)),
                            o.moaas, o.dissociation)
        for o in ordered if o.moaas is not None or o.dissociation is not None)
    return RemsRecord(
        visit_id=visit.id, patient_label=visit.patient_label,
        record_number=visit.record_number, dose_mg=visit.dose_mg, dosed_at=visit.infusion_end,
        bp_pre=pre, bp_40=forty, bp_end=end, observations=sedation,
        respiratory_depression=visit.respiratory_depression, ready_at=ready_at,
        nurse_name=nurse_name, adverse_events=_events(alerts))
