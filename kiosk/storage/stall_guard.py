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
import weakref
from typing import Any

from sqlalchemy import Engine, event

from kiosk.storage.engine_options import PG_STATEMENT_TIMEOUT_MS

log = logging.getLogger(__name__)

GIVE_UP_S = PG_STATEMENT_TIMEOUT_MS / 1000 + 2
"""Past the server's own statement timeout: only a stalled link waits this long."""


class StallGuard:
    """Knows every connection ``engine``'s pool made, to cut the ones stuck mid-command."""

    def __init__(self, engine: Engine) -> None:
        self._connections: weakref.WeakSet[Any] = weakref.WeakSet()
        self._lock = threading.Lock()
        self.enabled = engine.dialect.name == "postgresql"
        if self.enabled:
            # "checkout" too: connections pooled before the guard existed are known
            # from their next use on.
            event.listen(engine, "connect", self._connected)
            event.listen(engine, "checkout", self._connected)

    def _connected(self, dbapi_connection: Any, _record: Any, *_proxy: Any) -> None:
        with self._lock:
            self._connections.add(dbapi_connection)

    def give_up(self, _thread_ident: int) -> bool:
        """Cut every pooled connection waiting on a command (a ping included).

        The pool's connections are the worker's (one at a time), so whatever
        waits on one is the stalled operation. True if one was cut.
        """
        with self._lock:
            waiting = [c for c in self._connections if _busy(c)]
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
