"""Questionnaire engine: loads FHIR R4 Questionnaire files and works out what to ask.

Pure Python (no Qt, no SQLAlchemy). See resources/questionnaires/README.md for the
supported FHIR subset and the kiosk's alert-rule extension.
"""

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
