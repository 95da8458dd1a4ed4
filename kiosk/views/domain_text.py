"""The domain's message keys in the screen's language (Qt translation files).

The domain returns :class:`kiosk.domain.messages.Message` (a key and its
parameters, no Qt); this module holds each key's English template inside
``translate("DomainText", ...)`` so ``make i18n`` (lupdate) collects it into
``resources/i18n/kiosk_es.ts``. :func:`text` renders a message in the language
installed now: the clinic's on nurse and admin screens. Templates keep their
``{name}`` placeholders in every language; a test checks that the English here
is the domain's English, word for word.

A questionnaire alert rule's cause (:data:`kiosk.domain.messages.RULE_CAUSE`) is
shown in the language installed now from the rule's translations in the
questionnaires in force (:func:`use_forms_of`, called by the nurse screens),
looked up by rule id; a cause stored in other words than the rule's (an older
version, typed by hand) or a rule without that translation shows as stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kiosk.domain.messages import PLAIN, RULE_CAUSE, Joined, Message, Param, cause_message, render
from kiosk.domain.questionnaire.model import LocalizedText
from kiosk.domain.records import AlertRecord, CheckinKind

if TYPE_CHECKING:
    from kiosk.domain.questionnaire import Questionnaire
    from kiosk.services.container import Services

translate = QCoreApplication.translate  # lupdate reads translate("context", "words")

# Rule id -> the rule's cause with its translations, from the questionnaires in force.
_RULE_CAUSES: dict[str, LocalizedText] = {}


def use_forms(questionnaires: Iterable[Questionnaire]) -> None:
    """Take the alert-rule causes of these questionnaires (the ones in force)."""
    causes = {rule.rule_id: rule.cause_text for q in questionnaires
              for item in q.all_items() for rule in item.alert_rules}
    _RULE_CAUSES.clear()
    _RULE_CAUSES.update(causes)


def use_forms_of(services: Services) -> None:
    """Take the alert-rule causes of the questionnaires ``services`` ask."""
    use_forms(services.checkins.questionnaire(kind) for kind in CheckinKind)


def language() -> str:
    """The language tag of the translation installed now ("en": none)."""
    return translate("DomainText", "en", "language tag of this translation (BCP-47)")


def rule_cause(rule_id: str, stored: str) -> str:
    """A questionnaire rule's stored cause in the language installed now, if the rule has it."""
    found = _RULE_CAUSES.get(rule_id)
    if found is None or found.default != stored:
        return stored
    return found.for_lang(language())


def templates() -> dict[str, str]:
    """Every message key's template in the language installed now."""
    return {
        PLAIN: "{text}",
        RULE_CAUSE: "{text}",
        "sep.comma": translate("DomainText", ", "),
        "sep.then": translate("DomainText", ", then "),
        "sep.semicolon": translate("DomainText", "; "),
        "readiness.time.met": translate(
            "DomainText",
            "Observed for {elapsed} minutes ({minutes} needed)"
        ),
        "readiness.time.short": translate(
            "DomainText",
            "Observed for {elapsed} of {minutes} minutes"
        ),
        "readiness.time.rule.esketamine_floor": translate(
            "DomainText",
            "Esketamine: at least 2 hours after the dose (Spravato REMS)"
        ),
        "readiness.time.rule.esketamine": translate(
            "DomainText",
            "Esketamine: at least {minutes} minutes after the dose (clinic setting;"
            " never under 2 hours, Spravato REMS)"
        ),
        "readiness.time.rule.iv": translate(
            "DomainText",
            "IV ketamine: at least {minutes} minutes after the infusion ends "
            "(clinic setting)"
        ),
        "readiness.sedation.rule": translate(
            "DomainText",
            "MOAA/S {moaas} (5: responds readily to name, normal voice)"
        ),
        "readiness.sedation.rule.esketamine": translate(
            "DomainText",
            "MOAA/S {moaas} (5: responds readily to name, normal voice); "
            "esketamine: sedation must have resolved (Spravato REMS)"
        ),
        "readiness.padss.rule": translate(
            "DomainText",
            "Modified PADSS {minimum} or more on the last {count} nurse assessments"
        ),
        "readiness.spo2.rule": translate("DomainText", "SpO2 above {minimum} % on room air"),
        "readiness.bp.rule": translate(
            "DomainText",
            "Systolic and diastolic BP each within {percent} % of the pre-treatment"
            " values"
        ),
        "readiness.pulse.rule": translate(
            "DomainText",
            "Pulse within {percent} % of the pre-treatment value"
        ),
        "readiness.dissociation.rule": translate(
            "DomainText",
            "A clinician records dissociation as resolved"
        ),
        "readiness.assessment.none_since_dosing": translate(
            "DomainText",
            "No nurse assessment recorded since dosing ended"
        ),
        "readiness.assessment.none": translate("DomainText", "No nurse assessment recorded yet"),
        "readiness.spo2.room_air": translate("DomainText", "SpO2 {spo2} % on room air"),
        "readiness.spo2.oxygen": translate(
            "DomainText",
            "SpO2 {spo2} % on oxygen; a room-air reading is needed"
        ),
        "readiness.sedation.state": translate("DomainText", "MOAA/S {moaas} of 5"),
        "readiness.padss.none": translate("DomainText", "No PADSS recorded yet"),
        "readiness.padss.too_few": translate(
            "DomainText",
            "Only {count} PADSS recorded so far ({scores}); {needed} needed"
        ),
        "readiness.padss.last_one": translate(
            "DomainText",
            "PADSS {scores} on the last assessment"
        ),
        "readiness.padss.last_many": translate(
            "DomainText",
            "PADSS {scores} on the last {count} assessments"
        ),
        "settings.bool": translate("DomainText", "must be true or false"),
        "settings.whole": translate("DomainText", "must be a whole number"),
        "settings.whole.range": translate("DomainText",
                                          "must be a whole number from {lo} to {hi}"),
        "settings.range": translate("DomainText", "must be from {lo} to {hi}"),
        "settings.at_least": translate("DomainText", "must be at least {lo}"),
        "settings.at_most": translate("DomainText", "must be at most {hi}"),
        "settings.text": translate("DomainText", "must be text in quotes"),
        "settings.empty": translate("DomainText", "must not be empty"),
        "settings.too_long": translate("DomainText", "text is longer than 500 characters"),
        "settings.choice": translate("DomainText", "must be one of {choices}"),
        "settings.country": translate(
            "DomainText", "must be a two-letter country code such as US, or empty"),
        "settings.enter_whole": translate("DomainText", "enter a whole number"),
        "observation.range": translate(
            "DomainText", "{reading}: enter a whole number from {lo} to {hi}"),
        "observation.dissociation": translate(
            "DomainText", "Dissociation: choose present or resolved"),
        "reading.systolic": translate("DomainText", "Systolic BP"),
        "reading.diastolic": translate("DomainText", "Diastolic BP"),
        "reading.pulse": translate("DomainText", "Pulse"),
        "reading.spo2": translate("DomainText", "SpO2"),
        "reading.resp_rate": translate("DomainText", "Respiratory rate"),
        "reading.moaas": translate("DomainText", "MOAA/S"),
        "reading.ambulation": translate("DomainText", "Ambulation"),
        "reading.nausea_vomiting": translate("DomainText", "Nausea/vomiting"),
        "reading.pain": translate("DomainText", "Pain"),
        "vital.systolic": translate("DomainText", "Systolic BP"),
        "vital.diastolic": translate("DomainText", "Diastolic BP"),
        "vital.pulse": translate("DomainText", "Pulse"),
        "readiness.vital.no_baseline": translate(
            "DomainText",
            "{name} {value}: no pre-treatment value recorded to compare with"
        ),
        "readiness.vital.same": translate("DomainText", "{name} {value}, same as before treatment"),
        "readiness.vital.above": translate(
            "DomainText",
            "{name} {value}: {percent} % above the pre-treatment {baseline}"
        ),
        "readiness.vital.below": translate(
            "DomainText",
            "{name} {value}: {percent} % below the pre-treatment {baseline}"
        ),
        "readiness.bp.no_diastolic": translate(
            "DomainText",
            "{systolic}; diastolic BP not recorded at the last assessment"
        ),
        "readiness.bp.both": translate("DomainText", "{systolic}; {diastolic}"),
        "readiness.dissociation.none": translate(
            "DomainText",
            "Dissociation not yet recorded by a clinician"
        ),
        "readiness.dissociation.resolved": translate(
            "DomainText",
            "Clinician recorded dissociation as resolved"
        ),
        "readiness.dissociation.present": translate(
            "DomainText",
            "Dissociation still present at the last clinician record"
        ),
        "readiness.nausea.rule": translate(
            "DomainText",
            "Latest patient check-in: nausea below {below} of 10 and no vomiting"
        ),
        "readiness.disconnection.rule": translate(
            "DomainText",
            "Latest patient check-in: feeling disconnected {maximum} or less"
        ),
        "readiness.checkin.none": translate("DomainText", "No patient check-in yet"),
        "readiness.nausea.unanswered.vomiting": translate(
            "DomainText",
            "Nausea not answered in the latest check-in; vomiting reported"
        ),
        "readiness.nausea.unanswered": translate(
            "DomainText",
            "Nausea not answered in the latest check-in; no vomiting"
        ),
        "readiness.nausea.state.vomiting": translate(
            "DomainText",
            "Nausea {nausea} of 10; vomiting reported"
        ),
        "readiness.nausea.state": translate("DomainText", "Nausea {nausea} of 10; no vomiting"),
        "readiness.disconnection.unanswered": translate(
            "DomainText",
            "Disconnection not answered in the latest check-in"
        ),
        "readiness.disconnection.state": translate(
            "DomainText",
            "Feeling disconnected {value} of 10"
        ),
        "readiness.alerts.none": translate("DomainText", "No open alerts"),
        "readiness.alerts.one": translate("DomainText", "1 open alert: {alerts}"),
        "readiness.alerts.many": translate("DomainText", "{count} open alerts: {alerts}"),
        "readiness.alerts.item": translate("DomainText", "{cause} ({severity})"),
        "readiness.alerts.rule": translate("DomainText", "No open (unacknowledged) alert"),
        "severity.urgent": translate("DomainText", "urgent"),
        "severity.request": translate("DomainText", "request"),
        "severity.review": translate("DomainText", "review"),
        "readiness.asq.not_asked": translate(
            "DomainText",
            "Suicide-risk screen (ASQ) not asked in recovery"
        ),
        "readiness.asq.not_asked.required": translate(
            "DomainText",
            "Suicide-risk screen (ASQ) not asked in recovery; the clinic requires "
            "it"
        ),
        "readiness.asq.negative": translate("DomainText", "Suicide-risk screen (ASQ) negative"),
        "readiness.asq.non_acute.recorded": translate(
            "DomainText",
            "ASQ positive (not acute): brief suicide safety assessment recorded"
        ),
        "readiness.asq.non_acute.needed": translate(
            "DomainText",
            "ASQ positive (not acute): a clinician's brief safety assessment is "
            "needed"
        ),
        "readiness.asq.acute.recorded": translate(
            "DomainText",
            "ASQ acute positive: full safety evaluation recorded"
        ),
        "readiness.asq.acute.needed": translate(
            "DomainText",
            "ASQ acute positive: a full safety evaluation must be recorded"
        ),
        "readiness.asq.rule": translate(
            "DomainText",
            "A non-acute positive ASQ needs a brief suicide safety assessment; an "
            "acute positive needs a full safety evaluation; each clears only its "
            "own (NIMH ASQ)"
        ),
        "readiness.no_driving.done": translate("DomainText", "No driving acknowledged"),
        "readiness.no_driving.not_yet": translate(
            "DomainText",
            "Patient has not yet acknowledged no driving"
        ),
        "readiness.no_driving.rule": translate(
            "DomainText",
            "The patient acknowledges no driving until tomorrow after a night's "
            "sleep"
        ),
        "readiness.escort.confirmed": translate("DomainText", "Escort confirmed by the nurse"),
        "readiness.escort.patient_said_yes": translate(
            "DomainText",
            "Patient says an escort is coming; a nurse has not confirmed it yet"
        ),
        "readiness.escort.none": translate("DomainText", "No escort confirmed by a nurse yet"),
        "readiness.escort.rule.esketamine": translate(
            "DomainText",
            "A nurse confirms a responsible adult escort; esketamine: required, no "
            "driving until the next day (Spravato REMS)"
        ),
        "readiness.escort.rule.required": translate(
            "DomainText",
            "A nurse confirms a responsible adult escort (clinic setting: required)"
        ),
        "readiness.escort.rule.optional": translate(
            "DomainText",
            "A nurse confirms a responsible adult escort (clinic setting: may be "
            "overridden)"
        ),
        "padss.vital.within": translate(
            "DomainText",
            "Systolic BP {bp} % and pulse {pulse} % from pre-treatment: both within"
            " 20 %"
        ),
        "padss.vital.some": translate(
            "DomainText",
            "Systolic BP {bp} % and pulse {pulse} % from pre-treatment: the worse "
            "is 20-40 % off"
        ),
        "padss.vital.far": translate(
            "DomainText",
            "Systolic BP {bp} % and pulse {pulse} % from pre-treatment: more than "
            "40 % off"
        ),
        "padss.ambulation.steady": translate("DomainText", "Walks steadily, no dizziness"),
        "padss.ambulation.needs_help": translate("DomainText", "Needs help to walk"),
        "padss.ambulation.unable": translate("DomainText", "Cannot walk, or dizzy when walking"),
        "padss.nausea.minimal": translate("DomainText", "Minimal nausea, or treated by mouth"),
        "padss.nausea.moderate": translate(
            "DomainText",
            "Moderate nausea, needed an injected medicine"
        ),
        "padss.nausea.severe": translate("DomainText", "Severe nausea or vomiting that continues"),
        "padss.pain.low": translate("DomainText", "Pain {pain} of 10 (0-3 scores 2)"),
        "padss.pain.middle": translate("DomainText", "Pain {pain} of 10 (4-6 scores 1)"),
        "padss.pain.high": translate("DomainText", "Pain {pain} of 10 (7-10 scores 0)"),
        "padss.bleeding.not_applicable": translate(
            "DomainText",
            "No surgical wound (infusion): not applicable, scored 2"
        ),
        "padss.bleeding.moderate": translate("DomainText", "Moderate bleeding"),
        "padss.bleeding.severe": translate("DomainText", "Severe bleeding"),
        "cause.call_nurse": translate("DomainText", "Patient pressed 'call a nurse'"),
        "cause.bay_call": translate("DomainText", "Call a nurse from a bay with no visit open"),
        "cause.spo2_low": translate("DomainText", "SpO2 {spo2} % is below {minimum} %"),
        "cause.bp_rising": translate(
            "DomainText",
            "Systolic BP rising after the 40-minute check ({before} -> {after})"
        ),
        "cause.moaas_late": translate(
            "DomainText",
            "MOAA/S {moaas} at {minutes} minutes (sedation not resolved)"
        ),
        "cause.bp_due": translate(
            "DomainText",
            "BP due: the ~40-minute blood pressure is not in (esketamine REMS)"
        ),
        "rems.needs.dose": translate("DomainText", "Dose (mg) not entered"),
        "rems.needs.bp_pre": translate("DomainText", "Blood pressure before the dose not entered"),
        "rems.needs.bp_40": translate(
            "DomainText",
            "Blood pressure at about 40 minutes (35-60 min after the dose)"
        ),
        "rems.needs.bp_end": translate("DomainText", "Blood pressure at the end of monitoring"),
        "rems.needs.sedation": translate("DomainText", "Sedation (MOAA/S) observation"),
        "rems.needs.dissociation": translate("DomainText", "Dissociation observation"),
        "rems.needs.respiratory": translate("DomainText", "Respiratory depression: yes or no"),
        "rems.note.by": translate("DomainText", "Nurse note ({name}): {note}"),
        "rems.note": translate("DomainText", "Nurse note: {note}"),
    }


def text(message: Message) -> str:
    """``message`` in the language installed now."""
    table = templates()
    localized = _localized(message)
    assert isinstance(localized, Message)
    return render(localized, lambda key: table.get(key, key))


def _localized(value: Param) -> Param:
    """``value`` with each questionnaire rule's cause replaced by its translation."""
    if isinstance(value, Joined):
        return Joined(tuple(_localized(v) for v in value.items), value.separator)
    if not isinstance(value, Message) or not value.params:
        return value
    if value.key == RULE_CAUSE:
        return Message.plain(rule_cause(str(value.params.get("rule", "")),
                                        str(value.params.get("text", ""))))
    return Message(value.key, {name: _localized(v) for name, v in value.params.items()})


def listed(messages: Iterable[Message]) -> str:
    """Messages as one run of clauses ("a; b; c"): each after the first starts in lower case.

    A clause that opens with an acronym ("SpO2", "PADSS", "MOAA/S") keeps it.
    """
    parts = [text(m) for m in messages]
    return "; ".join([parts[0], *(_lower_first(p) for p in parts[1:])] if parts else [])


def _lower_first(clause: str) -> str:
    first = clause.split(" ", 1)[0]
    acronym = any(c.isupper() or c.isdigit() for c in first[1:])
    return clause if acronym or not first[:1].isupper() else clause[0].lower() + clause[1:]


def severity(value: str) -> str:
    """An alert severity's word ("urgent", "request", "review") in the language installed now."""
    key = f"severity.{value}"
    return text(Message(key)) if key in templates() else value


def cause(alert: AlertRecord) -> str:
    """An alert's cause in the language installed now (a questionnaire rule's if translated)."""
    return text(cause_message(alert.rule_id, alert.cause))
