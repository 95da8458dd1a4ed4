"""Giving up a stalled PostgreSQL connection so the worker can try again on a fresh one.

TCP keepalives and ``tcp_user_timeout`` (:mod:`kiosk.storage.engine_options`)
end a connection whose peer has gone; they cannot end one whose peer still
answers at the TCP level but has stopped passing anything on (a stuck router,
proxy or VPN). Nor can ``statement_timeout``: the server never got the
statement. :class:`StallGuard` knows the pool's connections; the database
worker calls :meth:`StallGuard.give_up` when one operation has waited
longer than :data:`GIVE_UP_S`. The socket of the connection busy with a
command is shut down, the blocked call fails
with a connection error at once, the pool drops that connection, and the
worker tries the operation again on a new one (bounded by ``connect_timeout``).

A transaction cut off this way was not committed unless the stalled link
still delivers a COMMIT it already had: the kiosk's writes are made so that
doing one twice does no harm (an answer replaces itself, a call within a
minute is not raised twice, a schedule refresh finds its rows).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import weakref
from typing import Any

from sqlalchemy import Engine, event

from kiosk.storage.engine_options import PG_STATEMENT_TIMEOUT_MS

log = logging.getLogger(__name__)

GIVE_UP_S = PG_STATEMENT_TIMEOUT_MS / 1000 + 2
"""Past the server's own statement timeout: only a stalled link waits this long."""


class StallGuard:
    """Knows every connection ``engine``'s pool made, to cut the ones stuck mid-command."""

    def __init__(self, engine: Engine, *, give_up_s: float = GIVE_UP_S) -> None:
        self._give_up_s = give_up_s
        self._connections: weakref.WeakSet[Any] = weakref.WeakSet()
        self._statement_started: dict[int, float] = {}
        self._lock = threading.Lock()
        self.enabled = engine.dialect.name == "postgresql"
        if self.enabled:
            # When each statement began: a long healthy job (an export) runs many
            # short statements, and only one statement waiting too long is a stall.
            event.listen(engine, "before_cursor_execute", self._statement_begins)
            event.listen(engine, "after_cursor_execute", self._statement_ends)
            event.listen(engine, "handle_error", self._statement_failed)
            # "checkout" too: connections pooled before the guard existed are known
            # from their next use on.
            event.listen(engine, "connect", self._connected)
            event.listen(engine, "checkout", self._connected)

    def _connected(self, dbapi_connection: Any, _record: Any, *_proxy: Any) -> None:
        with self._lock:
            self._connections.add(dbapi_connection)

    def _statement_begins(self, conn: Any, *_args: Any) -> None:
        with self._lock:
            self._statement_started[id(conn.connection.dbapi_connection)] = time.monotonic()

    def _statement_ends(self, conn: Any, *_args: Any) -> None:
        with self._lock:
            self._statement_started.pop(id(conn.connection.dbapi_connection), None)

    def _statement_failed(self, context: Any) -> None:
        connection = getattr(context, "connection", None)
        dbapi = getattr(getattr(connection, "connection", None), "dbapi_connection", None)
        with self._lock:
            self._statement_started.pop(id(dbapi), None)

    def give_up(self, _thread_ident: int) -> bool:
        """Cut every pooled connection stuck on one command for ``give_up_s`` (:data:`GIVE_UP_S`).

        Called by the worker once its current try has run that long. A
        connection busy with a statement that began recently (the try is long
        but healthy) is left alone; one busy with an older statement, or with a
        command outside any statement (the pool's ping), is cut. True if one was.
        """
        now = time.monotonic()
        with self._lock:
            waiting = [c for c in self._connections if _busy(c)
                       and now - self._statement_started.get(id(c), 0.0) >= self._give_up_s]
        cut = False
        for connection in waiting:
            fd = _socket_of(connection)
            if fd is None:
                continue
            try:
                # shutdown acts on the socket itself, so a duplicate descriptor will
                # do and the driver keeps ownership of its own.
                with socket.socket(fileno=os.dup(fd)) as sock:
                    sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                continue
            cut = True
        if cut:
            log.warning("gave up a stalled database connection; trying on a new one")
        return cut


def _busy(connection: Any) -> bool:
    try:
        from psycopg import pq

        return bool(connection.pgconn.transaction_status == pq.TransactionStatus.ACTIVE)
    except Exception:  # closed, or not a psycopg connection
        return False


def _socket_of(connection: Any) -> int | None:
    try:
        fd = int(connection.pgconn.socket)
    except Exception:  # gone, closed, or not a psycopg connection
        return None
    return fd if fd >= 0 else None
