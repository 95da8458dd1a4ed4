"""Questionnaire engine: loads FHIR R4 Questionnaire files and works out what to ask.

Pure Python (no Qt, no SQLAlchemy). See resources/questionnaires/README.md for the
supported FHIR subset and the kiosk's alert-rule extension.

The names below load their module on first use (PEP 562): a quick restart
(:mod:`kiosk.quick_start`) needs the engine and model, read from the forms cache,
but not the loader and its parsers (about 10 ms of imports on a tablet).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.domain.questionnaire.asq import (
        ASQ_BETTER_OFF_DEAD,
        ASQ_DECLINED,
        ASQ_EVER_TRIED,
        ASQ_NO,
        ASQ_SCREENING_ITEMS,
        ASQ_THOUGHTS_NOW,
        ASQ_THOUGHTS_PAST_WEEK,
        ASQ_WISHED_DEAD,
        ASQ_YES,
        AsqOutcome,
        asq_outcome,
    )
    from kiosk.domain.questionnaire.conditions import is_answered
    from kiosk.domain.questionnaire.engine import Answers, Questionnaire
    from kiosk.domain.questionnaire.errors import AnswerError, Problem, QuestionnaireError
    from kiosk.domain.questionnaire.fhir_io import (
        answers_from_questionnaire_response,
        to_questionnaire_response,
    )
    from kiosk.domain.questionnaire.loader import (
        LoadResult,
        load_directory,
        load_questionnaire,
        parse_questionnaire,
    )
    from kiosk.domain.questionnaire.model import (
        AlertHit,
        AlertRule,
        AnswerOption,
        AnswerValue,
        EnableBehavior,
        EnableWhen,
        Item,
        ItemType,
        LocalizedText,
        Operator,
        Progress,
        Severity,
    )
    from kiosk.domain.questionnaire.rules import TOTAL

_HOME = {
    "ASQ_BETTER_OFF_DEAD": "asq",
    "ASQ_DECLINED": "asq",
    "ASQ_EVER_TRIED": "asq",
    "ASQ_NO": "asq",
    "ASQ_SCREENING_ITEMS": "asq",
    "ASQ_THOUGHTS_NOW": "asq",
    "ASQ_THOUGHTS_PAST_WEEK": "asq",
    "ASQ_WISHED_DEAD": "asq",
    "ASQ_YES": "asq",
    "AsqOutcome": "asq",
    "asq_outcome": "asq",
    "is_answered": "conditions",
    "Answers": "engine",
    "Questionnaire": "engine",
    "AnswerError": "errors",
    "Problem": "errors",
    "QuestionnaireError": "errors",
    "answers_from_questionnaire_response": "fhir_io",
    "to_questionnaire_response": "fhir_io",
    "LoadResult": "loader",
    "load_directory": "loader",
    "load_questionnaire": "loader",
    "parse_questionnaire": "loader",
    "AlertHit": "model",
    "AlertRule": "model",
    "AnswerOption": "model",
    "AnswerValue": "model",
    "EnableBehavior": "model",
    "EnableWhen": "model",
    "Item": "model",
    "ItemType": "model",
    "LocalizedText": "model",
    "Operator": "model",
    "Progress": "model",
    "Severity": "model",
    "TOTAL": "rules",
}
"""Each exported name and the module (of this package) that defines it."""


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` (once), then hand the name over."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})


__all__ = [
    "ASQ_BETTER_OFF_DEAD",
    "ASQ_DECLINED",
    "ASQ_EVER_TRIED",
    "ASQ_NO",
    "ASQ_SCREENING_ITEMS",
    "ASQ_THOUGHTS_NOW",
    "ASQ_THOUGHTS_PAST_WEEK",
    "ASQ_WISHED_DEAD",
    "ASQ_YES",
    "TOTAL",
    "AlertHit",
    "AlertRule",
    "AnswerError",
    "AnswerOption",
    "AnswerValue",
    "Answers",
    "AsqOutcome",
    "EnableBehavior",
    "EnableWhen",
    "Item",
    "ItemType",
    "LoadResult",
    "LocalizedText",
    "Operator",
    "Problem",
    "Progress",
    "Questionnaire",
    "QuestionnaireError",
    "Severity",
    "answers_from_questionnaire_response",
    "asq_outcome",
    "is_answered",
    "load_directory",
    "load_questionnaire",
    "parse_questionnaire",
    "to_questionnaire_response",
]
