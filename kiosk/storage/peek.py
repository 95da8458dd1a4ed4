"""A quick look at one bay in the SQLite file, with the standard library only.

Loading SQLAlchemy and the services takes about half a second on a tablet.
After a crash the patient should not wait for it: a restarting bay tablet reads
just enough to paint the screen the patient was on (the bay's recovering
visit, the check-in it left unfinished with its answers, or where a restart
puts a patient between check-ins; the stored settings) and the full start
follows behind the painted page.

The file is trusted only at the schema revision this code expects, with at
least one staff account, and when SQLite finds it sound (``PRAGMA
quick_check``: of the whole file when it is small, :data:`FULL_CHECK_MAX_BYTES`;
else of the tables read here, the full start checking the rest behind the
painted page). Anything else (another revision, a first run, no patient, a
locked, damaged or unreadable file) returns None and the normal start runs,
which names a damaged file in one line and exits with code 2 before any window
is shown. Nothing is written: the connection is read-only and closed before
returning.

Where the patient was is not worked out here: the services keep one resume row
per bay (``bay_resume``, :mod:`kiosk.domain.resume`) in the transaction of
every change, and the full start reads the same row. The queries and their
decoding are shared with the repositories (:mod:`kiosk.storage.resume_sql`);
``tests/storage/test_resume_row.py`` fails when a migration changes the table
without them following.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.storage import cipher
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

FULL_CHECK_MAX_BYTES = 4 * 1024 * 1024
"""Files (with their WAL) up to this size get a whole-file ``quick_check`` before the
patient's page is painted: about 10 ms a megabyte encrypted on a modest machine,
so a tablet's own file costs a few milliseconds; a larger shared file would hold
the page back too long."""

PEEKED_TABLES = ("alembic_version", "staff", "bay_resume", "setting_value")
"""The tables :func:`peek_bay` reads (checked alone in a larger file)."""


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


def open_read_only(path: Path, key: bytes | None = None) -> Any:
    """A read-only connection to the SQLite file (the one place the quick path opens it).

    ``key`` opens a SQLCipher-encrypted file (:mod:`kiosk.storage.cipher`).

    Raises:
        sqlite3.Error (or the SQLCipher driver's error): the file cannot be opened.
    """
    return cipher.connect_file(path, key, read_only=True, timeout=0.2)


def _driver_errors(key: bytes | None) -> tuple[type[BaseException], ...]:
    """The errors of the one driver that opens the file (SQLCipher with a key)."""
    if key is not None:
        return (cipher.dbapi().Error,)
    import sqlite3

    return (sqlite3.Error,)


def peek_bay(path: Path, bay: str, key: bytes | None = None) -> BayPeek | None:
    """Where the patient in ``bay`` was, or None (see the module text).

    ``key`` opens a SQLCipher-encrypted file (:mod:`kiosk.storage.cipher`).
    """
    try:
        if not path.is_file():
            return None
    except OSError:  # a folder this user cannot open: the normal start says so
        return None
    failures = _driver_errors(key)
    unreadable: tuple[type[BaseException], ...] = (*failures, ValueError, TypeError,
                                                  OSError)
    try:
        connection = open_read_only(path, key)
    except failures:
        return None
    try:
        peek = _read(connection, bay)
        if peek is not None and not _sound(connection, path):
            log.info("quick start not used: the database did not pass quick_check")
            return None
        return peek
    except unreadable as exc:
        log.info("quick start not used: %s", type(exc).__name__)
        return None
    finally:
        connection.close()


def _read(connection: Any, bay: str) -> BayPeek | None:
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


def _file_bytes(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def _sound(connection: Any, path: Path) -> bool:
    """Whether ``PRAGMA quick_check`` passes (the whole file, or the peeked tables).

    Raises:
        the driver's error: a page could not be read or decrypted (also "damaged").
    """
    if _file_bytes(path) <= FULL_CHECK_MAX_BYTES:
        checks = ["PRAGMA quick_check"]
    else:
        checks = [f"PRAGMA quick_check({table})" for table in PEEKED_TABLES]
    for statement in checks:
        rows = connection.execute(statement).fetchall()
        if [tuple(row) for row in rows] != [("ok",)]:
            return False
    return True
