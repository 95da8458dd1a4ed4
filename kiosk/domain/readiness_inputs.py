"""Plain inputs and clinic settings for the discharge-readiness engine.

The services layer maps database rows to these frozen dataclasses and hands
them to :func:`kiosk.domain.readiness.assess`; nothing here knows about Qt or
SQLAlchemy. Each class checks its own values on construction and raises a
``ValueError`` that names the offending field. Defaults of
:class:`ReadinessRules` are those of CLINICAL.md section 7.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from kiosk.domain.vitals import check_positive

ESKETAMINE_FLOOR_MINUTES: Final = 120
"""Spravato REMS: at least 2 hours of observation after each dose, whatever the clinic sets."""

ESKETAMINE_MOAAS: Final = 5
"""Spravato REMS: sedation must have resolved (MOAA/S 5), whatever the clinic sets."""


class Treatment(StrEnum):
    """What the patient received."""

    IV_KETAMINE = "iv_ketamine"
    ESKETAMINE = "esketamine"


class Dissociation(StrEnum):
    """The clinician's call on dissociation at one assessment."""

    PRESENT = "present"
    RESOLVED = "resolved"


class AsqStatus(StrEnum):
    """Outcome of the ASQ suicide-risk screen for this visit (CLINICAL.md section 5)."""

    NOT_ASKED = "not_asked"
    NEGATIVE = "negative"
    NON_ACUTE_POSITIVE = "non_acute_positive"
    ACUTE_POSITIVE = "acute_positive"


def _check_aware(name: str, value: datetime) -> None:
    """Reject a naive datetime: comparing it with an aware one would be a guess."""
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")


def _check_int(name: str, value: int | None, low: int, high: int) -> None:
    """Reject a value that is not a whole number in ``low..high`` (None passes)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name} must be a whole number {low}-{high}, got {value!r}")


@dataclass(frozen=True)
class Assessment:
    """One nurse assessment after dosing.

    Attributes:
        taken_at: When it was taken (timezone-aware).
        systolic: Systolic BP, mmHg.
        pulse: Pulse, beats per minute.
        spo2: Oxygen saturation, percent.
        on_room_air: False when the patient was on supplemental oxygen.
        moaas: MOAA/S sedation score, 0-5 (5 = responds readily to name).
        diastolic: Diastolic BP, mmHg, if taken.
        resp_rate: Breaths per minute, if counted.
        dissociation: The clinician's call on dissociation, if recorded.
        padss_total: Modified PADSS total 0-10, if scored at this assessment.
    """

    taken_at: datetime
    systolic: int
    pulse: int
    spo2: int
    on_room_air: bool
    moaas: int
    diastolic: int | None = None
    resp_rate: int | None = None
    dissociation: Dissociation | None = None
    padss_total: int | None = None

    def __post_init__(self) -> None:
        _check_aware("taken_at", self.taken_at)
        check_positive("systolic", self.systolic)
        check_positive("pulse", self.pulse)
        if self.diastolic is not None:
            check_positive("diastolic", self.diastolic)
        _check_int("spo2", self.spo2, 0, 100)
        _check_int("moaas", self.moaas, 0, 5)
        _check_int("resp_rate", self.resp_rate, 0, 200)
        _check_int("padss_total", self.padss_total, 0, 10)
        if self.dissociation is not None and not isinstance(self.dissociation, Dissociation):
            raise ValueError(f"dissociation must be a Dissociation, got {self.dissociation!r}")


@dataclass(frozen=True)
class PatientReport:
    """The patient's latest tablet check-in, as far as readiness needs it.

    Attributes:
        nausea: Nausea 0-10, or None if not answered.
        disconnection: Feeling disconnected 0-10, or None if not answered.
        vomiting: Whether the patient reported vomiting.
    """

    nausea: int | None
    disconnection: int | None
    vomiting: bool = False

    def __post_init__(self) -> None:
        _check_int("nausea", self.nausea, 0, 10)
        _check_int("disconnection", self.disconnection, 0, 10)


@dataclass(frozen=True)
class OpenAlert:
    """An alert nobody has acknowledged yet.

    Attributes:
        cause: What raised it, in words (for example "chest pain").
        severity: How urgent, in the alert service's words; every open alert
            blocks readiness whatever its severity.
        rule_id: The rule that raised it, if any (lets a screen translate a
            cause the kiosk itself wrote).
    """

    cause: str
    severity: str
    rule_id: str | None = None


@dataclass(frozen=True)
class ReadinessInput:
    """Everything the readiness engine looks at for one visit.

    Attributes:
        now: The current time (timezone-aware), from the injected clock.
        treatment: IV ketamine or esketamine.
        dosing_ended_at: End of the infusion, or the last esketamine spray.
        baseline_systolic: Pre-treatment systolic BP, mmHg; None if not
            recorded (the BP criterion is then unmet).
        baseline_pulse: Pre-treatment pulse, beats per minute; None if not
            recorded (the pulse criterion is then unmet).
        baseline_diastolic: Pre-treatment diastolic BP, mmHg; None if not
            recorded (the BP criterion is then unmet: both pressures count).
        assessments: Nurse assessments, oldest first (the engine sorts by time anyway).
        latest_checkin: The patient's latest check-in, or None if none yet.
        open_alerts: Alerts not yet acknowledged.
        asq: Outcome of the ASQ screen.
        asq_brief_assessment_recorded: Whether a clinician recorded the brief
            suicide safety assessment (clears a non-acute positive only).
        asq_full_evaluation_recorded: Whether a clinician recorded the full
            safety evaluation (clears an acute positive only).
        escort_confirmed: Whether a nurse confirmed the responsible adult escort
            (the only fact that meets the escort criterion).
        escort_patient_said_yes: Whether the patient answered that an escort is
            coming (recorded and shown, never a confirmation).
        no_driving_acknowledged: Whether the patient acknowledged no driving
            until tomorrow after sleep.
    """

    now: datetime
    treatment: Treatment
    dosing_ended_at: datetime
    baseline_systolic: int | None
    baseline_pulse: int | None
    assessments: Sequence[Assessment] = ()
    latest_checkin: PatientReport | None = None
    open_alerts: Sequence[OpenAlert] = ()
    asq: AsqStatus = AsqStatus.NOT_ASKED
    asq_brief_assessment_recorded: bool = False
    asq_full_evaluation_recorded: bool = False
    escort_confirmed: bool = False
    no_driving_acknowledged: bool = False
    baseline_diastolic: int | None = None
    escort_patient_said_yes: bool = False

    def __post_init__(self) -> None:
        _check_aware("now", self.now)
        _check_aware("dosing_ended_at", self.dosing_ended_at)
        if not isinstance(self.treatment, Treatment):
            raise ValueError(f"treatment must be a Treatment, got {self.treatment!r}")
        if not isinstance(self.asq, AsqStatus):
            raise ValueError(f"asq must be an AsqStatus, got {self.asq!r}")
        if self.baseline_systolic is not None:
            check_positive("baseline_systolic", self.baseline_systolic)
        if self.baseline_pulse is not None:
            check_positive("baseline_pulse", self.baseline_pulse)
        if self.baseline_diastolic is not None:
            check_positive("baseline_diastolic", self.baseline_diastolic)
        # Store tuples so a caller's list cannot change a frozen input afterwards.
        object.__setattr__(self, "assessments", tuple(self.assessments))
        object.__setattr__(self, "open_alerts", tuple(self.open_alerts))


def _default_minutes() -> Mapping[Treatment, int]:
    """CLINICAL.md section 4 and 7 defaults: IV 60 min (clinic choice), esketamine 120."""
    return {Treatment.IV_KETAMINE: 60, Treatment.ESKETAMINE: ESKETAMINE_FLOOR_MINUTES}


@dataclass(frozen=True)
class ReadinessRules:
    """Clinic settings for readiness (defaults from CLINICAL.md section 7).

    Attributes:
        min_observation_minutes: Minimum stay after dosing, per treatment. For
            esketamine anything under 120 is raised to 120 (Spravato REMS).
        padss_min: Lowest modified PADSS total that counts as home-ready.
        padss_consecutive: How many of the latest PADSS scores must all reach it.
        spo2_min: SpO2 must be strictly above this, on room air.
        vitals_within_percent: Systolic and diastolic BP and pulse must each be
            within this many percent of baseline (boundary included).
        moaas_required: MOAA/S needed (5 = sedation resolved); for esketamine
            anything under 5 is raised to 5 (Spravato REMS).
        nausea_below: Self-reported nausea must be below this.
        disconnection_max: Self-reported disconnection must be at most this.
        require_asq: When True, an ASQ not yet asked also blocks readiness.
        escort_hard_iv: When True (the default), a missing escort cannot be
            overridden for IV ketamine either; for esketamine it never can.
    """

    min_observation_minutes: Mapping[Treatment, int] = field(default_factory=_default_minutes)
    padss_min: int = 9
    padss_consecutive: int = 2
    spo2_min: int = 92
    vitals_within_percent: int = 20
    moaas_required: int = 5
    nausea_below: int = 4
    disconnection_max: int = 3
    require_asq: bool = False
    escort_hard_iv: bool = True

    def __post_init__(self) -> None:
        minutes = dict(self.min_observation_minutes)
        for treatment in Treatment:
            if treatment not in minutes:
                raise ValueError(f"min_observation_minutes has no value for {treatment.value}")
            _check_int(f"min_observation_minutes[{treatment.value}]", minutes[treatment], 0, 1440)
        object.__setattr__(self, "min_observation_minutes", MappingProxyType(minutes))
        _check_int("padss_min", self.padss_min, 0, 10)
        _check_int("padss_consecutive", self.padss_consecutive, 1, 10)
        _check_int("spo2_min", self.spo2_min, 0, 99)
        _check_int("vitals_within_percent", self.vitals_within_percent, 0, 100)
        _check_int("moaas_required", self.moaas_required, 0, 5)
        _check_int("nausea_below", self.nausea_below, 1, 11)
        _check_int("disconnection_max", self.disconnection_max, 0, 10)

    def observation_minutes(self, treatment: Treatment) -> int:
        """Return the minimum stay for ``treatment``, never under the esketamine floor.

        Args:
            treatment: What the patient received.

        Returns:
            Minutes after the end of dosing before the time criterion is met.
        """
        minutes = self.min_observation_minutes[treatment]
        if treatment is Treatment.ESKETAMINE:
            return max(minutes, ESKETAMINE_FLOOR_MINUTES)
        return minutes

    def moaas_for(self, treatment: Treatment) -> int:
        """Return the MOAA/S needed for ``treatment``: always 5 for esketamine.

        Args:
            treatment: What the patient received.

        Returns:
            The lowest MOAA/S that counts as sedation resolved.
        """
        if treatment is Treatment.ESKETAMINE:
            return ESKETAMINE_MOAAS
        return self.moaas_required

    def escort_is_hard(self, treatment: Treatment) -> bool:
        """Return whether a missing escort may not be overridden (always for esketamine)."""
        return treatment is Treatment.ESKETAMINE or self.escort_hard_iv
