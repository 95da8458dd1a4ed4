"""What the kiosk does with every R4 Questionnaire element and SDC extension.

One table, read by the parser (anything not listed is reported) and by the test
that keeps the README's support table equal to :func:`support_table_markdown`.
Statuses:

* ``supported``: the kiosk does what the specification says;
* ``policy``: accepted, with a documented kiosk behaviour (e.g. asked once);
* ``no effect``: metadata that never changes what is asked or stored;
* ``unsupported``: reported as "the kiosk does not support ..." by file and
  linkId; strict loading rejects the file, lenient loading skips the item.
"""

from __future__ import annotations

from dataclasses import dataclass

SUPPORTED = "supported"
POLICY = "policy"
NO_EFFECT = "no effect"
UNSUPPORTED = "unsupported"

FHIR = "http://hl7.org/fhir/StructureDefinition/"
SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"


@dataclass(frozen=True)
class Construct:
    """One element or extension and what the kiosk does with it.

    Attributes:
        name: The JSON key (element) or the extension url.
        where: ``questionnaire``, ``item``, ``option`` or ``type``.
        status: One of the statuses above.
        note: What the kiosk does, in a few words.
    """

    name: str
    where: str
    status: str
    note: str

    @property
    def label(self) -> str:
        """The short name shown in messages and the README (url without the prefix)."""
        for prefix in (SDC, FHIR):
            if self.name.startswith(prefix):
                return self.name[len(prefix):]
        return self.name


def _c(where: str, status: str, *rows: tuple[str, str]) -> list[Construct]:
    return [Construct(name, where, status, note) for name, note in rows]


CONSTRUCTS: tuple[Construct, ...] = tuple(
    _c("questionnaire", SUPPORTED,
       ("resourceType", "must be Questionnaire"),
       ("url", "the canonical url; missing: made from the file name, with a warning"),
       ("version", "saved with every answer set as url|version"),
       ("status", "draft, active, retired or unknown"),
       ("name", "shown when there is no title"),
       ("title", "shown to staff"),
       ("language", "the language of the texts"),
       ("item", "the questions"),
       ("contained", "ValueSets named by answerValueSet '#id'"))
    + _c("questionnaire", NO_EFFECT, *[(k, "metadata") for k in (
        "id", "meta", "text", "identifier", "derivedFrom", "experimental", "subjectType",
        "date", "publisher", "contact", "description", "useContext", "jurisdiction",
        "purpose", "copyright", "approvalDate", "lastReviewDate", "effectivePeriod",
        "code", "extension")])
    + _c("questionnaire", UNSUPPORTED,
         ("implicitRules", "rules the kiosk cannot know"),
         ("modifierExtension", "changes meaning in ways the kiosk cannot know"))
    + _c("item", SUPPORTED,
         ("linkId", "unique id of the item"),
         ("type", "see the item types"),
         ("text", "the question"),
         ("required", "must be answered while shown; on a group: one question inside"),
         ("enableWhen", "shown only when the conditions hold (see below)"),
         ("enableBehavior", "all or any"),
         ("answerOption", "choice, integer, string, date and time items"),
         ("answerValueSet", "a contained ValueSet '#id', or an expanded ValueSet file "
                            "beside the form"),
         ("initial", "preselected; the answer of a hidden or read-only item"),
         ("readOnly", "shown with its value, never asked"),
         ("maxLength", "longest text answer"),
         ("item", "children of a group; help, legal, flyover, lower, upper displays "
                  "of a question"),
         ("extension", "see the extensions"))
    + _c("item", POLICY,
         ("repeats", "a multi-select on choice items; a repeating group or other "
                     "repeating question is asked once (one answer)"),
         ("prefix", "not shown: the kiosk asks one question a screen"))
    + _c("item", NO_EFFECT, ("id", "metadata"), ("definition", "metadata"),
         ("code", "kept; non-validated flag (see below)"))
    + _c("item", UNSUPPORTED,
         ("modifierExtension", "changes meaning in ways the kiosk cannot know"))
    + _c("type", SUPPORTED,
         ("group", "a heading for the items inside it"),
         ("display", "an information screen, or help text under a question"),
         ("boolean", "Yes / No buttons"),
         ("choice", "one big button per option"),
         ("integer", "0-10 buttons (slider) or the number pad"),
         ("decimal", "the number pad"),
         ("quantity", "the number pad, in the item's unit"),
         ("date", "a calendar"),
         ("time", "hour and minute buttons"),
         ("string", "a text box (avoid: no typing after an infusion)"),
         ("text", "a text box (avoid: no typing after an infusion)"))
    + _c("type", POLICY,
         ("dateTime", "asked with the calendar; stored as a date (a valid dateTime)"),
         ("open-choice", "asked as choice: the kiosk offers no free-text 'other'"))
    + _c("type", UNSUPPORTED,
         ("url", "the kiosk does not ask patients to type web addresses"),
         ("attachment", "no camera or files on the tablet"),
         ("reference", "the kiosk cannot search records"),
         ("question", "not an R4 item type"))
    + _c("item", SUPPORTED,
         (FHIR + "questionnaire-itemControl", "slider, lower, upper, help, legal, flyover; "
                                              "radio-button, check-box, drop-down, list and "
                                              "autocomplete as big buttons"),
         (FHIR + "minValue", "lowest number, earliest date"),
         (FHIR + "maxValue", "highest number, latest date"),
         (FHIR + "questionnaire-sliderStepValue", "slider step"),
         (FHIR + "questionnaire-hidden", "never shown; can still hold a value"),
         (FHIR + "questionnaire-unit", "the unit of a quantity item"),
         (FHIR + "questionnaire-minOccurs", "1 or more makes the item required"),
         (FHIR + "questionnaire-maxOccurs", "most options ticked on a multi-select"),
         (FHIR + "maxDecimalPlaces", "decimals on the number pad"),
         (SDC + "sdc-questionnaire-calculatedExpression", "FHIRPath; shown, not asked"),
         (SDC + "sdc-questionnaire-initialExpression", "FHIRPath; the first value"),
         (SDC + "sdc-questionnaire-enableWhenExpression", "FHIRPath; shown when true"),
         (FHIR + "variable", "FHIRPath variables for the expressions"),
         (FHIR + "translation",
          "texts in other languages (on _text, _display, _title; inside an alert rule: its cause)"),
         ("https://recovery-kiosk.example/fhir/StructureDefinition/alert-rule",
          "the kiosk's alert rules"))
    + _c("item", NO_EFFECT,
         (FHIR + "entryFormat", "a typing hint; the kiosk has touch controls"),
         (FHIR + "questionnaire-choiceOrientation", "the kiosk lays out big buttons"),
         (FHIR + "questionnaire-displayCategory", "the text is shown as usual"),
         (FHIR + "rendering-style", "the kiosk's theme is used"),
         (FHIR + "rendering-xhtml", "the plain text is shown"),
         (FHIR + "questionnaire-supportLink", "no web browser on the tablet"),
         (SDC + "sdc-questionnaire-observationExtract", "data extraction, not asking"),
         (SDC + "sdc-questionnaire-shortText", "the full text is shown"),
         (SDC + "sdc-questionnaire-collapsible", "one question a screen"),
         (SDC + "sdc-questionnaire-entryMode", "the kiosk always asks in order"))
    + _c("item", UNSUPPORTED,
         (FHIR + "minLength", "text rules"),
         (FHIR + "regex", "text rules"),
         (FHIR + "questionnaire-unitOption", "a choice of units"),
         (FHIR + "questionnaire-constraint", "cross-item rules"),
         (FHIR + "questionnaire-signatureRequired", "signatures"),
         (FHIR + "questionnaire-usageMode", "display-only or capture-only items"),
         (FHIR + "cqf-expression", "CQL expressions"),
         (FHIR + "cqf-library", "CQL libraries"),
         (SDC + "sdc-questionnaire-answerExpression", "options computed at run time"),
         (SDC + "sdc-questionnaire-candidateExpression", "suggested answers"),
         (SDC + "sdc-questionnaire-contextExpression", "context for answers"),
         (SDC + "sdc-questionnaire-itemPopulationContext", "population from records"),
         (SDC + "sdc-questionnaire-launchContext", "population from records"),
         (SDC + "sdc-questionnaire-subQuestionnaire", "modular forms"),
         (SDC + "sdc-questionnaire-answerOptionsToggleExpression", "options shown at run "
                                                                  "time"))
    + _c("option", SUPPORTED,
         ("valueCoding", "choice options"),
         ("valueInteger", "integer options"),
         ("valueString", "string options"),
         ("valueDate", "date options"),
         ("valueTime", "time options"),
         ("initialSelected", "preselected"),
         (FHIR + "ordinalValue", "the option's score"),
         (FHIR + "itemWeight", "the option's score (R5 name)"),
         (FHIR + "questionnaire-optionExclusive", "cannot be ticked with another option"))
    + _c("option", SUPPORTED, ("extension", "see the option extensions"))
    + _c("option", NO_EFFECT, ("id", "metadata"),
         (FHIR + "questionnaire-optionPrefix", "not shown"))
    + _c("option", UNSUPPORTED, ("valueReference", "the kiosk cannot search records"),
         ("modifierExtension", "changes meaning in ways the kiosk cannot know"))
)

_INDEX = {(c.where, c.name): c for c in CONSTRUCTS}
# The same url may sit on an item or the questionnaire root (variable, translation...).
_EXTENSIONS = {c.name: c for c in CONSTRUCTS if c.name.startswith("http")}


def construct(where: str, name: str) -> Construct | None:
    """The table row for a key (``where`` as in :class:`Construct`) or an extension url."""
    if name.startswith("http"):
        return _EXTENSIONS.get(name)
    return _INDEX.get((where, name))


def support_table_markdown() -> str:
    """The README's support table, generated from :data:`CONSTRUCTS`."""
    lines = ["| where | construct | the kiosk | how |", "|---|---|---|---|"]
    for c in CONSTRUCTS:
        lines.append(f"| {c.where} | `{c.label}` | {c.status} | {c.note} |")
    return "\n".join(lines)
