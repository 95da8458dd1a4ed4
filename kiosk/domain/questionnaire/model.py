"""Immutable building blocks of a questionnaire: items, answer options, conditions, rules."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

AnswerValue = bool | int | str | list[str]
"""An answer: bool (boolean), int (integer), str (choice code, string, text), list[str]
(codes of a multi-select choice)."""

ConditionValue = bool | int | str
"""A value a condition compares with; a choice is compared by its code."""


class ItemType(StrEnum):
    """The item types of the supported FHIR subset."""

    GROUP = "group"
    DISPLAY = "display"
    BOOLEAN = "boolean"
    CHOICE = "choice"
    INTEGER = "integer"
    STRING = "string"
    TEXT = "text"

    @property
    def answerable(self) -> bool:
        """Whether items of this type take an answer."""
        return self not in (ItemType.GROUP, ItemType.DISPLAY)


class Operator(StrEnum):
    """Comparison operators of enableWhen and alert rules (any-of: alert rules only)."""

    EXISTS = "exists"
    EQ = "="
    NE = "!="
    GT = ">"
    LT = "<"
    GE = ">="
    LE = "<="
    ANY_OF = "any-of"


class ValueKind(StrEnum):
    """Which FHIR value[x] a condition carries (answerBoolean, answerInteger, ...)."""

    BOOLEAN = "Boolean"
    INTEGER = "Integer"
    CODING = "Coding"
    STRING = "String"


class EnableBehavior(StrEnum):
    """How several enableWhen conditions combine."""

    ALL = "all"
    ANY = "any"


class Severity(StrEnum):
    """How quickly staff must respond to an alert."""

    URGENT = "urgent"
    REQUEST = "request"
    REVIEW = "review"

    @property
    def rank(self) -> int:
        """Higher is more urgent: urgent 3, request 2, review 1."""
        return {"urgent": 3, "request": 2, "review": 1}[self.value]


@dataclass(frozen=True)
class LocalizedText:
    """A text in the questionnaire's own language plus translations.

    Attributes:
        default: The text as written in the file's `text` / `display` element.
        translations: (language tag, text) pairs from the FHIR translation extension.
    """

    default: str
    translations: tuple[tuple[str, str], ...] = ()

    def for_lang(self, lang: str | None) -> str:
        """Returns the text in `lang`, trying `es-MX` then `es`, else the default.

        Args:
            lang: A BCP-47 language tag, or None for the default text.
        """
        if not lang:
            return self.default
        wanted = lang.lower()
        table = {tag.lower(): text for tag, text in self.translations}
        if wanted in table:
            return table[wanted]
        primary = wanted.split("-")[0]
        return table.get(primary, self.default)


@dataclass(frozen=True)
class AnswerOption:
    """One choice of a `choice` item.

    Attributes:
        code: The coding code; this is what an answer stores.
        system: The coding system, if any.
        display: The label shown to the patient.
        ordinal: The score from the ordinalValue extension, if any.
        exclusive: True if choosing it excludes every other choice (optionExclusive).
    """

    code: str
    system: str | None
    display: LocalizedText
    ordinal: int | None = None
    exclusive: bool = False

    def display_for(self, lang: str | None) -> str:
        """Returns the label in `lang`, falling back to the default text."""
        return self.display.for_lang(lang)


@dataclass(frozen=True)
class EnableWhen:
    """One enableWhen condition.

    Attributes:
        question: linkId of the question it depends on.
        operator: The comparison.
        answer: The value compared with (for `exists`: True or False).
        kind: Which answer[x] the file used.
    """

    question: str
    operator: Operator
    answer: ConditionValue
    kind: ValueKind


@dataclass(frozen=True)
class AlertRule:
    """An alert rule from the kiosk's alert-rule extension.

    Attributes:
        rule_id: Unique within the file.
        operator: The comparison, as for enableWhen, plus `any-of`.
        values: The value(s) compared with; several only for `any-of`.
        kind: Which value[x] the file used.
        severity: How quickly staff must respond.
        cause: Short staff-facing text, without patient data.
    """

    rule_id: str
    operator: Operator
    values: tuple[ConditionValue, ...]
    kind: ValueKind
    severity: Severity
    cause: str


@dataclass(frozen=True)
class Item:
    """One questionnaire item (a question, a display text or a group).

    Attributes:
        link_id: Unique id of the item within the questionnaire.
        type: The item type.
        text: The question, label or group heading.
        required: Whether an answer is needed (when the item is enabled).
        repeats: For `choice`: several options may be chosen.
        options: The answer options of a `choice` item.
        enable_when: Conditions deciding whether the item is shown.
        enable_behavior: How several conditions combine.
        min_value: Lowest allowed integer, if any.
        max_value: Highest allowed integer, if any.
        slider: True for an integer shown as a slider (itemControl `slider`).
        step: Slider step (sliderStepValue); 1 by default.
        lower_label: Label under the low end of a slider, if any.
        upper_label: Label under the high end of a slider, if any.
        items: Child items (groups only).
        alert_rules: Alert rules attached to this item.
        codes: (system, code) pairs of the item's `code` element.
        non_validated: True if marked a non-validated single item (see README).
    """

    link_id: str
    type: ItemType
    text: LocalizedText
    required: bool = False
    repeats: bool = False
    options: tuple[AnswerOption, ...] = ()
    enable_when: tuple[EnableWhen, ...] = ()
    enable_behavior: EnableBehavior = EnableBehavior.ALL
    min_value: int | None = None
    max_value: int | None = None
    slider: bool = False
    step: int = 1
    lower_label: LocalizedText | None = None
    upper_label: LocalizedText | None = None
    items: tuple[Item, ...] = ()
    alert_rules: tuple[AlertRule, ...] = ()
    codes: tuple[tuple[str, str], ...] = ()
    non_validated: bool = False

    @property
    def answerable(self) -> bool:
        """Whether the item takes an answer (not a group or display)."""
        return self.type.answerable

    def text_for(self, lang: str | None) -> str:
        """Returns the item text in `lang`, falling back to the default text."""
        return self.text.for_lang(lang)

    def option(self, code: str) -> AnswerOption | None:
        """Returns the answer option with this code, or None."""
        return next((o for o in self.options if o.code == code), None)


@dataclass(frozen=True)
class Progress:
    """How far the patient is through the enabled questions.

    Attributes:
        answered: Enabled answerable items with an answer.
        total: Enabled answerable items.
    """

    answered: int
    total: int

    @property
    def fraction(self) -> float:
        """The share answered (answered / total), or 1.0 with nothing to answer."""
        return self.answered / self.total if self.total else 1.0


@dataclass(frozen=True)
class AlertHit:
    """An alert rule that matches the current answers.

    Attributes:
        rule_id: The rule's id.
        link_id: The item the rule is attached to.
        severity: How quickly staff must respond.
        cause: Short staff-facing text.
    """

    rule_id: str
    link_id: str
    severity: Severity
    cause: str
