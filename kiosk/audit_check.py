"""``python main.py --check``: verify the audit trail's hash chain and name the first break.

Kept in its own small function so it can join the other start-up checks of
``--check`` (:func:`audit_chain_lines` returns lines; :func:`run_audit_check`
prints them and gives the exit code).
"""

from __future__ import annotations

import sys

from kiosk.cli import EXIT_BAD_INPUT, Options
from kiosk.paths import AppPaths


def audit_chain_lines(url: str, key: bytes | None = None) -> tuple[bool, list[str]]:
    """Walk the audit chain of the database at ``url``; (whole, lines to print).

    Nothing is written and no migration runs.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.storage.audit_chain import verify_chain
    from kiosk.storage.db import describe_url, make_engine

    where = describe_url(url)
    engine = make_engine(url, key=key)
    try:
        with engine.connect() as connection:
            report = verify_chain(connection)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0][:200]
        return False, [f"audit trail of {where}: cannot be read ({reason})"]
    finally:
        engine.dispose()
    if report.first_break is not None:
        return False, [f"audit trail of {where}: BROKEN at {report.first_break} "
                       f"({report.checked - 1} events before it are intact)"]
    return True, [f"audit trail of {where}: {report.checked} events, chain intact"]


def run_audit_check(options: Options, paths: AppPaths) -> int:
    """Print the audit-chain check; 0 when whole, 2 when broken or unreadable."""
    from kiosk.encryption import key_for_url
    from kiosk.inputs import StartupError, default_database, load_inputs
    from kiosk.storage.db import sqlite_url

    try:
        inputs = load_inputs(options, paths)
        url = inputs.db_url or sqlite_url(default_database(paths))
        key = key_for_url(url, inputs.settings, paths, convert=False)
    except StartupError as exc:
        for line in exc.lines:
            print(f"recovery-kiosk: {line}", file=sys.stderr)
        return EXIT_BAD_INPUT
    whole, lines = audit_chain_lines(url, key)
    for line in lines:
        print(f"recovery-kiosk: {line}", file=sys.stdout if whole else sys.stderr)
    return 0 if whole else EXIT_BAD_INPUT
