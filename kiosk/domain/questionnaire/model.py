"""Immutable building blocks of a questionnaire: items, answer options, conditions, rules."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

AnswerValue = bool | int | float | str | list[str]
"""An answer: bool (boolean), int (integer), float (decimal, quantity in the item's unit),
str (choice code, string, text, ISO date ``2026-12-01``, time ``14:30:00``), list[str]
(codes of a multi-select choice)."""

ConditionValue = bool | int | float | str
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
    DECIMAL = "decimal"
    QUANTITY = "quantity"
    DATE = "date"
    TIME = "time"
    DATETIME = "dateTime"

    @property
    def answerable(self) -> bool:
        """Whether items of this type take an answer."""
        return self not in (ItemType.GROUP, ItemType.DISPLAY)

    @property
    def numeric(self) -> bool:
        """Whether answers are numbers (integer, decimal, quantity)."""
        return self in (ItemType.INTEGER, ItemType.DECIMAL, ItemType.QUANTITY)


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
    DECIMAL = "Decimal"
    DATE = "Date"
    TIME = "Time"
    DATETIME = "DateTime"
    QUANTITY = "Quantity"


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


ENABLE_WHEN_EXPRESSION = "enableWhenExpression"
CALCULATED = "calculatedExpression"
INITIAL_EXPRESSION = "initialExpression"
EXPRESSION_KINDS = (ENABLE_WHEN_EXPRESSION, CALCULATED, INITIAL_EXPRESSION)


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
        table = self._table
        if wanted in table:
            return table[wanted]
        primary = wanted.split("-")[0]
        return table.get(primary, self.default)

    @cached_property
    def _table(self) -> dict[str, str]:
        # Built once per text (an export asks for each text thousands of times).
        return {tag.lower(): text for tag, text in self.translations}


@dataclass(frozen=True)
class AnswerOption:
    """One choice of a `choice` item.

    Attributes:
        code: The coding code; this is what an answer stores. For an option of an
            integer, string, date or time item, the value written as text.
        system: The coding system, if any.
        display: The label shown to the patient.
        ordinal: The score from the ordinalValue / itemWeight extension, if any.
        exclusive: True if choosing it excludes every other choice (optionExclusive).
        value: For an option of an integer, string, date or time item, the typed value
            an answer stores (None for a choice item, whose answers store the code).
        initial: True if the option is preselected (initialSelected).
        value_kind: The value[x] of a non-coding option (None for valueCoding).
    """

    code: str
    system: str | None
    display: LocalizedText
    ordinal: int | None = None
    exclusive: bool = False
    value: ConditionValue | None = None
    initial: bool = False
    value_kind: ValueKind | None = None

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
        cause: Short staff-facing text, without patient data, in the file's
            language: what an alert stores and exports.
        cause_translations: (language tag, text) pairs from the FHIR translation
            extension on the cause's ``valueString``, for staff screens.
    """

    rule_id: str
    operator: Operator
    values: tuple[ConditionValue, ...]
    kind: ValueKind
    severity: Severity
    cause: str
    cause_translations: tuple[tuple[str, str], ...] = ()

    @property
    def cause_text(self) -> LocalizedText:
        """The cause with its translations (``for_lang`` picks one)."""
        return LocalizedText(self.cause, self.cause_translations)


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
        help: Help text from help / legal / flyover display children, if any.
        hidden: Never shown (questionnaire-hidden); it can still carry a value.
        read_only: Shown with its value but never asked (readOnly).
        initial: Initial answer(s) from `initial` / `initialSelected`.
        max_length: Longest text answer allowed (maxLength).
        min_occurs: Answers needed (questionnaire-minOccurs; 1 makes it required).
        max_occurs: Answers allowed (questionnaire-maxOccurs) on a multi-select.
        unit: The unit of a quantity item (questionnaire-unit), as (code, display).
        expressions: SDC expressions by kind (enableWhen, calculated, initial).
        variables: SDC variables on the item, as (name, FHIRPath) pairs.
        repeating_group: A group with `repeats: true`; asked once (see README).
        decimal_limits: minValue / maxValue of a decimal or quantity item.
        date_limits: minValue / maxValue of a date item (ISO dates).
        decimals: maxDecimalPlaces of a decimal or quantity item.
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
    help: LocalizedText | None = None
    hidden: bool = False
    read_only: bool = False
    initial: tuple[ConditionValue, ...] = ()
    max_length: int | None = None
    min_occurs: int | None = None
    max_occurs: int | None = None
    unit: tuple[str, str] | None = None
    expressions: tuple[tuple[str, str], ...] = ()
    variables: tuple[tuple[str, str], ...] = ()
    repeating_group: bool = False
    decimal_limits: tuple[float | None, float | None] = (None, None)
    date_limits: tuple[str | None, str | None] = (None, None)
    decimals: int | None = None

    @cached_property
    def answerable(self) -> bool:
        """Whether the item takes an answer (not a group or display)."""
        return self.type.answerable

    def expression(self, kind: str) -> str | None:
        """The FHIRPath of one SDC expression kind (see `EXPRESSION_KINDS`), or None."""
        return next((e for k, e in self.expressions if k == kind), None)

    @property
    def calculated(self) -> bool:
        """Whether the value comes from a calculatedExpression, never from the patient."""
        return self.expression(CALCULATED) is not None

    @property
    def asked(self) -> bool:
        """Whether the patient is asked this item (not hidden, read-only or calculated)."""
        return self.answerable and not (self.hidden or self.read_only or self.calculated)

    @property
    def shown_value(self) -> bool:
        """Whether the item is shown with its value but not asked (read-only, calculated)."""
        return self.answerable and not self.hidden and not self.asked

    @property
    def needs_answer(self) -> bool:
        """Whether the check-in waits for this item (required or minOccurs >= 1)."""
        return self.asked and (self.required or (self.min_occurs or 0) >= 1)

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
