"""The SQLite change watcher: a write noticed while it looks at a commit wakes the next look.

The watcher wakes on a write in the database's folder, waits for the commit
to be published, then reads the new change rows. Another device's commit
writes its frames before it publishes them (an fsync apart), so those writes
can arrive while the watcher is busy with an earlier commit, and the
publication only after it has read the rows. Such a write must wake the next
look at once: dropping it left the commit unseen until the slow re-check, a
second later (the alert-to-board benchmark's p95 of 1,009 ms).
"""

from __future__ import annotations

import queue
import threading
from typing import Any

import pytest

from kiosk.storage import change_log
from kiosk.storage.change_log import ChangeLog, SqliteWatcher
from kiosk.storage.db import Database, open_database, sqlite_url

SLOW_RECHECK_S = 60.0  # a look that only the re-check started would come after this


def commit_payload(db: Database, payload: str) -> None:
    with db.sessions() as session, session.begin():
        ChangeLog(db, origin="other-device").stage(session, payload)


def test_a_write_during_a_look_starts_another_look_without_the_recheck(
        tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(change_log, "SQLITE_RECHECK_S", SLOW_RECHECK_S)
    url = sqlite_url(tmp_path / "kiosk.db")
    watched, writer = open_database(url), open_database(url)
    arrived: queue.Queue[str] = queue.Queue()
    looks: queue.Queue[bool] = queue.Queue()
    looked = SqliteWatcher._version_after_wake

    def look(self: SqliteWatcher, raw: Any, version: int, written: bool) -> int:
        now = looked(self, raw, version, written)
        if looks.empty():  # another commit's first frames, written during this look
            (tmp_path / "frames").write_bytes(b"frames")
        looks.put(written)
        return now

    monkeypatch.setattr(SqliteWatcher, "_version_after_wake", look)
    watcher = ChangeLog(watched).watcher(arrived.put, lambda: None)
    assert isinstance(watcher, SqliteWatcher)
    watcher.start()
    try:
        assert watcher.ready.wait(10)
        commit_payload(writer, "first")
        assert arrived.get(timeout=10) == "first"
        assert looks.get(timeout=10) is True
        # The write made during the first look wakes a second one (not the 60 s re-check)
        assert looks.get(timeout=10) is True
        commit_payload(writer, "second")
        assert arrived.get(timeout=10) == "second"
    finally:
        watcher.stop()
        watched.close()
        writer.close()
    assert not any(t.name == "kiosk-changes" and t.is_alive() for t in threading.enumerate())
