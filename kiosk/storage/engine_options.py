"""Bounded waits for every database connection: engine and pool options per dialect.

Nothing the kiosk asks of a database may wait without limit. SQLite waits for
another writer only ``busy_timeout`` milliseconds, then the operation worker
retries. PostgreSQL connections get a connect timeout, a statement timeout, TCP
keepalives and a TCP user timeout (a dead or stalled link is given up instead of
waited on), a ping before a pooled connection is reused, and an
``application_name`` naming the station, so ``pg_stat_activity`` shows which
tablet holds which connection.

Pool size: a unit has up to 20 bay tablets and 2 nurse stations, each its own
process. A process runs its database work on one worker thread (one pooled
connection, one spare for a rare overlap) and listens for changes on one more
connection, so 22 devices hold at most 22 x (2 + 1) = 66 connections: inside
PostgreSQL's default ``max_connections`` of 100, with room for the admin tools.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, TimeoutError

SQLITE_BUSY_TIMEOUT_MS = 2000
"""How long one SQLite write waits for another writer before the worker retries it."""

PG_CONNECT_TIMEOUT_S = 3
PG_STATEMENT_TIMEOUT_MS = 10_000
PG_IDLE_IN_TRANSACTION_TIMEOUT_MS = 20_000
PG_KEEPALIVES_IDLE_S = 5
PG_KEEPALIVES_INTERVAL_S = 2
PG_KEEPALIVES_COUNT = 3
PG_TCP_USER_TIMEOUT_MS = 10_000
"""Unacknowledged data older than this closes the connection (a dead link)."""

POOL_SIZE = 2
POOL_MAX_OVERFLOW = 1
POOL_TIMEOUT_S = 5
POOL_RECYCLE_S = 1800


def application_name(station: str | None) -> str:
    """The name PostgreSQL shows for this device's connections (at most 63 bytes)."""
    label = " ".join((station or "kiosk").split()) or "kiosk"
    return f"recovery-kiosk {label}"[:63]


def postgres_connect_args(station: str | None = None) -> dict[str, Any]:
    """The libpq parameters bounding every wait of one PostgreSQL connection."""
    options = (f"-c statement_timeout={PG_STATEMENT_TIMEOUT_MS} "
               f"-c idle_in_transaction_session_timeout={PG_IDLE_IN_TRANSACTION_TIMEOUT_MS}")
    return {
        "connect_timeout": PG_CONNECT_TIMEOUT_S,
        "options": options,
        "keepalives": 1,
        "keepalives_idle": PG_KEEPALIVES_IDLE_S,
        "keepalives_interval": PG_KEEPALIVES_INTERVAL_S,
        "keepalives_count": PG_KEEPALIVES_COUNT,
        "tcp_user_timeout": PG_TCP_USER_TIMEOUT_MS,
        "application_name": application_name(station),
    }


def engine_kwargs(url: str, *, station: str | None = None) -> dict[str, Any]:
    """``create_engine`` keyword arguments for ``url`` (empty for SQLite).

    SQLite's bound (its busy timeout) is set per connection by the storage
    layer's connect hook; see :data:`SQLITE_BUSY_TIMEOUT_MS`.
    """
    if make_url(url).get_backend_name() != "postgresql":
        return {}
    return {
        "connect_args": postgres_connect_args(station),
        "pool_pre_ping": True,
        "pool_size": POOL_SIZE,
        "max_overflow": POOL_MAX_OVERFLOW,
        "pool_timeout": POOL_TIMEOUT_S,
        "pool_recycle": POOL_RECYCLE_S,
    }


def psycopg_conninfo(url: str) -> str:
    """A libpq URI for ``url`` (a SQLAlchemy URL) that psycopg itself accepts."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


def is_transient(exc: BaseException) -> bool:
    """True when trying the same work again later may succeed.

    A locked SQLite file, a refused, dropped or timed-out connection, a
    cancelled statement, a pool with no free connection: all pass. A broken
    constraint or a programming error does not, nor anything not from the
    database.
    """
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, DBAPIError | TimeoutError):
        cause = cause.__cause__
    if isinstance(cause, TimeoutError):
        return True
    if isinstance(cause, DBAPIError) and cause.connection_invalidated:
        return True
    return isinstance(cause, OperationalError | InterfaceError)
