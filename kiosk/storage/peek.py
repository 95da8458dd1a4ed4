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
The queries mirror the repositories' (``repositories/visits.py``,
``repositories/checkins.py``, ``repositories/settings.py``) and the screen
rule mirrors ``FlowController._restart_screen``; tests check that both agree.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kiosk.domain.names import first_name
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


def peek_bay(path: Path, bay: str) -> BayPeek | None:
    """The unfinished check-in of the patient in ``bay``, or None (see the module text)."""
    try:
        if not path.is_file():
            return None
    except OSError:  # a folder this user cannot open: the normal start says so
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
        "SELECT id, language, patient_label FROM visit WHERE status = 'recovering' AND bay = ? "
        "ORDER BY id DESC LIMIT 1", (bay,)).fetchone()
    if visit is None:
        return None
    stored = {(section, key): json.loads(value) for section, key, value in connection.execute(
        'SELECT section, "key", value_json FROM setting_value ORDER BY section, "key"')}
    visit_id, language, label = int(visit[0]), str(visit[1]), str(visit[2])
    checkin = connection.execute(
        "SELECT id, kind, questionnaire_url FROM checkin "
        "WHERE visit_id = ? AND status = 'started' "
        "ORDER BY due_at DESC, id DESC LIMIT 1", (visit_id,)).fetchone()
    if checkin is None:
        history = connection.execute("SELECT kind, status FROM checkin WHERE visit_id = ?",
                                     (visit_id,)).fetchall()
        return BayPeek(visit_id, language, first_name(label), _between_checkins(history),
                       stored)
    answers = {link_id: json.loads(value) for link_id, value in connection.execute(
        "SELECT link_id, value_json FROM answer WHERE checkin_id = ? ORDER BY id",
        (checkin[0],))}
    return BayPeek(visit_id, language, first_name(label), "checkin", stored,
                   checkin_id=int(checkin[0]), checkin_kind=str(checkin[1]),
                   questionnaire_url=str(checkin[2]), answers=answers)


def _between_checkins(history: list[tuple[str, str]]) -> str:
    """Where a restart puts a patient with no check-in open (as the flow decides)."""
    if ("ready_to_go", "completed") in history:
        return "goodbye"
    return "hub" if history else "welcome"
