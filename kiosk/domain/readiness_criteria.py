"""One function per ready-to-leave item of CLINICAL.md section 7.

Each returns :class:`Criterion` objects with plain words for the nurse (what
is true now) and the rule behind them. Missing data is never a pass: no
assessment or no check-in yet is an unmet criterion that says so.
:mod:`kiosk.domain.readiness` puts them together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

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
        label: Plain words on the current state, e.g. "Observed for 45 of 120 minutes".
        rule: The rule behind the item, e.g. "Esketamine: at least 2 hours after
            the dose (Spravato REMS)".
        hard: True when a nurse override must not waive it (regulatory or
            immediate safety); False when it may be overridden with a reason.
    """

    key: str
    met: bool
    label: str
    rule: str
    hard: bool


def time_criterion(inp: ReadinessInput, minutes: int) -> Criterion:
    """Minimum observation time since the end of dosing (hard for esketamine)."""
    elapsed = inp.now - inp.dosing_ended_at
    met = elapsed >= timedelta(minutes=minutes)
    whole = max(0, int(elapsed.total_seconds() // 60))
    if met:
        label = f"Observed for {whole} minutes ({minutes} needed)"
    else:
        label = f"Observed for {whole} of {minutes} minutes"
    esketamine = inp.treatment is Treatment.ESKETAMINE
    if esketamine and minutes == ESKETAMINE_FLOOR_MINUTES:
        rule = "Esketamine: at least 2 hours after the dose (Spravato REMS)"
    elif esketamine:
        rule = (
            f"Esketamine: at least {minutes} minutes after the dose "
            "(clinic setting; never under 2 hours, Spravato REMS)"
        )
    else:
        rule = f"IV ketamine: at least {minutes} minutes after the infusion ends (clinic setting)"
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
    sedation_rule = f"MOAA/S {moaas} (5: responds readily to name, normal voice)"
    if esketamine:
        sedation_rule += "; esketamine: sedation must have resolved (Spravato REMS)"
    rules_text = {
        "padss": (
            f"Modified PADSS {rules.padss_min} or more on the last "
            f"{rules.padss_consecutive} nurse assessments"
        ),
        "spo2": f"SpO2 above {rules.spo2_min} % on room air",
        "blood_pressure": (
            f"Systolic and diastolic BP each within {pct} % of the pre-treatment values"
        ),
        "pulse": f"Pulse within {pct} % of the pre-treatment value",
        "sedation": sedation_rule,
        "dissociation": "A clinician records dissociation as resolved",
    }
    hard = {"spo2": esketamine, "sedation": esketamine, "dissociation": esketamine}
    if not after_dosing:
        missing = (
            "No nurse assessment recorded since dosing ended"
            if inp.assessments
            else "No nurse assessment recorded yet"
        )
        return tuple(
            Criterion(key, False, missing, rule, hard.get(key, False))
            for key, rule in rules_text.items()
        )
    latest = after_dosing[-1]
    air = "on room air" if latest.on_room_air else "on oxygen; a room-air reading is needed"
    checks = {
        "padss": _padss(after_dosing, rules),
        "spo2": (
            latest.on_room_air and latest.spo2 > rules.spo2_min,
            f"SpO2 {latest.spo2} % {air}",
        ),
        "blood_pressure": _blood_pressure(inp, latest, pct),
        "pulse": _vital("Pulse", latest.pulse, inp.baseline_pulse, pct),
        "sedation": (latest.moaas >= moaas, f"MOAA/S {latest.moaas} of 5"),
        "dissociation": _dissociation(after_dosing),
    }
    return tuple(
        Criterion(key, met, label, rules_text[key], hard.get(key, False))
        for key, (met, label) in checks.items()
    )


def checkin_criteria(report: PatientReport | None, rules: ReadinessRules) -> tuple[Criterion, ...]:
    """Nausea (and vomiting) and disconnection from the latest patient check-in."""
    nausea_rule = (
        f"Latest patient check-in: nausea below {rules.nausea_below} of 10 and no vomiting"
    )
    apart_rule = f"Latest patient check-in: feeling disconnected {rules.disconnection_max} or less"
    if report is None:
        return (
            Criterion("nausea", False, "No patient check-in yet", nausea_rule, hard=False),
            Criterion("disconnection", False, "No patient check-in yet", apart_rule, hard=False),
        )
    vomit = "vomiting reported" if report.vomiting else "no vomiting"
    if report.nausea is None:
        nausea = (False, f"Nausea not answered in the latest check-in; {vomit}")
    else:
        ok = report.nausea < rules.nausea_below and not report.vomiting
        nausea = (ok, f"Nausea {report.nausea} of 10; {vomit}")
    if report.disconnection is None:
        apart = (False, "Disconnection not answered in the latest check-in")
    else:
        ok = report.disconnection <= rules.disconnection_max
        apart = (ok, f"Feeling disconnected {report.disconnection} of 10")
    return (
        Criterion("nausea", *nausea, nausea_rule, hard=False),
        Criterion("disconnection", *apart, apart_rule, hard=False),
    )


def alerts_criterion(alerts: Sequence[OpenAlert]) -> Criterion:
    """No open (unacknowledged) alert; any severity blocks."""
    if not alerts:
        label = "No open alerts"
    else:
        count = "1 open alert" if len(alerts) == 1 else f"{len(alerts)} open alerts"
        label = f"{count}: " + ", ".join(f"{a.cause} ({a.severity})" for a in alerts)
    rule = "No open (unacknowledged) alert"
    return Criterion("alerts", not alerts, label, rule, hard=True)


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
            "Suicide-risk screen (ASQ) not asked in recovery"
            + ("; the clinic requires it" if rules.require_asq else ""),
        ),
        AsqStatus.NEGATIVE: (True, "Suicide-risk screen (ASQ) negative"),
        AsqStatus.NON_ACUTE_POSITIVE: (
            brief,
            "ASQ positive (not acute): brief suicide safety assessment recorded"
            if brief
            else "ASQ positive (not acute): a clinician's brief safety assessment is needed",
        ),
        AsqStatus.ACUTE_POSITIVE: (
            full,
            "ASQ acute positive: full safety evaluation recorded"
            if full
            else "ASQ acute positive: a full safety evaluation must be recorded",
        ),
    }
    met, label = asq_words[inp.asq]
    asq_rule = (
        "A non-acute positive ASQ needs a brief suicide safety assessment; an acute "
        "positive needs a full safety evaluation; each clears only its own (NIMH ASQ)"
    )
    return (
        Criterion("asq", met, label, asq_rule, hard=True),
        escort_criterion(inp, rules),
        Criterion(
            "no_driving",
            inp.no_driving_acknowledged,
            "No driving acknowledged"
            if inp.no_driving_acknowledged
            else "Patient has not yet acknowledged no driving",
            "The patient acknowledges no driving until tomorrow after a night's sleep",
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
        label = "Escort confirmed by the nurse"
    elif inp.escort_patient_said_yes:
        label = "Patient says an escort is coming; a nurse has not confirmed it yet"
    else:
        label = "No escort confirmed by a nurse yet"
    if inp.treatment is Treatment.ESKETAMINE:
        rule = ("A nurse confirms a responsible adult escort; esketamine: required, "
                "no driving until the next day (Spravato REMS)")
    elif hard:
        rule = "A nurse confirms a responsible adult escort (clinic setting: required)"
    else:
        rule = "A nurse confirms a responsible adult escort (clinic setting: may be overridden)"
    return Criterion("escort", inp.escort_confirmed, label, rule, hard=hard)


def _padss(after_dosing: Sequence[Assessment], rules: ReadinessRules) -> tuple[bool, str]:
    """The last ``padss_consecutive`` PADSS totals must all reach ``padss_min``."""
    scores = [a.padss_total for a in after_dosing if a.padss_total is not None]
    wanted = rules.padss_consecutive
    if not scores:
        return False, "No PADSS recorded yet"
    if len(scores) < wanted:
        listed = ", ".join(str(s) for s in scores)
        return False, f"Only {len(scores)} PADSS recorded so far ({listed}); {wanted} needed"
    last = scores[-wanted:]
    where = "the last assessment" if wanted == 1 else f"the last {wanted} assessments"
    label = f"PADSS {', then '.join(str(s) for s in last)} on {where}"
    return all(s >= rules.padss_min for s in last), label


def _vital(name: str, value: int, baseline: int | None, pct: int) -> tuple[bool, str]:
    """A reading within ``pct`` % of baseline, boundary included."""
    if baseline is None:
        return False, f"{name} {value}: no pre-treatment value recorded to compare with"
    off = percent_off(value, baseline)
    where = direction(value, baseline)
    if where == "at":
        label = f"{name} {value}, same as before treatment"
    else:
        label = f"{name} {value}: {format_percent(off)} % {where} the pre-treatment {baseline}"
    return within_percent(value, baseline, pct), label


def _blood_pressure(inp: ReadinessInput, latest: Assessment, pct: int) -> tuple[bool, str]:
    """Systolic and diastolic each within ``pct`` % of their baselines; both are needed."""
    systolic_ok, systolic = _vital("Systolic BP", latest.systolic, inp.baseline_systolic, pct)
    if latest.diastolic is None:
        return False, f"{systolic}; diastolic BP not recorded at the last assessment"
    diastolic_ok, diastolic = _vital("Diastolic BP", latest.diastolic,
                                     inp.baseline_diastolic, pct)
    return systolic_ok and diastolic_ok, f"{systolic}; {diastolic}"


def _dissociation(after_dosing: Sequence[Assessment]) -> tuple[bool, str]:
    """The latest clinician record of dissociation must say resolved."""
    calls = [a.dissociation for a in after_dosing if a.dissociation is not None]
    if not calls:
        return False, "Dissociation not yet recorded by a clinician"
    if calls[-1] is Dissociation.RESOLVED:
        return True, "Clinician recorded dissociation as resolved"
    return False, "Dissociation still present at the last clinician record"
