"""A quick look at one bay in the SQLite file, with the standard library only.

Loading SQLAlchemy and the services takes about half a second on a tablet.
After a crash the patient should not wait for it: a restarting bay tablet reads
just enough to paint the screen the patient was on (the bay's recovering
visit, the check-in it left unfinished with its answers, the stored settings)
and the full start follows behind the painted page.

The file is trusted only at the schema revision this code expects and with at
least one staff account; anything else (another revision, a first run, no
patient, a locked or damaged file) returns None and the normal start runs.
Nothing is written: the connection is read-only and closed before returning.
The queries mirror the repositories' (``repositories/visits.py``,
``repositories/checkins.py``, ``repositories/settings.py``); a test checks
that both agree.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kiosk.storage.revision import HEAD_REVISION

log = logging.getLogger(__name__)

SQLITE_PREFIX = "sqlite:///"


@dataclass(frozen=True)
class BayPeek:
    """What a bay tablet needs to put a patient back on their unfinished check-in.

    Attributes:
        visit_id: the bay's recovering visit.
        language: the visit's language ("en", "es").
        checkin_id: the started, unfinished check-in.
        checkin_kind: its stored kind ("checkin" or "ready_to_go").
        questionnaire_url: the questionnaire it answers.
        answers: linkId -> saved answer value.
        stored_settings: (section, key) -> value changed on the admin screen.
    """

    visit_id: int
    language: str
    checkin_id: int
    checkin_kind: str
    questionnaire_url: str
    answers: dict[str, Any]
    stored_settings: dict[tuple[str, str], Any]


def sqlite_file(url: str | None, default: Path) -> Path | None:
    """The SQLite file behind a database URL (None: the default file), if it is one."""
    if url is None:
        return default
    if not url.startswith(SQLITE_PREFIX) or "?" in url:
        return None
    name = url[len(SQLITE_PREFIX):]
    return Path(name) if name and name != ":memory:" else None


def peek_bay(path: Path, bay: str) -> BayPeek | None:
    """The unfinished check-in of the patient in ``bay``, or None (see the module text)."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True,
                                     timeout=0.2)
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
    if connection.execute("SELECT 1 FROM staff LIMIT 1").fetchone() is None:
        return None  # the first admin must be created first
    visit = connection.execute(
        "SELECT id, language FROM visit WHERE status = 'recovering' AND bay = ? "
        "ORDER BY id DESC LIMIT 1", (bay,)).fetchone()
    if visit is None:
        return None
    checkin = connection.execute(
        "SELECT id, kind, questionnaire_url FROM checkin "
        "WHERE visit_id = ? AND status = 'started' "
        "ORDER BY due_at DESC, id DESC LIMIT 1", (visit[0],)).fetchone()
    if checkin is None:
        return None
    answers = {link_id: json.loads(value) for link_id, value in connection.execute(
        "SELECT link_id, value_json FROM answer WHERE checkin_id = ? ORDER BY id",
        (checkin[0],))}
    stored = {(section, key): json.loads(value) for section, key, value in connection.execute(
        'SELECT section, "key", value_json FROM setting_value ORDER BY section, "key"')}
    return BayPeek(visit_id=int(visit[0]), language=str(visit[1]), checkin_id=int(checkin[0]),
                   checkin_kind=str(checkin[1]), questionnaire_url=str(checkin[2]),
                   answers=answers, stored_settings=stored)
