"""Carrying change payloads between processes: written with the change, read by a watcher.

:meth:`ChangeLog.stage` is called inside the transaction that makes a change,
so the payload travels if and only if the change commits:

* PostgreSQL: ``SELECT pg_notify(channel, payload)``; the server delivers it
  to every listener at commit.
* SQLite: a row in ``change_event``. A watcher notices another connection's
  commit through ``PRAGMA data_version`` (it changes only when another
  connection commits), looked at whenever a file in the database's folder is
  written (inotify), or every :data:`SQLITE_POLL_S` where there is no such
  notification, and reads the rows after the last one it saw.

:class:`ChangeWatcher` runs on a thread of its own with its own connection, so
a long write on the operation worker never delays noticing other devices.
Payloads from this process (same ``origin``) are skipped: the process
published those itself after its commit. Payloads are opaque text here; the
services turn them into typed events.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, text
from sqlalchemy.orm import Session

from kiosk.storage import cipher
from kiosk.storage import models as m
from kiosk.storage.db import Database, sqlite_file
from kiosk.storage.engine_options import (
    PG_CONNECT_TIMEOUT_S,
    postgres_connect_args,
    psycopg_conninfo,
)
from kiosk.storage.file_wake import FileWake

log = logging.getLogger(__name__)

CHANNEL = "kiosk_changes"
SQLITE_POLL_S = 0.05
"""How often the SQLite watcher asks whether another connection committed, where
no file notification (inotify, :mod:`kiosk.storage.file_wake`) wakes it."""
SQLITE_RECHECK_S = 1.0
"""With file notification: a look at ``data_version`` at least this often anyway."""
SETTLE_S = 0.3
SETTLE_STEP_S = 0.01
"""After a write wakes the watcher: how long, and how often, it looks for the commit."""
RETRY_S = 1.0
"""Pause before the watcher reconnects after losing its connection."""
KEEP_ROWS = 2000
PRUNE_EVERY = 500

OnPayload = Callable[[str], None]
OnGap = Callable[[], None]


class ChangeLog:
    """Stages change payloads in the transaction of the change, for other processes.

    Attributes:
        origin: this process's token; watchers skip payloads carrying it.
    """

    def __init__(self, db: Database, *, origin: str | None = None) -> None:
        self._db = db
        self.origin = origin or uuid.uuid4().hex[:16]
        self._postgres = db.engine.dialect.name == "postgresql"

    def stage(self, session: Session, payload: str) -> None:
        """Send ``payload`` to other processes when ``session`` commits."""
        if self._postgres:
            wrapped = json.dumps({"o": self.origin, "p": payload}, separators=(",", ":"))
            session.execute(text("SELECT pg_notify(:channel, :payload)"),
                            {"channel": CHANNEL, "payload": wrapped})
            return
        result = session.execute(insert(m.ChangeEvent).values(origin=self.origin,
                                                              payload=payload))
        new_id = int(result.inserted_primary_key[0])  # type: ignore[attr-defined]
        if new_id % PRUNE_EVERY == 0:
            session.execute(delete(m.ChangeEvent).where(m.ChangeEvent.id <= new_id - KEEP_ROWS))

    def watcher(self, on_payload: OnPayload, on_gap: OnGap, *,
                station: str | None = None) -> ChangeWatcher:
        """A watcher (not started) handing other processes' payloads to ``on_payload``.

        ``on_gap`` is called when changes may have been missed (the watcher lost
        its connection and is back).
        """
        if self._postgres:
            return PostgresWatcher(self._db.url, self.origin, on_payload, on_gap, station=station)
        path = sqlite_file(self._db.url)
        if path is None:
            return ChangeWatcher(self.origin, on_payload, on_gap)  # memory: one process only
        return SqliteWatcher(str(path), self.origin, on_payload, on_gap,
                             key=cipher.key_of(self._db.engine))


class ChangeWatcher:
    """Base watcher: a daemon thread that runs :meth:`_watch` until stopped."""

    def __init__(self, origin: str, on_payload: OnPayload, on_gap: OnGap) -> None:
        self._origin = origin
        self._on_payload = on_payload
        self._on_gap = on_gap
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kiosk-changes", daemon=True)
        self.ready = threading.Event()
        """Set once the watcher listens (a change committed after this is seen)."""

    def start(self) -> None:
        """Begin watching (once)."""
        if self._thread.ident is None:
            self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop watching and wait a little for the thread to end."""
        self._stop.set()
        if self._thread.ident is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                self._watch(first)
            except Exception as exc:  # a lost connection: reconnect, then resync
                log.warning("change watcher lost its connection (%s); reconnecting",
                            type(exc).__name__)
                self._stop.wait(RETRY_S)
                first = False
                continue
            return

    def _watch(self, first: bool) -> None:
        self.ready.set()
        self._stop.wait()

    def _deliver(self, origin: str, payload: str) -> None:
        if origin != self._origin:
            self._on_payload(payload)


class SqliteWatcher(ChangeWatcher):
    """Watches a SQLite file through ``PRAGMA data_version`` and the change rows."""

    def __init__(self, path: str, origin: str, on_payload: OnPayload, on_gap: OnGap, *,
                 key: bytes | None = None) -> None:
        super().__init__(origin, on_payload, on_gap)
        self._path = path
        self._key = key  # an encrypted file (kiosk.storage.cipher) needs it on every connection
        self._wake: FileWake | None = None

    def stop(self, timeout: float = 2.0) -> None:
        """Stop watching: the file wait is interrupted at once."""
        self._stop.set()
        wake = self._wake
        if wake is not None:
            wake.interrupt()
        super().stop(timeout)

    def _watch(self, first: bool) -> None:
        module: Any = cipher.dbapi() if self._key is not None else sqlite3
        raw = module.connect(self._path, timeout=1.0, isolation_level=None,
                             check_same_thread=False)
        if self._key is not None:
            cipher.apply_key(raw, self._key)
        wake = self._wake = FileWake(Path(self._path).parent, SQLITE_POLL_S)
        try:
            raw.execute("PRAGMA busy_timeout=1000")
            last = raw.execute("SELECT coalesce(max(id), 0) FROM change_event").fetchone()[0]
            version = raw.execute("PRAGMA data_version").fetchone()[0]
            self.ready.set()
            if not first:
                self._on_gap()
            while wake.wait(self._stop, SQLITE_RECHECK_S):
                # Writes noticed from here on wake the next look: another
                # commit's frames can land while this one is settled and read.
                now = self._version_after_wake(raw, version, wake.woken)
                if now == version:
                    continue
                version = now
                rows = raw.execute("SELECT id, origin, payload FROM change_event "
                                   "WHERE id > ? ORDER BY id", (last,)).fetchall()
                for row_id, origin, payload in rows:
                    last = row_id
                    self._deliver(origin, payload)
        finally:
            raw.close()
            self._wake = None
            wake.close()


    def _version_after_wake(self, raw: Any, version: int, written: bool) -> int:
        """``data_version`` once a write has woken the watcher.

        The writer's WAL frames (and its fsync) come before the commit is
        published in the shared index, so a look right after the wake can be
        early: look again every :data:`SETTLE_STEP_S` for up to :data:`SETTLE_S`.
        """
        now = int(raw.execute("PRAGMA data_version").fetchone()[0])
        waited = 0.0
        while written and now == version and waited < SETTLE_S:
            if self._stop.wait(SETTLE_STEP_S):
                break
            waited += SETTLE_STEP_S
            now = int(raw.execute("PRAGMA data_version").fetchone()[0])
        return now


class PostgresWatcher(ChangeWatcher):
    """``LISTEN`` on the change channel with a psycopg connection of its own."""

    def __init__(self, url: str, origin: str, on_payload: OnPayload, on_gap: OnGap, *,
                 station: str | None) -> None:
        super().__init__(origin, on_payload, on_gap)
        self._url = url
        self._station = station

    def _watch(self, first: bool) -> None:
        import psycopg

        args: dict[str, Any] = postgres_connect_args(self._station)
        args.pop("options")  # a listener runs no statements worth a timeout
        args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
        with psycopg.connect(psycopg_conninfo(self._url), autocommit=True, **args) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self.ready.set()
            if not first:
                self._on_gap()
            while not self._stop.is_set():
                for note in conn.notifies(timeout=0.5):
                    self._handle(note.payload)
                    if self._stop.is_set():
                        break

    def _handle(self, wrapped: str) -> None:
        try:
            data = json.loads(wrapped)
            origin, payload = str(data["o"]), str(data["p"])
        except (ValueError, KeyError, TypeError):
            self._on_gap()  # not ours to read: treat as "anything may have changed"
            return
        self._deliver(origin, payload)
