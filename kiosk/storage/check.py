"""``python main.py --check``: a list of checks of one database and a one-line verdict.

Each check is a function taking the open connection and returning None (passed)
or a short problem. Another check (the audit chain, say) is one more line in
:data:`CHECKS`. Everything reads; nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from kiosk.storage import migrate


@dataclass(frozen=True)
class Check:
    """One named check: ``run(connection)`` returns None or the problem."""

    name: str
    run: Callable[[Connection], str | None]


def _integrity(connection: Connection) -> str | None:
    if connection.dialect.name != "sqlite":
        return None  # the server keeps its own pages sound
    rows = connection.exec_driver_sql("PRAGMA integrity_check(5)").fetchall()
    verdict = "; ".join(str(r[0]) for r in rows)
    return None if verdict == "ok" else verdict[:200]


def _revision(connection: Connection) -> str | None:
    revision = migrate.current_revision(connection)
    if revision is None:
        return "no schema yet (an empty database)"
    if revision != migrate.HEAD_REVISION:
        return f"schema revision {revision}, this app expects {migrate.HEAD_REVISION}"
    return None


def _foreign_keys(connection: Connection) -> str | None:
    if connection.dialect.name != "sqlite":
        return None  # enforced by the server on every write
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        return f"{len(broken)} rows point at missing rows (in {', '.join(tables)})"
    return None


def _staff(connection: Connection) -> str | None:
    count = connection.execute(text("SELECT count(*) FROM staff")).scalar()
    return None if count else "no staff account (first set-up not done)"


def _audit_chain(connection: Connection) -> str | None:
    from kiosk.storage.audit_chain import verify_chain

    report = verify_chain(connection)
    if report.first_break is None:
        return None
    return f"broken at {report.first_break} ({report.checked - 1} events before it are intact)"


CHECKS: list[Check] = [
    Check("integrity", _integrity),
    Check("revision", _revision),
    Check("foreign keys", _foreign_keys),
    Check("staff", _staff),
    Check("audit chain", _audit_chain),
]
"""Run in order; a failed integrity or revision check skips the rest (they need both)."""


def run_checks(connection: Connection) -> list[tuple[str, str | None]]:
    """Every check's name and problem (None: passed)."""
    results: list[tuple[str, str | None]] = []
    for check in CHECKS:
        try:
            problem = check.run(connection)
        except Exception as exc:  # a damaged file fails a check; it does not crash it
            problem = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
        results.append((check.name, problem))
        if problem is not None and check.name in ("integrity", "revision"):
            break
    return results


def verdict(where: str, results: list[tuple[str, str | None]]) -> tuple[bool, str]:
    """Whether every check passed, and the one line that says so."""
    failed = [(name, problem) for name, problem in results if problem is not None]
    if not failed:
        return True, f"{where}: OK ({', '.join(name for name, _ in results)})"
    return False, f"{where}: FAULT: " + "; ".join(f"{name}: {problem}" for name, problem in failed)
