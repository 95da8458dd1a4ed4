"""The few reads a quick restart makes without SQLAlchemy, shared with the repositories.

:mod:`kiosk.storage.peek` reads the database with the standard library's
``sqlite3`` before SQLAlchemy is loaded. Its queries and the decoding of their
rows live here, once: :class:`~kiosk.storage.repositories.resume.ResumeRepository`
and :class:`~kiosk.storage.repositories.settings.SettingRepository` use the same
column list and decoders, and ``tests/storage/test_resume_row.py`` fails when a
migration changes the ``bay_resume`` table without :data:`RESUME_COLUMNS`
following. Standard library and domain only (no SQLAlchemy).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from kiosk.domain.resume import RestartScreen, ResumeRecord

RESUME_TABLE = "bay_resume"

RESUME_COLUMNS: tuple[str, ...] = (
    "bay", "visit_id", "language", "first_name", "screen", "checkin_id", "checkin_kind",
    "questionnaire_url", "answers_json",
)
"""Every column of ``bay_resume``, in the order :func:`decode_resume` takes them."""

SELECT_RESUME = (f"SELECT {', '.join(RESUME_COLUMNS)} FROM {RESUME_TABLE} "
                 "WHERE bay = ?")
"""The resume row of one bay (``?``: the bay), as the quick restart reads it."""

SELECT_SETTINGS = 'SELECT section, "key", value_json FROM setting_value ORDER BY section, "key"'
"""Every value changed on the admin settings screen, in a stable order."""

HAS_STAFF = "SELECT 1 FROM staff LIMIT 1"
"""A row when at least one staff account exists (else the first admin is still to create)."""


def decode_resume(values: Sequence[Any]) -> ResumeRecord:
    """The record of a ``bay_resume`` row given as values in :data:`RESUME_COLUMNS` order.

    Raises:
        ValueError: a stored value is not what the column holds (the caller
            treats the row as unusable).
    """
    row = dict(zip(RESUME_COLUMNS, values, strict=True))
    answers = json.loads(row["answers_json"] or "{}")
    if not isinstance(answers, dict):
        raise ValueError("bay_resume.answers_json is not an object")
    checkin_id = row["checkin_id"]
    return ResumeRecord(
        bay=str(row["bay"]), visit_id=int(row["visit_id"]), language=str(row["language"]),
        first_name=str(row["first_name"]), screen=RestartScreen(row["screen"]),
        checkin_id=int(checkin_id) if checkin_id is not None else None,
        checkin_kind=row["checkin_kind"], questionnaire_url=row["questionnaire_url"],
        answers=answers)


def encode_resume(record: ResumeRecord) -> dict[str, Any]:
    """The column values of a ``bay_resume`` row for ``record``."""
    values = {"bay": record.bay, "visit_id": record.visit_id, "language": record.language,
              "first_name": record.first_name, "screen": record.screen.value,
              "checkin_id": record.checkin_id, "checkin_kind": record.checkin_kind,
              "questionnaire_url": record.questionnaire_url,
              "answers_json": json.dumps(dict(record.answers))}
    assert tuple(values) == RESUME_COLUMNS
    return values


def decode_setting(values: Sequence[Any]) -> tuple[str, str, Any]:
    """(section, key, decoded value) of one :data:`SELECT_SETTINGS` row."""
    section, key, value_json = values
    return str(section), str(key), json.loads(value_json)
