"""The Questionnaire: a loaded, checked questionnaire and the questions it asks.

Every method is a pure function of the answers passed in, a plain
`dict[str, AnswerValue]` keyed by linkId, so Qt views can call them freely.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kiosk.domain.questionnaire.answers import check_answer
from kiosk.domain.questionnaire.conditions import is_answered
from kiosk.domain.questionnaire.evaluation import Engine, State
from kiosk.domain.questionnaire.model import (
    ENABLE_WHEN_EXPRESSION,
    AlertHit,
    AnswerValue,
    Item,
    ItemType,
    LocalizedText,
    Progress,
)
from kiosk.domain.questionnaire.rules import compute_alerts, compute_scores

Answers = Mapping[str, AnswerValue]


@dataclass(frozen=True)
class Questionnaire:
    """A checked questionnaire (build it with the loader, not by hand).

    Attributes:
        url: The canonical url.
        version: The business version, if given.
        status: The FHIR publication status (draft, active, retired, unknown).
        items: The top-level items; groups hold their children in `Item.items`.
        name: The computer-friendly name, if given.
        title: The human title, if given.
        language: The language of the default texts, if given.
        source: The file the questionnaire came from.
        variables: Questionnaire-level SDC variables, as (name, FHIRPath) pairs.
        raw: The file's JSON (the expressions' %questionnaire).
    """

    url: str
    version: str | None
    status: str
    items: tuple[Item, ...]
    name: str | None = None
    title: LocalizedText | None = None
    language: str | None = None
    source: str = ""
    variables: tuple[tuple[str, str], ...] = ()
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def canonical(self) -> str:
        """`url|version`, as a QuestionnaireResponse refers to it."""
        return f"{self.url}|{self.version}" if self.version else self.url

    def title_for(self, lang: str | None) -> str:
        """Returns the title in `lang` (falls back to the default, then the name)."""
        if self.title is None:
            return self.name or ""
        return self.title.for_lang(lang)

    @cached_property
    def _flat(self) -> tuple[Item, ...]:
        out: list[Item] = []

        def walk(items: tuple[Item, ...]) -> None:
            for item in items:
                out.append(item)
                walk(item.items)

        walk(self.items)
        return tuple(out)

    @cached_property
    def _parent(self) -> dict[str, Item]:
        return {child.link_id: item for item in self._flat for child in item.items}

    @cached_property
    def _by_id(self) -> dict[str, Item]:
        return {item.link_id: item for item in self._flat}

    @cached_property
    def _position(self) -> dict[str, int]:
        return {item.link_id: n for n, item in enumerate(self._flat)}

    def all_items(self) -> tuple[Item, ...]:
        """Every item, groups included, in document order (depth first)."""
        return self._flat

    def item(self, link_id: str) -> Item:
        """Returns the item with this linkId.

        Raises:
            KeyError: No such item.
        """
        try:
            return self._by_id[link_id]
        except KeyError:
            raise KeyError(f"{self.source or self.url}: no item '{link_id}'") from None

    def answerable_items(self) -> tuple[Item, ...]:
        """Items that take an answer, in order (no groups, no display items)."""
        return tuple(i for i in self._flat if i.answerable)

    def asked_items(self) -> tuple[Item, ...]:
        """Items the patient is asked (not hidden, read-only or calculated), in order."""
        return tuple(i for i in self._flat if i.asked)

    @cached_property
    def _engine(self) -> Engine:
        return Engine(self.items, self._flat, self.variables, self.raw)

    def state(self, answers: Answers) -> State:
        """Enabled items and every item's value (answers, calculated and initial values)."""
        return self._engine.state(answers)

    def _enabled_ids(self, answers: Answers) -> frozenset[str]:
        return self._engine.state(answers).enabled

    def values(self, answers: Answers) -> dict[str, AnswerValue]:
        """The value of every enabled item that has one.

        That is what the patient answered, plus calculated values and the initial
        values of items never asked (hidden, read-only).
        """
        return self._engine.state(answers).values

    def initial_value(self, link_id: str, answers: Answers) -> AnswerValue | None:
        """What to preselect on an asked item that has no answer yet, or None."""
        return self._engine.initial_value(self.item(link_id), answers)

    def is_enabled(self, link_id: str, answers: Answers) -> bool:
        """Whether the item is enabled (its own and every ancestor's enableWhen hold)."""
        self.item(link_id)
        return link_id in self._enabled_ids(answers)

    def enabled_items(self, answers: Answers) -> tuple[Item, ...]:
        """Enabled items of every type, in document order."""
        ids = self._enabled_ids(answers)
        return tuple(i for i in self._flat if i.link_id in ids)

    def _screens(self, include_display: bool) -> tuple[Item, ...]:
        # Hidden items are never shown; read-only and calculated ones are shown as
        # information screens (with their value), never asked.
        return tuple(
            i
            for i in self._flat
            if i.asked or (include_display and (i.type is ItemType.DISPLAY or i.shown_value)
                           and not i.hidden)
        )

    def next_item(
        self, answers: Answers, after: str | None = None, *, include_display: bool = False
    ) -> Item | None:
        """The next enabled item to show after `after` (None: the first), or None when done.

        Args:
            answers: Current answers.
            after: linkId of the item just shown; it may have become disabled.
            include_display: Also return standalone display items (info screens).
        """
        screens = self._screens(include_display)
        start = -1 if after is None else self._position[self.item(after).link_id]
        ids = self._enabled_ids(answers)
        for item in screens:
            if self._position[item.link_id] > start and item.link_id in ids:
                return item
        return None

    def previous_item(
        self, answers: Answers, before: str | None = None, *, include_display: bool = False
    ) -> Item | None:
        """The enabled item shown before `before` (None: the last), or None at the start.

        Args:
            answers: Current answers.
            before: linkId of the item now shown.
            include_display: Also return standalone display items (info screens).
        """
        screens = self._screens(include_display)
        end = len(self._flat) if before is None else self._position[self.item(before).link_id]
        ids = self._enabled_ids(answers)
        for item in reversed(screens):
            if self._position[item.link_id] < end and item.link_id in ids:
                return item
        return None

    def resume_item(self, answers: Answers) -> Item | None:
        """Where a check-in left off picks up: the first enabled unanswered item.

        An information screen (display item) just before it is shown again, so
        the patient reads the introduction to the part they are in; one that
        comes before the last answer is not. None when nothing is left to ask.
        """
        pending_info: Item | None = None
        after: str | None = None
        while True:
            item = self.next_item(answers, after, include_display=True)
            if item is None:
                return None
            if not item.asked:
                pending_info = pending_info or item
            elif not is_answered(answers.get(item.link_id)):
                return pending_info or item
            else:
                pending_info = None
            after = item.link_id

    def section_of(self, item: Item, lang: str | None) -> str:
        """The heading of the group holding ``item`` (empty at the top level)."""
        for group in self._flat:
            if group.type is ItemType.GROUP and any(
                    child.link_id == item.link_id for child in group.items):
                return group.text_for(lang)
        return ""

    def progress(self, answers: Answers) -> Progress:
        """Answered and total counts over the enabled answerable items."""
        enabled = [i for i in self.enabled_items(answers) if i.asked]
        done = sum(1 for i in enabled if is_answered(answers.get(i.link_id)))
        return Progress(done, len(enabled))

    def progress_shown(self, answers: Answers) -> Progress:
        """Answered and the most questions this check-in can still ask (the patient's count).

        The total counts the enabled asked items and every disabled one that an
        answer not yet given could still enable. Going forward it never grows:
        an item that opens mid-run was counted from the start, and an answer
        that closes a branch makes the total smaller. (Changing an earlier
        answer may open a branch the total had let go.)
        """
        enabled = self._enabled_ids(answers)
        done = total = 0
        for item in self.asked_items():
            if item.link_id in enabled:
                total += 1
                done += is_answered(answers.get(item.link_id))
            elif self._may_open(item, answers, enabled):
                total += 1
        return Progress(done, total)

    def _may_open(self, item: Item, answers: Answers, enabled: frozenset[str]) -> bool:
        """Whether answers not yet given could still enable the disabled ``item``.

        Errs on the side of yes (the total then shrinks later, never grows).
        """
        link: Item | None = item
        while link is not None:
            parent = self._parent.get(link.link_id)
            if link.link_id not in enabled and (parent is None or parent.link_id in enabled):
                # ``link`` itself decides: can its own condition still change?
                open_question = any(
                    not (self._by_id[c.question].asked if c.question in self._by_id else False)
                    or not is_answered(answers.get(c.question)) for c in link.enable_when)
                if not open_question and link.expression(ENABLE_WHEN_EXPRESSION) is None:
                    return False
            link = parent
        return True

    def missing_required(self, answers: Answers) -> tuple[Item, ...]:
        """Enabled required items that have no answer yet.

        A required group counts as missing while no question inside it is answered.
        """
        enabled = self.enabled_items(answers)
        missing = [i for i in enabled
                   if i.needs_answer and not is_answered(answers.get(i.link_id))]
        for group in (g for g in enabled if g.type is ItemType.GROUP and g.required):
            inside = self._inside(group)
            if not any(is_answered(answers.get(i.link_id)) for i in inside if i.asked):
                missing.append(group)
        return tuple(sorted(missing, key=lambda i: self._position[i.link_id]))

    def _inside(self, group: Item) -> list[Item]:
        out: list[Item] = []
        for child in group.items:
            out.append(child)
            out.extend(self._inside(child))
        return out

    def is_complete(self, answers: Answers) -> bool:
        """Whether every enabled required item has an answer."""
        return not self.missing_required(answers)

    def validate_answer(self, link_id: str, value: object) -> None:
        """Raises an error unless `value` is a valid answer for the item.

        Raises:
            KeyError: No such item.
            AnswerError: Wrong type, out of range, unknown or conflicting code.
        """
        check_answer(self.item(link_id), value)

    def clean(self, answers: Answers) -> dict[str, AnswerValue]:
        """The answers without those to disabled, unknown or non-answerable items.

        This is the one rule of which answers count, used by the FHIR and CSV exports
        alike. Values the patient never gave (calculated, initial) are not included:
        see :meth:`values`.
        """
        return self._kept(answers, self._enabled_ids(answers))

    def clean_and_values(
        self, answers: Answers
    ) -> tuple[dict[str, AnswerValue], dict[str, AnswerValue]]:
        """``clean(answers)`` and ``values`` of those, with one evaluation when none goes.

        The export passes answers that already count (:meth:`clean`), so the state
        worked out for cleaning is also the one of the kept answers.
        """
        state = self._engine.state(answers)
        kept = self._kept(answers, state.enabled)
        return kept, state.values if len(kept) == len(answers) else self.values(kept)

    def _kept(self, answers: Answers, ids: frozenset[str]) -> dict[str, AnswerValue]:
        return {
            k: v
            for k, v in answers.items()
            if k in ids and k in self._by_id and self._by_id[k].answerable
        }

    def scores(self, answers: Answers) -> dict[str, int]:
        """Sums of ordinalValues: `total`, plus one entry per scored group linkId."""
        state = self._engine.state(answers)
        return compute_scores(self.items, state.values, state.enabled)

    def alerts(self, answers: Answers) -> list[AlertHit]:
        """Alert rules that hold for enabled items (most severe per item), in order."""
        state = self._engine.state(answers)
        return compute_alerts(self._flat, state.values, state.enabled)
