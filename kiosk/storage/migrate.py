"""Schema migrations with Alembic, applied at start-up so that none can brick a device.

Alembic is imported only when the stored revision differs from the head the
code expects, so a normal start does not pay for it.

* **SQLite:** the whole upgrade (batch table rebuilds included) runs in one
  explicit ``BEGIN IMMEDIATE`` transaction: Python's ``sqlite3`` would
  otherwise run each DDL statement on its own, and a kill between them left a
  half-migrated file. A sound copy is taken first (:mod:`kiosk.storage.backups`);
  if the upgrade fails and the file is no longer the one it started from, that
  copy is put back and the error says so.
* **PostgreSQL:** one transaction under an advisory lock, so devices starting
  together wait for the first and then find the schema at head.
* **A newer schema** than this code knows is refused with one line.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from kiosk.domain.errors import StorageError
from kiosk.storage import backups as backup_files
from kiosk.storage import cipher
from kiosk.storage.revision import HEAD_REVISION

__all__ = ["HEAD_REVISION", "MigrationError", "backup_sqlite", "current_revision",
           "known_revisions", "run_alembic", "upgrade_if_needed"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
ADVISORY_LOCK_KEY = 0x6B696F736B  # "kiosk": one key for every device of a unit


class MigrationError(StorageError):
    """The schema could not be brought to head; the message says what was done."""


def current_revision(connection: Connection) -> str | None:
    """The revision stored in the database, or None for an empty one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    """Every revision in ``migrations/versions`` (imports Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {s.revision for s in script.walk_revisions()}


def upgrade_if_needed(engine: Engine, *, backups: Path | None,
                      target: str = "head") -> bool:
    """Bring the schema to ``target``; return True if a migration ran.

    Raises:
        MigrationError: a newer schema, a damaged file, or a failed upgrade.
    """
    with engine.connect() as connection:
        revision = current_revision(connection)
    if target == "head" and revision == HEAD_REVISION:
        return False
    where = engine.url.render_as_string(hide_password=True)
    if revision is not None and revision not in known_revisions():
        raise MigrationError(
            f"Database {where} is at schema revision {revision}, newer than this app "
            f"knows ({HEAD_REVISION}): install the newer app, or restore a backup")
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if database == ":memory:":
        database = None
    backup, before = None, None
    key = cipher.key_of(engine)  # an encrypted file: every copy and check needs its key
    if revision is not None and database:
        before = _fingerprint(Path(database), key)
    if revision is not None and backups is not None and database:
        try:
            backup = backup_files.take(Path(database), backups, revision, key=key)
        except backup_files.BackupError as exc:
            raise MigrationError(f"Database {where}: before migrating, {exc}") from None
    try:
        run_alembic(engine, target)
    except Exception as exc:
        engine.dispose()
        raise _after_failure(where, database, revision, before, backup, exc, key) from exc
    return True


def _fingerprint(path: Path, key: bytes | None) -> str | None:
    try:
        return backup_files.fingerprint(path, key)
    except Exception:  # unreadable: the upgrade will say why
        return None


def _after_failure(where: str, database: str | None, revision: str | None,
                   before: str | None, backup: Path | None,
                   exc: Exception, key: bytes | None = None) -> MigrationError:
    """What a failed upgrade left, put right where a backup allows."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
    path = Path(database) if database else None
    head = f"Database {where}: migrating from revision {revision or 'none'} failed ({reason})"
    if path is None or before is None:
        return MigrationError(head)
    if backup_files.quick_check(path, key) is None and _fingerprint(path, key) == before:
        if backup is not None and len(backup_files.list_backups(
                backup.parent, path.stem)) > 1:
            backup_files.discard(backup)  # the same state as a copy already kept
        return MigrationError(f"{head}; the database is unchanged at revision {revision}")
    if backup is None:
        return MigrationError(f"{head}; the database may be damaged and no backup was taken")
    try:
        backup_files.restore(backup, path, key=key)
    except backup_files.BackupError as err:
        return MigrationError(f"{head}; restoring {backup.name} also failed ({err})")
    return MigrationError(f"{head}; the backup {backup.name} taken before it was restored")


def run_alembic(engine: Engine, target: str) -> None:
    """Run ``alembic upgrade target`` on the engine, in one transaction."""
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
                if sqlite:
                    # pysqlite runs DDL outside any transaction unless told otherwise.
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                elif engine.dialect.name == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                       {"key": ADVISORY_LOCK_KEY})
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
    """Copy a SQLite database into ``backups`` (see :func:`kiosk.storage.backups.take`)."""
    database = engine.url.database
    assert database, "backup needs a file database"
    return backup_files.take(Path(database), backups, revision, key=cipher.key_of(engine))
