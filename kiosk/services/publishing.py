"""Publishing change events: with the change's transaction, after its commit, to every process.

Services call :meth:`Publisher.stage` inside their unit of work. The event is
then

* handed to the other processes in the same transaction (``NOTIFY`` on
  PostgreSQL, a change row on SQLite: :mod:`kiosk.storage.change_log`), so it
  travels if and only if the change commits;
* published on this process's :class:`~kiosk.services.events.ChangeFeed`
  right after the commit (never after a rollback), in the committing thread.

:class:`RemoteFeed` is the receiving end: a watcher thread turns other
processes' payloads back into typed events on the local feed, and publishes a
:class:`~kiosk.services.events.Resync` every :data:`RESYNC_S` seconds (and
after the watcher reconnects) so a subscriber catches anything missed.
"""

from __future__ import annotations

import logging
import threading
import weakref

from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

from kiosk.services.events import ChangeFeed, Event, Resync, from_payload, to_payload
from kiosk.storage.change_log import ChangeLog, ChangeWatcher
from kiosk.storage.db import Database

__all__ = ["RESYNC_S", "Publisher", "RemoteFeed"]

log = logging.getLogger(__name__)

RESYNC_S = 30.0
_PENDING = "kiosk_pending_events"
_HOOKED: weakref.WeakSet[object] = weakref.WeakSet()
"""Session factories whose commits publish staged events (hooked once each)."""


class Publisher:
    """Stages events in a unit of work and publishes them once it commits.

    Args:
        db: the database whose sessions carry the events.
        feed: this process's feed.
        changes: the cross-process transport (None: this process only).
    """

    def __init__(self, db: Database, feed: ChangeFeed, changes: ChangeLog | None) -> None:
        self.feed = feed
        self.changes = changes
        if db.sessions not in _HOOKED:
            _HOOKED.add(db.sessions)
            sa_event.listen(db.sessions, "after_commit", _after_commit)
            sa_event.listen(db.sessions, "after_rollback", _after_rollback)

    @classmethod
    def local(cls, db: Database) -> Publisher:
        """A publisher for a service built on its own (tools, tests).

        Its events go to a feed of its own; other processes still hear of them.
        """
        return cls(db, ChangeFeed(), ChangeLog(db))

    def stage(self, session: Session, *events: Event) -> None:
        """Publish ``events`` when ``session`` commits (and send them to other processes)."""
        for event in events:
            if self.changes is not None:
                self.changes.stage(session, to_payload(event))
            session.info.setdefault(_PENDING, []).append((self.feed, event))


def _after_commit(session: Session) -> None:
    for feed, event in session.info.pop(_PENDING, ()):
        feed.publish(event)


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


class RemoteFeed:
    """Brings other processes' events onto this process's feed (a watcher thread).

    Args:
        changes: the transport the publishers of every process write to.
        feed: the local feed to publish on.
        station: names the listening connection on PostgreSQL.
        resync_s: how often a :class:`Resync` is published regardless.
    """

    def __init__(self, changes: ChangeLog, feed: ChangeFeed, *, station: str | None = None,
                 resync_s: float = RESYNC_S) -> None:
        self._feed = feed
        self._resync_s = resync_s
        self._watcher: ChangeWatcher = changes.watcher(self._received, self._gap,
                                                       station=station)
        self._stop = threading.Event()
        self._ticker = threading.Thread(target=self._tick, name="kiosk-resync", daemon=True)

    @property
    def ready(self) -> threading.Event:
        """Set once the watcher listens: another process's commit after it is seen."""
        return self._watcher.ready

    def start(self) -> None:
        """Start watching and the slow resync (once)."""
        if self._ticker.ident is None:
            self._watcher.start()
            self._ticker.start()

    def stop(self) -> None:
        """Stop both threads."""
        self._stop.set()
        self._watcher.stop()
        if self._ticker.ident is not None:
            self._ticker.join(1.0)

    def _received(self, payload: str) -> None:
        self._feed.publish(from_payload(payload))

    def _gap(self) -> None:
        self._feed.publish(Resync())

    def _tick(self) -> None:
        while not self._stop.wait(self._resync_s):
            self._feed.publish(Resync())
