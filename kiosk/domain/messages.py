"""Words the domain gives a nurse, as message keys with parameters instead of sentences.

The domain never knows the language of a screen. It returns :class:`Message`
objects (a key and its parameters); the nurse views translate the key through
Qt's translation files (``kiosk.views.domain_text``), while exports, logs and
error messages that need plain text use :meth:`Message.english`, rendered from
:data:`ENGLISH`. Templates use ``{name}`` placeholders for the parameters.

A parameter is a number, a text, another :class:`Message` or a :class:`Joined`
list, so a sentence can be built from smaller translated parts.

Alert causes are stored as English text (the FHIR export sends that text);
:func:`cause_message` reads a cause the kiosk itself wrote back into its key
and parameters, so a station can show it in its own language. A cause a
questionnaire's alert rule wrote becomes a :data:`RULE_CAUSE` message naming the
rule: the views look the rule up in the questionnaires in force for its
translation (FHIR translation extensions in the file), else show the text stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Union

Param = Union[int, str, "Message", "Joined"]


@dataclass(frozen=True)
class Message:
    """A sentence for a person, by key, with the values it needs.

    Attributes:
        key: a key of :data:`ENGLISH`, e.g. ``"readiness.time.short"``.
        params: the values of the template's ``{name}`` placeholders.
    """

    key: str
    params: Mapping[str, Param] = field(default_factory=dict)

    @staticmethod
    def plain(text: str) -> Message:
        """Text that is data, not a sentence of ours (shown as it is in every language)."""
        return Message(PLAIN, {"text": text})

    def english(self) -> str:
        """The English sentence (exports, logs, errors: wherever no screen translates)."""
        return render(self, ENGLISH.__getitem__)

    def __str__(self) -> str:
        return self.english()


@dataclass(frozen=True)
class Joined:
    """Parts shown one after another, with a separator that is itself a message key.

    Attributes:
        items: the parts.
        separator: the key of the separator's template (``", "`` in English).
    """

    items: tuple[Param, ...]
    separator: str = "sep.comma"


PLAIN = "plain"
RULE_CAUSE = "cause.rule"  # params: rule (its id), text (the cause as stored)

ENGLISH: dict[str, str] = {
    PLAIN: "{text}",
    RULE_CAUSE: "{text}",
    "sep.comma": ", ",
    "sep.then": ", then ",
    "sep.semicolon": "; ",
    # readiness: observation time (CLINICAL.md sections 4 and 7)
    "readiness.time.met": "Observed for {elapsed} minutes ({minutes} needed)",
    "readiness.time.short": "Observed for {elapsed} of {minutes} minutes",
    "readiness.time.rule.esketamine_floor":
        "Esketamine: at least 2 hours after the dose (Spravato REMS)",
    "readiness.time.rule.esketamine":
        "Esketamine: at least {minutes} minutes after the dose "
        "(clinic setting; never under 2 hours, Spravato REMS)",
    "readiness.time.rule.iv":
        "IV ketamine: at least {minutes} minutes after the infusion ends (clinic setting)",
    # readiness: the nurse's assessments
    "readiness.sedation.rule": "MOAA/S {moaas} (5: responds readily to name, normal voice)",
    "readiness.sedation.rule.esketamine":
        "MOAA/S {moaas} (5: responds readily to name, normal voice); "
        "esketamine: sedation must have resolved (Spravato REMS)",
    "readiness.padss.rule":
        "Modified PADSS {minimum} or more on the last {count} nurse assessments",
    "readiness.spo2.rule": "SpO2 above {minimum} % on room air",
    "readiness.bp.rule":
        "Systolic and diastolic BP each within {percent} % of the pre-treatment values",
    "readiness.pulse.rule": "Pulse within {percent} % of the pre-treatment value",
    "readiness.dissociation.rule": "A clinician records dissociation as resolved",
    "readiness.assessment.none_since_dosing": "No nurse assessment recorded since dosing ended",
    "readiness.assessment.none": "No nurse assessment recorded yet",
    "readiness.spo2.room_air": "SpO2 {spo2} % on room air",
    "readiness.spo2.oxygen": "SpO2 {spo2} % on oxygen; a room-air reading is needed",
    "readiness.sedation.state": "MOAA/S {moaas} of 5",
    "readiness.padss.none": "No PADSS recorded yet",
    "readiness.padss.too_few": "Only {count} PADSS recorded so far ({scores}); {needed} needed",
    "readiness.padss.last_one": "PADSS {scores} on the last assessment",
    "readiness.padss.last_many": "PADSS {scores} on the last {count} assessments",
    # a setting's value refused (kiosk/config.py; the settings page shows the reason)
    "settings.bool": "must be true or false",
    "settings.whole": "must be a whole number",
    "settings.whole.range": "must be a whole number from {lo} to {hi}",
    "settings.range": "must be from {lo} to {hi}",
    "settings.at_least": "must be at least {lo}",
    "settings.at_most": "must be at most {hi}",
    "settings.text": "must be text in quotes",
    "settings.empty": "must not be empty",
    "settings.too_long": "text is longer than 500 characters",
    "settings.choice": "must be one of {choices}",
    "settings.country": "must be a two-letter country code such as US, or empty",
    "settings.enter_whole": "enter a whole number",
    # an observation entry refused (kiosk/services/observations.py)
    "observation.range": "{reading}: enter a whole number from {lo} to {hi}",
    "observation.dissociation": "Dissociation: choose present or resolved",
    "reading.systolic": "Systolic BP",
    "reading.diastolic": "Diastolic BP",
    "reading.pulse": "Pulse",
    "reading.spo2": "SpO2",
    "reading.resp_rate": "Respiratory rate",
    "reading.moaas": "MOAA/S",
    "reading.ambulation": "Ambulation",
    "reading.nausea_vomiting": "Nausea/vomiting",
    "reading.pain": "Pain",
    "vital.systolic": "Systolic BP",
    "vital.diastolic": "Diastolic BP",
    "vital.pulse": "Pulse",
    "readiness.vital.no_baseline":
        "{name} {value}: no pre-treatment value recorded to compare with",
    "readiness.vital.same": "{name} {value}, same as before treatment",
    "readiness.vital.above": "{name} {value}: {percent} % above the pre-treatment {baseline}",
    "readiness.vital.below": "{name} {value}: {percent} % below the pre-treatment {baseline}",
    "readiness.bp.no_diastolic": "{systolic}; diastolic BP not recorded at the last assessment",
    "readiness.bp.both": "{systolic}; {diastolic}",
    "readiness.dissociation.none": "Dissociation not yet recorded by a clinician",
    "readiness.dissociation.resolved": "Clinician recorded dissociation as resolved",
    "readiness.dissociation.present": "Dissociation still present at the last clinician record",
    # readiness: the patient's latest check-in
    "readiness.nausea.rule":
        "Latest patient check-in: nausea below {below} of 10 and no vomiting",
    "readiness.disconnection.rule":
        "Latest patient check-in: feeling disconnected {maximum} or less",
    "readiness.checkin.none": "No patient check-in yet",
    "readiness.nausea.unanswered.vomiting":
        "Nausea not answered in the latest check-in; vomiting reported",
    "readiness.nausea.unanswered": "Nausea not answered in the latest check-in; no vomiting",
    "readiness.nausea.state.vomiting": "Nausea {nausea} of 10; vomiting reported",
    "readiness.nausea.state": "Nausea {nausea} of 10; no vomiting",
    "readiness.disconnection.unanswered": "Disconnection not answered in the latest check-in",
    "readiness.disconnection.state": "Feeling disconnected {value} of 10",
    # readiness: alerts, ASQ, escort, no driving
    "readiness.alerts.none": "No open alerts",
    "readiness.alerts.one": "1 open alert: {alerts}",
    "readiness.alerts.many": "{count} open alerts: {alerts}",
    "readiness.alerts.item": "{cause} ({severity})",
    "readiness.alerts.rule": "No open (unacknowledged) alert",
    "severity.urgent": "urgent",
    "severity.request": "request",
    "severity.review": "review",
    "readiness.asq.not_asked": "Suicide-risk screen (ASQ) not asked in recovery",
    "readiness.asq.not_asked.required":
        "Suicide-risk screen (ASQ) not asked in recovery; the clinic requires it",
    "readiness.asq.negative": "Suicide-risk screen (ASQ) negative",
    "readiness.asq.non_acute.recorded":
        "ASQ positive (not acute): brief suicide safety assessment recorded",
    "readiness.asq.non_acute.needed":
        "ASQ positive (not acute): a clinician's brief safety assessment is needed",
    "readiness.asq.acute.recorded": "ASQ acute positive: full safety evaluation recorded",
    "readiness.asq.acute.needed": "ASQ acute positive: a full safety evaluation must be recorded",
    "readiness.asq.rule":
        "A non-acute positive ASQ needs a brief suicide safety assessment; an acute "
        "positive needs a full safety evaluation; each clears only its own (NIMH ASQ)",
    "readiness.no_driving.done": "No driving acknowledged",
    "readiness.no_driving.not_yet": "Patient has not yet acknowledged no driving",
    "readiness.no_driving.rule":
        "The patient acknowledges no driving until tomorrow after a night's sleep",
    "readiness.escort.confirmed": "Escort confirmed by the nurse",
    "readiness.escort.patient_said_yes":
        "Patient says an escort is coming; a nurse has not confirmed it yet",
    "readiness.escort.none": "No escort confirmed by a nurse yet",
    "readiness.escort.rule.esketamine":
        "A nurse confirms a responsible adult escort; esketamine: required, "
        "no driving until the next day (Spravato REMS)",
    "readiness.escort.rule.required":
        "A nurse confirms a responsible adult escort (clinic setting: required)",
    "readiness.escort.rule.optional":
        "A nurse confirms a responsible adult escort (clinic setting: may be overridden)",
    # modified PADSS items (CLINICAL.md section 3)
    "padss.vital.within": "Systolic BP {bp} % and pulse {pulse} % from pre-treatment: "
                          "both within 20 %",
    "padss.vital.some": "Systolic BP {bp} % and pulse {pulse} % from pre-treatment: "
                        "the worse is 20-40 % off",
    "padss.vital.far": "Systolic BP {bp} % and pulse {pulse} % from pre-treatment: "
                       "more than 40 % off",
    "padss.ambulation.steady": "Walks steadily, no dizziness",
    "padss.ambulation.needs_help": "Needs help to walk",
    "padss.ambulation.unable": "Cannot walk, or dizzy when walking",
    "padss.nausea.minimal": "Minimal nausea, or treated by mouth",
    "padss.nausea.moderate": "Moderate nausea, needed an injected medicine",
    "padss.nausea.severe": "Severe nausea or vomiting that continues",
    "padss.pain.low": "Pain {pain} of 10 (0-3 scores 2)",
    "padss.pain.middle": "Pain {pain} of 10 (4-6 scores 1)",
    "padss.pain.high": "Pain {pain} of 10 (7-10 scores 0)",
    "padss.bleeding.not_applicable": "No surgical wound (infusion): not applicable, scored 2",
    "padss.bleeding.moderate": "Moderate bleeding",
    "padss.bleeding.severe": "Severe bleeding",
    # alert causes the kiosk itself writes (CLINICAL.md section 6)
    "cause.call_nurse": "Patient pressed 'call a nurse'",
    "cause.bay_call": "Call a nurse from a bay with no visit open",
    "cause.spo2_low": "SpO2 {spo2} % is below {minimum} %",
    "cause.bp_rising":
        "Systolic BP rising after the 40-minute check ({before} -> {after})",
    "cause.moaas_late": "MOAA/S {moaas} at {minutes} minutes (sedation not resolved)",
    "cause.bp_due": "BP due: the ~40-minute blood pressure is not in (esketamine REMS)",
    # what the esketamine REMS record still needs (CLINICAL.md section 4)
    "rems.needs.dose": "Dose (mg) not entered",
    "rems.needs.bp_pre": "Blood pressure before the dose not entered",
    "rems.needs.bp_40": "Blood pressure at about 40 minutes (35-60 min after the dose)",
    "rems.needs.bp_end": "Blood pressure at the end of monitoring",
    "rems.needs.sedation": "Sedation (MOAA/S) observation",
    "rems.needs.dissociation": "Dissociation observation",
    "rems.needs.respiratory": "Respiratory depression: yes or no",
    "rems.note.by": "Nurse note ({name}): {note}",
    "rems.note": "Nurse note: {note}",
}

# The rule ids of alerts whose cause the kiosk writes, and the key of that cause.
CAUSE_KEYS: dict[str, tuple[str, ...]] = {
    "call-nurse": ("cause.call_nurse", "cause.bay_call"),
    "obs-spo2-low": ("cause.spo2_low",),
    "obs-bp-rising": ("cause.bp_rising",),
    "obs-moaas-late": ("cause.moaas_late",),
    "rems-bp-due": ("cause.bp_due",),
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def render(message: Message, template_of: Callable[[str], str]) -> str:
    """Fill ``message``'s template (from ``template_of(key)``) with its rendered parameters.

    Nested messages and joined lists are rendered through the same ``template_of``,
    so a translated sentence has translated parts.
    """
    values = {name: _render_param(value, template_of) for name, value in message.params.items()}
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)),
                            template_of(message.key))


def _render_param(value: Param, template_of: Callable[[str], str]) -> str:
    if isinstance(value, Message):
        return render(value, template_of)
    if isinstance(value, Joined):
        separator = template_of(value.separator)
        return separator.join(_render_param(v, template_of) for v in value.items)
    return str(value)


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return set(_PLACEHOLDER.findall(template))


@cache
def _pattern(key: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(ENGLISH[key])
    # split gives text, name, text, name, ...: names at odd places
    regex = "".join(f"(?P<{p}>.+?)" if i % 2 else re.escape(p) for i, p in enumerate(parts))
    return re.compile(f"^{regex}$", re.DOTALL)


def parse(key: str, text: str) -> Message | None:
    """Read an English sentence of template ``key`` back into a message (None: not of it)."""
    found = _pattern(key).match(text)
    return None if found is None else Message(key, found.groupdict())


def cause_message(rule_id: str | None, cause: str) -> Message:
    """A stored alert cause as a message: ours by key, a questionnaire rule's by rule id.

    A cause of one of our rules in an older wording, or one without a rule, is
    plain text. A questionnaire rule's cause (:data:`RULE_CAUSE`) renders as
    stored unless a view finds the rule's translation.
    """
    if rule_id and rule_id not in CAUSE_KEYS:
        return Message(RULE_CAUSE, {"rule": rule_id, "text": cause})
    for key in CAUSE_KEYS.get(rule_id or "", ()):
        found = parse(key, cause)
        if found is not None:
            return found
    return Message.plain(cause)
