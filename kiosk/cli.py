"""Command line: parse options, check settings, questionnaires and database, then run.

Anything wrong before the window opens is one clear line on stderr and exit
code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.inputs import EXIT_BAD_INPUT, Options

__all__ = ["EXIT_BAD_INPUT", "Options", "main", "parse_args"]


def parse_args(argv: Sequence[str] | None = None) -> Options:
    """Parse the command line (``--help`` prints the options and exits)."""
    parser = argparse.ArgumentParser(
        prog="recovery-kiosk",
        description="Recovery Kiosk: a calm full-screen check-in tablet for the recovery "
                    "room of a ketamine-infusion clinic, with a PIN-protected nurse view.")
    parser.add_argument("--db", metavar="URL", default=os.environ.get("KIOSK_DATABASE_URL"),
                        help="SQLAlchemy database URL (default: a SQLite file in the data "
                             "folder; also KIOSK_DATABASE_URL), e.g. "
                             "postgresql://kiosk@server/kiosk for a shared unit database")
    parser.add_argument("--config", metavar="PATH", type=Path,
                        help="clinic settings file (TOML); defaults apply without one")
    parser.add_argument("--windowed", action="store_true",
                        help="run in a normal window instead of full-screen (development)")
    parser.add_argument("--demo", action="store_true", help="seed demo patients")
    parser.add_argument("--station", metavar="NAME", default="Bay 1",
                        help="this tablet's bay (default 'Bay 1'), or 'nurse' for a "
                             "nurse-station board")
    args = parser.parse_args(argv)
    return Options(db_url=args.db, config=args.config, windowed=args.windowed,
                   demo=args.demo, station=args.station.strip() or "Bay 1")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``main.py`` and the ``recovery-kiosk`` script."""
    options = parse_args(argv)
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Keep "Running upgrade ..." lines; Alembic's plugin set-up is noise.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    os.umask(0o077)  # database, WAL, backups and exports: owner only
    # Start-up creates ~100k objects that live as long as the app (SQLAlchemy,
    # models, questionnaires); cyclic GC passes over them are wasted time (about
    # 60 ms of a restart, bench/README.md). Collect nothing until they exist,
    # then freeze them out of every later collection.
    gc.disable()
    try:
        from kiosk.paths import AppPaths
        from kiosk.quick_start import quick_plan, run_quick

        paths = AppPaths.default()
        plan = quick_plan(options, paths)
        if plan is not None:  # a patient mid-check-in: their screen first (quick_start.py)
            return run_quick(plan, options, paths)
        from kiosk.app import StartupError, prepare, run

        try:
            prepared = prepare(options, paths=paths)
        except StartupError as exc:
            for line in exc.lines:
                print(f"recovery-kiosk: {line}", file=sys.stderr)
            return EXIT_BAD_INPUT
        gc.freeze()
    finally:
        gc.enable()
    return run(prepared, options)
