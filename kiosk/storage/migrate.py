"""Schema migrations with Alembic, applied at start-up after a backup.

Alembic is imported only when the stored revision differs from the head the
code expects, so a normal start does not pay for it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from kiosk.storage import cipher
from kiosk.storage.revision import HEAD_REVISION

__all__ = ["HEAD_REVISION", "backup_sqlite", "current_revision", "run_alembic",
           "upgrade_if_needed"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(connection: Connection) -> str | None:
    """The revision stored in the database, or None for an empty one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_if_needed(engine: Engine, *, backups: Path | None,
                      target: str = "head") -> bool:
    """Bring the schema to ``target``; return True if a migration ran."""
    with engine.connect() as connection:
        revision = current_revision(connection)
    if target == "head" and revision == HEAD_REVISION:
        return False
    if revision is not None and backups is not None and engine.dialect.name == "sqlite":
        backup_sqlite(engine, backups, revision)
    run_alembic(engine, target)
    return True


def run_alembic(engine: Engine, target: str) -> None:
    """Run ``alembic upgrade target`` on the engine."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # Batch migrations rebuild tables; with foreign keys on, dropping the
            # old table would cascade-delete every check-in and answer. The pragma
            # only takes effect outside a transaction, so set it before beginning.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left {len(broken)} broken references")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def backup_sqlite(engine: Engine, backups: Path, revision: str) -> Path:
    """Copy a SQLite database with the online backup API; return the copy's path."""
    database = engine.url.database
    assert database, "backup needs a file database"
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backups / f"{Path(database).stem}-r{revision}-{stamp}.sqlite3"
    key = cipher.key_of(engine)  # an encrypted database gets an encrypted copy
    source = cipher.connect_file(database, key)
    try:
        copy = cipher.connect_file(target, key)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    target.chmod(0o600)
    return target
