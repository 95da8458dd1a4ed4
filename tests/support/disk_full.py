"""A SQLite database as full as its disk: every write is refused with "database or disk is full".

:func:`fill_to_the_brim` uses up every page, free or half-full, of a plain
(unencrypted) test file; :func:`disk_full` then caps every connection the
engine opens at the file's size, until the ``with`` block ends. That is what a
full disk does to SQLite, without filling the machine's disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event


def fill_to_the_brim(path: Path, visit_id: int) -> None:
    """Fill ``path`` (no connection of the app's open: dispose its engine first).

    ``visit_id`` is a visit the filler rows may hang off (not the one under test).
    """
    filler = sqlite3.connect(path, isolation_level=None)
    pages = filler.execute("PRAGMA page_count").fetchone()[0]
    filler.execute(f"PRAGMA max_page_count = {pages + 2}")
    filler.execute("CREATE TABLE filler (x BLOB)")
    fills = ("INSERT INTO filler VALUES (zeroblob(64))",
             f"INSERT INTO alert (visit_id, cause, severity, raised_at) VALUES ({visit_id},"
             " printf('%.150c', 'x'), 'review', '2026-01-01 00:00:00.000000')",
             "INSERT INTO audit_event (at, action, detail) VALUES"
             " ('2026-01-01 00:00:00.000000', 'fill', printf('%.200c', 'x'))",
             # then the smallest rows, into the space the bigger ones could not use
             f"INSERT INTO alert (visit_id, cause, severity, raised_at) VALUES ({visit_id},"
             " '', 'review', '')",
             "INSERT INTO audit_event (at, action) VALUES ('', '')",
             "INSERT INTO filler VALUES (NULL)")
    for _ in range(2):
        for sql in fills:
            for _ in range(10_000):
                try:
                    filler.execute(sql)
                except sqlite3.OperationalError as exc:
                    assert "full" in str(exc)
                    break
            else:
                raise AssertionError(f"never full: {sql}")
    filler.close()


@contextmanager
def disk_full(engine: Any, path: Path, visit_id: int) -> Iterator[None]:
    """While inside, the database at ``path`` refuses every write: it is full."""
    engine.dispose()
    fill_to_the_brim(path, visit_id)

    def full(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    engine.dispose()  # every connection from now on opens with the limit
    event.listen(engine, "connect", full)
    try:
        yield
    finally:
        event.remove(engine, "connect", full)
        engine.dispose()  # space again: new connections have no limit
