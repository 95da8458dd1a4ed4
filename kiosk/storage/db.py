"""Opening the database: engine, connection pragmas, migrations, session factory."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.domain.errors import StorageError
from kiosk.storage import migrate
from kiosk.storage.engine_options import SQLITE_BUSY_TIMEOUT_MS, engine_kwargs

BUSY_TIMEOUT_MS = SQLITE_BUSY_TIMEOUT_MS


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def describe_url(url: str) -> str:
    """The URL without its password, safe to show and to log."""
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        _on_sqlite_connect(dbapi_connection, busy_timeout_ms)
    return on_connect


def _on_sqlite_connect(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    # Pragmas must be set on every new connection, outside a transaction.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode, synchronous=NORMAL only syncs at checkpoints, so the last
    # commits can vanish on a power cut. FULL syncs the WAL on every commit: an
    # answer the patient saw accepted survives a pulled plug. The cost is one
    # fsync per answer, well inside the tap-to-next-screen budget.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, station: str | None = None,
                **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets its pragmas through a ``connect`` hook.

    Args:
        url: the database URL.
        busy_timeout_ms: how long SQLite waits for another writer before giving up.
        station: names the connections on PostgreSQL (``application_name``).
        **kwargs: passed to ``create_engine`` (over the bounded-wait defaults of
            :mod:`kiosk.storage.engine_options`).
    """
    engine = create_engine(url, **{**engine_kwargs(url, station=station), **kwargs})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
    return engine


@dataclass
class Database:
    """An open, migrated database.

    Attributes:
        url: the connection URL.
        engine: the SQLAlchemy engine.
        sessions: a ``sessionmaker`` with ``expire_on_commit=False``.
    """

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error.

        Raises:
            StorageError: the database refused the work (locked, gone, full).
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except SQLAlchemyError as exc:
            raise StorageError(f"Database {describe_url(self.url)}: {_reason(exc)}") from exc

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()[0]
    return text[:200]


def open_database(url: str, *, backups: Path | None = None,
                  busy_timeout_ms: int = BUSY_TIMEOUT_MS, station: str | None = None) -> Database:
    """Open (creating if needed) and migrate the database at ``url``.

    For a SQLite file, the file is created readable by the owner only, and a
    copy is kept in ``backups`` before any migration touches existing data.

    Raises:
        StorageError: with a message naming the database and the cause.
    """
    where = describe_url(url)
    path = sqlite_file(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                path.touch(mode=0o600)
            os.chmod(path, 0o600)
        except OSError as exc:
            raise StorageError(f"Database {where}: cannot create the file ({exc.strerror})") \
                from exc
    try:
        engine = make_engine(url, busy_timeout_ms=busy_timeout_ms, station=station)
        migrate.upgrade_if_needed(engine, backups=backups)
    except SQLAlchemyError as exc:
        raise StorageError(f"Database {where}: {_reason(exc)}") from exc
    except sqlite3.Error as exc:  # raised directly by the backup API
        raise StorageError(f"Database {where}: {exc}") from exc
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory or another dialect."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database \
            or parsed.database == ":memory:":
        return None
    return Path(parsed.database)
