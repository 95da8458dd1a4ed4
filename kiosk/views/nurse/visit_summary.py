"""What the top of the visit page says: criteria in plain words, unmet first, and the next step.

Every fact comes from the readiness service's :class:`Readiness` (CLINICAL.md
section 7 lives there): this module only names the criteria, groups unmet
ones that say the same thing ("No nurse assessment recorded yet" once, not six
times) and words the next thing a nurse can do about the first one.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication

from kiosk.domain.readiness import Criterion, Readiness, Verdict
from kiosk.domain.records import AlertRecord, Severity
from kiosk.views import domain_text
from kiosk.views.nurse import alert_kinds

NOT_MET_COLOUR, MET_COLOUR, RULE_COLOUR = "#9b2c1a", "#24663a", "#4f5d66"
OBSERVATION_KEYS = ("padss", "spo2", "blood_pressure", "pulse", "sedation", "dissociation")
# Which unmet criterion the "next" line speaks of first: what a nurse can act on now
# comes before what only time or the patient's next check-in can change.
NEXT_ORDER = (
    "alerts",
    "asq",
    *OBSERVATION_KEYS,
    "escort",
    "no_driving",
    "nausea",
    "disconnection",
    "observation_time",
)


translate = QCoreApplication.translate  # lupdate reads translate("context", "words")


def criterion_name(key: str) -> str:
    """A short name for a criterion key (the label says its state)."""
    names = {
        "observation_time": translate("VisitSummary", "Observation time"),
        "padss": translate("VisitSummary", "PADSS"),
        "spo2": translate("VisitSummary", "SpO2"),
        "blood_pressure": translate("VisitSummary", "Blood pressure"),
        "pulse": translate("VisitSummary", "Pulse"),
        "sedation": translate("VisitSummary", "Sedation (MOAA/S)"),
        "dissociation": translate("VisitSummary", "Dissociation"),
        "nausea": translate("VisitSummary", "Nausea"),
        "disconnection": translate("VisitSummary", "Disconnection"),
        "alerts": translate("VisitSummary", "Alerts"),
        "asq": translate("VisitSummary", "Suicide-risk screen"),
        "escort": translate("VisitSummary", "Escort"),
        "no_driving": translate("VisitSummary", "No driving"),
    }
    return names.get(key, key)


def verdict_words(verdict: Verdict) -> str:
    """The verdict as the strip shows it."""
    return {
        Verdict.READY: translate("VisitSummary", "Ready to go"),
        Verdict.NOT_YET: translate("VisitSummary", "Not yet"),
        Verdict.NEEDS_ATTENTION: translate("VisitSummary", "Needs attention"),
    }[verdict]


def grouped(criteria: tuple[Criterion, ...]) -> list[tuple[list[Criterion], str]]:
    """Criteria with the same words together, in the order the first of each appears."""
    groups: dict[str, list[Criterion]] = {}
    for criterion in criteria:
        groups.setdefault(domain_text.text(criterion.detail), []).append(criterion)
    return [(members, label) for label, members in groups.items()]


def unmet_html(readiness: Readiness) -> str:
    """The unmet criteria, grouped; a lone one also shows the rule behind it."""
    unmet = readiness.unmet
    if not unmet:
        return (
            f"<p style='margin:0'><span style='color:{MET_COLOUR}'>&#10003;</span> "
            f"{escape(translate('VisitSummary', 'Every criterion is met.'))}</p>"
        )
    heading = translate("VisitSummary", "Not met yet (%1)").replace("%1", str(len(unmet)))
    parts = [f"<p style='margin:0 0 6px 0'><b>{escape(heading)}</b></p>"]
    for members, label in grouped(unmet):
        names = ", ".join(criterion_name(c.key) for c in members)
        rule = (
            f"<br><span style='color:{RULE_COLOUR}'>"
            f"{escape(domain_text.text(members[0].why))}</span>"
            if len(members) == 1
            else ""
        )
        parts.append(
            f"<p style='margin:0 0 8px 0'><span style='color:{NOT_MET_COLOUR}'>"
            f"&#10007;</span> <b>{escape(names)}</b>: {escape(label)}{rule}</p>"
        )
    return "".join(parts)


def met_html(readiness: Readiness) -> str:
    """The met criteria, one short line each."""
    return "".join(
        f"<p style='margin:0 0 4px 0'><span style='color:{MET_COLOUR}'>&#10003;</span> "
        f"<b>{escape(criterion_name(c.key))}</b>: {escape(domain_text.text(c.detail))}</p>"
        for c in readiness.criteria
        if c.met
    )


def met_toggle_words(readiness: Readiness, shown: bool) -> str:
    """The button that opens or closes the met criteria."""
    count = sum(1 for c in readiness.criteria if c.met)
    words = (
        translate("VisitSummary", "Hide met criteria (%1)")
        if shown
        else translate("VisitSummary", "Show met criteria (%1)")
    )
    return words.replace("%1", str(count))


def next_action(readiness: Readiness, open_alerts: list[AlertRecord]) -> str:
    """The next thing a nurse can do, from the readiness advice and the open alerts."""
    if open_alerts:
        return translate("VisitSummary", "Next: see to the open alert below, then resolve it.")
    if readiness.verdict is Verdict.READY:
        return translate(
            "VisitSummary",
            "Next: every criterion is met. Check the patient and sign the discharge.",
        )
    unmet = {c.key: c for c in readiness.unmet}
    key = next((k for k in NEXT_ORDER if k in unmet), None)
    if key is None:
        first = readiness.unmet[0] if readiness.unmet else None
        return (translate("VisitSummary", "Next: %1").replace(
            "%1", domain_text.text(first.detail)) if first else "")
    label = domain_text.text(unmet[key].detail)
    if key in OBSERVATION_KEYS:
        words = translate("VisitSummary", "Next: record an observation (Observations tab). %1")
    elif key == "asq":
        words = translate("VisitSummary", "Next: record the safety assessment (Readiness tab). %1")
    elif key == "escort":
        words = translate("VisitSummary", "Next: confirm the escort (Readiness tab). %1")
    elif key == "no_driving":
        words = translate("VisitSummary", "Next: the patient acknowledges no driving. %1")
    elif key in ("nausea", "disconnection"):
        words = translate("VisitSummary", "Next: wait for the patient's next check-in. %1")
    else:  # observation time: nothing to do but wait
        at = readiness.earliest_ready_at.astimezone().strftime("%H:%M")
        return translate("VisitSummary", "Next: wait. The observation time is met at %1.").replace(
            "%1", at
        )
    return words.replace("%1", label)


def most_urgent_first(alerts: Iterable[AlertRecord]) -> list[AlertRecord]:
    """Urgent, then patient requests, then reviews; the oldest first within each."""
    order = {Severity.URGENT: 0, Severity.REQUEST: 1, Severity.REVIEW: 2}
    return sorted(alerts, key=lambda a: (order.get(a.severity, 3), a.raised_at))


def alert_words(alert: AlertRecord) -> str:
    """One open alert in the strip: kind, time, cause, who is on the way."""
    kind = alert_kinds.kind_of(alert)
    parts = [
        alert_kinds.label(kind),
        alert.raised_at.astimezone().strftime("%H:%M"),
        alert_kinds.cause_text(alert),
    ]
    seen = alert_kinds.seen_text(alert)
    return " \u00b7 ".join(parts + ([seen] if seen else []))
