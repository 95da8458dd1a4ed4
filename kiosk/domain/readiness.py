"""Discharge-readiness engine: advises, never discharges (CLINICAL.md section 7).

:func:`assess` checks every ready-to-leave item as its own :class:`Criterion`
with plain words and the rule behind it, then gives a verdict:

* NEEDS_ATTENTION when an alert is open or an acute-positive ASQ has no
  recorded safety evaluation;
* otherwise NOT_YET when any criterion is unmet;
* otherwise READY.

A nurse still signs every discharge. ``Criterion.hard`` marks items a nurse
override must not waive (regulatory or immediate safety); the others may be
overridden with a written reason. Input types live in
:mod:`kiosk.domain.readiness_inputs` and are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from kiosk.domain.readiness_criteria import (
    Criterion,
    alerts_criterion,
    asq_criteria,
    assessment_criteria,
    checkin_criteria,
    time_criterion,
)
from kiosk.domain.readiness_inputs import (
    ESKETAMINE_FLOOR_MINUTES,
    ESKETAMINE_MOAAS,
    AsqStatus,
    Assessment,
    Dissociation,
    OpenAlert,
    PatientReport,
    ReadinessInput,
    ReadinessRules,
    Treatment,
)

__all__ = [
    "ESKETAMINE_FLOOR_MINUTES",
    "ESKETAMINE_MOAAS",
    "AsqStatus",
    "Assessment",
    "Criterion",
    "Dissociation",
    "OpenAlert",
    "PatientReport",
    "Readiness",
    "ReadinessInput",
    "ReadinessRules",
    "Treatment",
    "Verdict",
    "assess",
]


class Verdict(StrEnum):
    """The engine's advice."""

    READY = "ready"
    NOT_YET = "not_yet"
    NEEDS_ATTENTION = "needs_attention"


@dataclass(frozen=True)
class Readiness:
    """The engine's advice for one visit at one moment.

    Attributes:
        verdict: READY, NOT_YET or NEEDS_ATTENTION.
        criteria: Every criterion, met or not, in the order of CLINICAL.md section 7.
        earliest_ready_at: When the observation-time criterion is (or was) met:
            the end of dosing plus the minimum stay.
    """

    verdict: Verdict
    criteria: tuple[Criterion, ...]
    earliest_ready_at: datetime

    @property
    def unmet(self) -> tuple[Criterion, ...]:
        """The criteria not met yet, in order."""
        return tuple(c for c in self.criteria if not c.met)

    def criterion(self, key: str) -> Criterion:
        """Return the criterion with ``key``.

        Args:
            key: A criterion key such as ``"padss"``.

        Returns:
            The matching criterion.

        Raises:
            KeyError: If no criterion has that key.
        """
        for criterion in self.criteria:
            if criterion.key == key:
                return criterion
        raise KeyError(key)


def assess(inp: ReadinessInput, rules: ReadinessRules | None = None) -> Readiness:
    """Check every ready-to-leave criterion and give advice.

    Assessments taken before dosing ended are ignored: they say nothing about
    recovery. The others are used newest last, whatever order they came in.

    Args:
        inp: The visit's current state.
        rules: Clinic settings; CLINICAL.md defaults when None.

    Returns:
        The verdict, every criterion with its words and rule, and the earliest
        time the observation-time criterion allows leaving.
    """
    rules = rules or ReadinessRules()
    minutes = rules.observation_minutes(inp.treatment)
    earliest = inp.dosing_ended_at + timedelta(minutes=minutes)
    after_dosing = sorted(
        (a for a in inp.assessments if a.taken_at >= inp.dosing_ended_at),
        key=lambda a: a.taken_at,
    )
    criteria = (
        time_criterion(inp, minutes),
        *assessment_criteria(inp, after_dosing, rules),
        *checkin_criteria(inp.latest_checkin, rules),
        alerts_criterion(inp.open_alerts),
        *asq_criteria(inp, rules),
    )
    acute_unevaluated = (inp.asq is AsqStatus.ACUTE_POSITIVE
                         and not inp.asq_full_evaluation_recorded)
    if inp.open_alerts or acute_unevaluated:
        verdict = Verdict.NEEDS_ATTENTION
    elif any(not c.met for c in criteria):
        verdict = Verdict.NOT_YET
    else:
        verdict = Verdict.READY
    return Readiness(verdict=verdict, criteria=criteria, earliest_ready_at=earliest)
