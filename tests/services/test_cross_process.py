"""Another process's commit reaches this process's feed, typed, within 500 ms.

A real second process (``bench/remote_tablet.py``) commits through the real
services; this process listens with :class:`RemoteFeed` as the app does. On a
SQLite file (``PRAGMA data_version`` and the change rows) and, when a server
is available, on PostgreSQL (``LISTEN/NOTIFY``).
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.remote_tablet import KEY_ENV
from kiosk.domain.records import Treatment
from kiosk.services.events import AlertRaised, ChangeFeed, Event, Resync, VisitStarted
from kiosk.services.publishing import RemoteFeed
from kiosk.services.visits import VisitService
from kiosk.storage.change_log import ChangeLog
from kiosk.storage.cipher import load_or_create_key
from kiosk.storage.db import Database, open_database, sqlite_url

ROOT = Path(__file__).resolve().parents[2]
SERVER = os.environ.get("KIOSK_TEST_POSTGRES_URL")
DEADLINE_S = 0.5


class Tablet:
    """The other process: commits on command, says when each commit was done."""

    def __init__(self, url: str, key: bytes | None = None) -> None:
        env = {**os.environ, **({KEY_ENV: key.hex()} if key is not None else {})}
        self.proc = subprocess.Popen([sys.executable, "-m", "bench.remote_tablet", url],
                                     cwd=ROOT, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.readline() == "ready"

    def readline(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def ask(self, command: str) -> tuple[int, float]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        _kind, ident, stamp = self.readline().split()
        return int(ident), float(stamp)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(30)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


def listen(db: Database) -> tuple[RemoteFeed, queue.Queue]:
    feed = ChangeFeed()
    arrived: queue.Queue = queue.Queue()
    feed.subscribe(Event, lambda e: arrived.put((e, time.time())))
    remote = RemoteFeed(ChangeLog(db), feed)
    remote.start()
    assert remote.ready.wait(10)
    return remote, arrived


def next_of(arrived: queue.Queue, kind: type) -> tuple[Event, float]:
    while True:
        event, at = arrived.get(timeout=5)
        if isinstance(event, kind):
            return event, at
        assert isinstance(event, Resync), event


def check_delivery(db: Database, key: bytes | None = None) -> None:
    remote, arrived = listen(db)
    tablet = Tablet(db.url, key)
    try:
        visit_id, committed = tablet.ask("visit Bay 7")
        event, at = next_of(arrived, VisitStarted)
        assert event == VisitStarted(visit_id=visit_id, bay="Bay 7")
        assert at - committed < DEADLINE_S
        alert_id, committed = tablet.ask(f"alert {visit_id}")
        event, at = next_of(arrived, AlertRaised)
        assert event == AlertRaised(visit_id=visit_id, alert_id=alert_id, severity="urgent")
        assert at - committed < DEADLINE_S
    finally:
        tablet.close()
        remote.stop()


@pytest.mark.slow
def test_a_commit_in_another_process_arrives_within_500_ms_on_sqlite(db):
    check_delivery(db)


@pytest.mark.slow
def test_an_encrypted_file_is_watched_as_well(tmp_path):
    # SQLCipher is the default for a new database: the watcher's own
    # connection must be keyed too, or it sees "file is not a database".
    key = load_or_create_key(tmp_path / "keys" / "db.key")
    db = open_database(sqlite_url(tmp_path / "kiosk.db"), key=key)
    try:
        check_delivery(db, key)
    finally:
        db.close()


def test_own_commits_are_published_once_and_not_echoed_back(services, clock):
    services.start_live()
    assert services.remote is not None and services.remote.ready.wait(5)
    arrived: queue.Queue = queue.Queue()
    services.feed.subscribe(Event, arrived.put)
    own = services.visits.start(patient_label="Ana P.", bay="Bay 2",
                                treatment=Treatment.IV_KETAMINE)
    # A writer with another origin (as another process would be); once its
    # event is here, the watcher has read past our own row too.
    other = VisitService(services.db, clock).start(patient_label="Ben Q.", bay="Bay 3",
                                                   treatment=Treatment.IV_KETAMINE)
    seen = []
    while not seen or seen[-1] != VisitStarted(visit_id=other.id, bay="Bay 3"):
        event = arrived.get(timeout=5)
        if not isinstance(event, Resync):
            seen.append(event)
    assert seen == [VisitStarted(visit_id=own.id, bay="Bay 2"),
                    VisitStarted(visit_id=other.id, bay="Bay 3")]




@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.skipif(not SERVER, reason="KIOSK_TEST_POSTGRES_URL not set")
def test_a_commit_in_another_process_arrives_within_500_ms_on_postgres(pg_db):
    check_delivery(pg_db)
