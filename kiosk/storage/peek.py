"""A quick look at one bay in the SQLite file, with the standard library only.

Loading SQLAlchemy and the services takes about half a second on a tablet.
After a crash the patient should not wait for it: a restarting bay tablet reads
just enough to paint the screen the patient was on (the bay's recovering
visit, the check-in it left unfinished with its answers, or where a restart
puts a patient between check-ins; the stored settings) and the full start
follows behind the painted page.

The file is trusted only at the schema revision this code expects and with at
least one staff account; anything else (another revision, a first run, no
patient, a locked or damaged file) returns None and the normal start runs.
Nothing is written: the connection is read-only and closed before returning.

Where the patient was is not worked out here: the services keep one resume row
per bay (``bay_resume``, :mod:`kiosk.domain.resume`) in the transaction of
every change, and the full start reads the same row. The queries and their
decoding are shared with the repositories (:mod:`kiosk.storage.resume_sql`);
``tests/storage/test_resume_row.py`` fails when a migration changes the table
without them following.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kiosk.storage.resume_sql import (
    HAS_STAFF,
    SELECT_RESUME,
    SELECT_SETTINGS,
    decode_resume,
    decode_setting,
)
from kiosk.storage.revision import HEAD_REVISION

log = logging.getLogger(__name__)

SQLITE_PREFIX = "sqlite:///"


@dataclass(frozen=True)
class BayPeek:
    """What a bay tablet needs to put its patient back where they were.

    Attributes:
        visit_id: the bay's recovering visit.
        language: the visit's language ("en", "es").
        first_name: how the patient is greeted.
        screen: "checkin" (an unfinished check-in), else where a restart puts a
            patient between check-ins: "welcome" (none yet), "hub", or
            "goodbye" (the going-home questions are done).
        checkin_id: the started, unfinished check-in ("checkin" only).
        checkin_kind: its stored kind ("checkin" or "ready_to_go").
        questionnaire_url: the questionnaire it answers.
        answers: linkId -> saved answer value.
        stored_settings: (section, key) -> value changed on the admin screen.
    """

    visit_id: int
    language: str
    first_name: str
    screen: str
    stored_settings: dict[tuple[str, str], Any]
    checkin_id: int | None = None
    checkin_kind: str | None = None
    questionnaire_url: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)


def sqlite_file(url: str | None, default: Path) -> Path | None:
    """The SQLite file behind a database URL (None: the default file), if it is one."""
    if url is None:
        return default
    if not url.startswith(SQLITE_PREFIX) or "?" in url:
        return None
    name = url[len(SQLITE_PREFIX):]
    return Path(name) if name and name != ":memory:" else None


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to the SQLite file (the one place the quick path opens it).

    Raises:
        sqlite3.Error: the file cannot be opened.
    """
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=0.2)


def peek_bay(path: Path, bay: str) -> BayPeek | None:
    """Where the patient in ``bay`` was, or None (see the module text)."""
    if not path.is_file():
        return None
    try:
        connection = open_read_only(path)
    except sqlite3.Error:
        return None
    try:
        return _read(connection, bay)
    except (sqlite3.Error, ValueError, TypeError) as exc:
        log.info("quick start not used: %s", type(exc).__name__)
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, bay: str) -> BayPeek | None:
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != HEAD_REVISION:
        return None
    if connection.execute(HAS_STAFF).fetchone() is None:
        return None  # the first admin must be created first
    row = connection.execute(SELECT_RESUME, (bay,)).fetchone()
    if row is None:
        return None
    resume = decode_resume(row)
    stored = {(section, key): value for section, key, value
              in map(decode_setting, connection.execute(SELECT_SETTINGS))}
    return BayPeek(resume.visit_id, resume.language, resume.first_name, resume.screen.value,
                   stored, checkin_id=resume.checkin_id, checkin_kind=resume.checkin_kind,
                   questionnaire_url=resume.questionnaire_url, answers=dict(resume.answers))
