"""One function per ready-to-leave item of CLINICAL.md section 7.

Each returns :class:`Criterion` objects with plain words for the nurse (what
is true now) and the rule behind them, as :class:`~kiosk.domain.messages.Message`
keys the screens translate. Missing data is never a pass: no
assessment or no check-in yet is an unmet criterion that says so.
:mod:`kiosk.domain.readiness` puts them together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from kiosk.domain.messages import ENGLISH, Joined, Message, Param, cause_message
from kiosk.domain.readiness_inputs import (
    ESKETAMINE_FLOOR_MINUTES,
    AsqStatus,
    Assessment,
    Dissociation,
    OpenAlert,
    PatientReport,
    ReadinessInput,
    ReadinessRules,
    Treatment,
)
from kiosk.domain.vitals import direction, format_percent, percent_off, within_percent


@dataclass(frozen=True)
class Criterion:
    """One ready-to-leave item.

    Attributes:
        key: Stable identifier (``"observation_time"``, ``"padss"``, ``"spo2"``,
            ``"blood_pressure"``, ``"pulse"``, ``"sedation"``, ``"dissociation"``,
            ``"nausea"``, ``"disconnection"``, ``"alerts"``, ``"asq"``,
            ``"escort"``, ``"no_driving"``).
        met: Whether the item is satisfied now.
        detail: Plain words on the current state, e.g. "Observed for 45 of 120
            minutes", as a message the screen translates.
        why: The rule behind the item, e.g. "Esketamine: at least 2 hours after
            the dose (Spravato REMS)", as a message.
        hard: True when a nurse override must not waive it (regulatory or
            immediate safety); False when it may be overridden with a reason.
    """

    key: str
    met: bool
    detail: Message
    why: Message
    hard: bool

    @property
    def label(self) -> str:
        """The current state in English (for plain-text consumers)."""
        return self.detail.english()

    @property
    def rule(self) -> str:
        """The rule in English (for plain-text consumers)."""
        return self.why.english()


def time_criterion(inp: ReadinessInput, minutes: int) -> Criterion:
    """Minimum observation time since the end of dosing (hard for esketamine)."""
    elapsed = inp.now - inp.dosing_ended_at
    met = elapsed >= timedelta(minutes=minutes)
    whole = max(0, int(elapsed.total_seconds() // 60))
    label = Message("readiness.time.met" if met else "readiness.time.short",
                    {"elapsed": whole, "minutes": minutes})
    esketamine = inp.treatment is Treatment.ESKETAMINE
    if esketamine and minutes == ESKETAMINE_FLOOR_MINUTES:
        rule = Message("readiness.time.rule.esketamine_floor")
    elif esketamine:
        rule = Message("readiness.time.rule.esketamine", {"minutes": minutes})
    else:
        rule = Message("readiness.time.rule.iv", {"minutes": minutes})
    return Criterion("observation_time", met, label, rule, hard=esketamine)


def assessment_criteria(
    inp: ReadinessInput, after_dosing: Sequence[Assessment], rules: ReadinessRules
) -> tuple[Criterion, ...]:
    """PADSS, SpO2, BP, pulse, MOAA/S and dissociation from the nurse's assessments.

    Args:
        inp: The visit (for treatment and baselines).
        after_dosing: Assessments taken since dosing ended, oldest first.
        rules: Clinic settings.

    Returns:
        Six criteria in that order.
    """
    esketamine = inp.treatment is Treatment.ESKETAMINE
    pct = rules.vitals_within_percent
    moaas = rules.moaas_for(inp.treatment)
    rules_text = {
        "padss": Message("readiness.padss.rule", {"minimum": rules.padss_min,
                                                  "count": rules.padss_consecutive}),
        "spo2": Message("readiness.spo2.rule", {"minimum": rules.spo2_min}),
        "blood_pressure": Message("readiness.bp.rule", {"percent": pct}),
        "pulse": Message("readiness.pulse.rule", {"percent": pct}),
        "sedation": Message("readiness.sedation.rule.esketamine" if esketamine
                            else "readiness.sedation.rule", {"moaas": moaas}),
        "dissociation": Message("readiness.dissociation.rule"),
    }
    hard = {"spo2": esketamine, "sedation": esketamine, "dissociation": esketamine}
    if not after_dosing:
        missing = Message(
            "readiness.assessment.none_since_dosing"
            if inp.assessments
            else "readiness.assessment.none"
        )
        return tuple(
            Criterion(key, False, missing, rule, hard.get(key, False))
            for key, rule in rules_text.items()
        )
    latest = after_dosing[-1]
    air = "readiness.spo2.room_air" if latest.on_room_air else "readiness.spo2.oxygen"
    checks: dict[str, tuple[bool, Message]] = {
        "padss": _padss(after_dosing, rules),
        "spo2": (
            latest.on_room_air and latest.spo2 > rules.spo2_min,
            Message(air, {"spo2": latest.spo2}),
        ),
        "blood_pressure": _blood_pressure(inp, latest, pct),
        "pulse": _vital("vital.pulse", latest.pulse, inp.baseline_pulse, pct),
        "sedation": (latest.moaas >= moaas,
                     Message("readiness.sedation.state", {"moaas": latest.moaas})),
        "dissociation": _dissociation(after_dosing),
    }
    return tuple(
        Criterion(key, met, label, rules_text[key], hard.get(key, False))
        for key, (met, label) in checks.items()
    )


def checkin_criteria(report: PatientReport | None, rules: ReadinessRules) -> tuple[Criterion, ...]:
    """Nausea (and vomiting) and disconnection from the latest patient check-in."""
    nausea_rule = Message("readiness.nausea.rule", {"below": rules.nausea_below})
    apart_rule = Message("readiness.disconnection.rule", {"maximum": rules.disconnection_max})
    if report is None:
        none = Message("readiness.checkin.none")
        return (
            Criterion("nausea", False, none, nausea_rule, hard=False),
            Criterion("disconnection", False, none, apart_rule, hard=False),
        )
    vomit = ".vomiting" if report.vomiting else ""
    nausea: tuple[bool, Message]
    if report.nausea is None:
        nausea = (False, Message("readiness.nausea.unanswered" + vomit))
    else:
        ok = report.nausea < rules.nausea_below and not report.vomiting
        nausea = (ok, Message("readiness.nausea.state" + vomit, {"nausea": report.nausea}))
    apart: tuple[bool, Message]
    if report.disconnection is None:
        apart = (False, Message("readiness.disconnection.unanswered"))
    else:
        ok = report.disconnection <= rules.disconnection_max
        apart = (ok, Message("readiness.disconnection.state", {"value": report.disconnection}))
    return (
        Criterion("nausea", *nausea, nausea_rule, hard=False),
        Criterion("disconnection", *apart, apart_rule, hard=False),
    )


def alerts_criterion(alerts: Sequence[OpenAlert]) -> Criterion:
    """No open (unacknowledged) alert; any severity blocks."""
    if not alerts:
        label = Message("readiness.alerts.none")
    else:
        listed = Joined(tuple(
            Message("readiness.alerts.item", {"cause": cause_message(a.rule_id, a.cause),
                                              "severity": _severity(a.severity)})
            for a in alerts))
        label = (Message("readiness.alerts.one", {"alerts": listed}) if len(alerts) == 1
                 else Message("readiness.alerts.many", {"count": len(alerts), "alerts": listed}))
    return Criterion("alerts", not alerts, label, Message("readiness.alerts.rule"), hard=True)


def _severity(severity: str) -> Param:
    key = f"severity.{severity}"
    return Message(key) if key in ENGLISH else severity


def asq_criteria(inp: ReadinessInput, rules: ReadinessRules) -> tuple[Criterion, ...]:
    """ASQ safety assessment, escort and the no-driving acknowledgement.

    The two clinician records are separate: the brief suicide safety assessment
    clears a non-acute positive only, the full safety evaluation an acute
    positive only (CLINICAL.md section 5).
    """
    brief = inp.asq_brief_assessment_recorded
    full = inp.asq_full_evaluation_recorded
    asq_words: dict[AsqStatus, tuple[bool, str]] = {
        AsqStatus.NOT_ASKED: (
            not rules.require_asq,
            "readiness.asq.not_asked" + (".required" if rules.require_asq else ""),
        ),
        AsqStatus.NEGATIVE: (True, "readiness.asq.negative"),
        AsqStatus.NON_ACUTE_POSITIVE: (
            brief,
            "readiness.asq.non_acute.recorded" if brief else "readiness.asq.non_acute.needed",
        ),
        AsqStatus.ACUTE_POSITIVE: (
            full,
            "readiness.asq.acute.recorded" if full else "readiness.asq.acute.needed",
        ),
    }
    met, label = asq_words[inp.asq]
    return (
        Criterion("asq", met, Message(label), Message("readiness.asq.rule"), hard=True),
        escort_criterion(inp, rules),
        Criterion(
            "no_driving",
            inp.no_driving_acknowledged,
            Message("readiness.no_driving.done" if inp.no_driving_acknowledged
                    else "readiness.no_driving.not_yet"),
            Message("readiness.no_driving.rule"),
            hard=True,
        ),
    )


def escort_criterion(inp: ReadinessInput, rules: ReadinessRules) -> Criterion:
    """A responsible adult escort confirmed by the nurse (the patient's "yes" is not enough).

    Hard for esketamine (no driving until the next day is part of the REMS); for
    IV ketamine hard unless the clinic setting says otherwise.
    """
    hard = rules.escort_is_hard(inp.treatment)
    if inp.escort_confirmed:
        label = "readiness.escort.confirmed"
    elif inp.escort_patient_said_yes:
        label = "readiness.escort.patient_said_yes"
    else:
        label = "readiness.escort.none"
    if inp.treatment is Treatment.ESKETAMINE:
        rule = "readiness.escort.rule.esketamine"
    elif hard:
        rule = "readiness.escort.rule.required"
    else:
        rule = "readiness.escort.rule.optional"
    return Criterion("escort", inp.escort_confirmed, Message(label), Message(rule), hard=hard)


def _padss(after_dosing: Sequence[Assessment], rules: ReadinessRules) -> tuple[bool, Message]:
    """The last ``padss_consecutive`` PADSS totals must all reach ``padss_min``."""
    scores = [a.padss_total for a in after_dosing if a.padss_total is not None]
    wanted = rules.padss_consecutive
    if not scores:
        return False, Message("readiness.padss.none")
    if len(scores) < wanted:
        return False, Message("readiness.padss.too_few", {
            "count": len(scores), "scores": Joined(tuple(scores)), "needed": wanted})
    last = scores[-wanted:]
    listed = Joined(tuple(last), "sep.then")
    label = (Message("readiness.padss.last_one", {"scores": listed}) if wanted == 1
             else Message("readiness.padss.last_many", {"scores": listed, "count": wanted}))
    return all(s >= rules.padss_min for s in last), label


def _vital(name: str, value: int, baseline: int | None, pct: int) -> tuple[bool, Message]:
    """A reading within ``pct`` % of baseline, boundary included; ``name`` is a message key."""
    if baseline is None:
        return False, Message("readiness.vital.no_baseline",
                              {"name": Message(name), "value": value})
    off = percent_off(value, baseline)
    where = direction(value, baseline)
    if where == "at":
        label = Message("readiness.vital.same", {"name": Message(name), "value": value})
    else:
        label = Message(f"readiness.vital.{where}", {
            "name": Message(name), "value": value, "percent": format_percent(off),
            "baseline": baseline})
    return within_percent(value, baseline, pct), label


def _blood_pressure(inp: ReadinessInput, latest: Assessment, pct: int) -> tuple[bool, Message]:
    """Systolic and diastolic each within ``pct`` % of their baselines; both are needed."""
    systolic_ok, systolic = _vital("vital.systolic", latest.systolic, inp.baseline_systolic, pct)
    if latest.diastolic is None:
        return False, Message("readiness.bp.no_diastolic", {"systolic": systolic})
    diastolic_ok, diastolic = _vital("vital.diastolic", latest.diastolic,
                                     inp.baseline_diastolic, pct)
    return systolic_ok and diastolic_ok, Message("readiness.bp.both",
                                                 {"systolic": systolic, "diastolic": diastolic})


def _dissociation(after_dosing: Sequence[Assessment]) -> tuple[bool, Message]:
    """The latest clinician record of dissociation must say resolved."""
    calls = [a.dissociation for a in after_dosing if a.dissociation is not None]
    if not calls:
        return False, Message("readiness.dissociation.none")
    if calls[-1] is Dissociation.RESOLVED:
        return True, Message("readiness.dissociation.resolved")
    return False, Message("readiness.dissociation.present")
