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
    parser.add_argument("--check", action="store_true",
                        help="check the database (integrity, schema revision, foreign keys) "
                             "read-only, print a one-line verdict and exit (0: sound)")
    parser.add_argument("--restore", metavar="BACKUP", type=Path,
                        help="check a backup from the data folder's backups/ and put it in "
                             "place of the SQLite database (the kiosk must be stopped); the "
                             "replaced file is kept next to the backups")
    args = parser.parse_args(argv)
    return Options(db_url=args.db, config=args.config, windowed=args.windowed,
                   demo=args.demo, station=args.station.strip() or "Bay 1",
                   check=args.check, restore=args.restore)


def _maintain(options: Options) -> int:
    """``--check`` or ``--restore``: one line on stdout (sound) or stderr, and the code."""
    from kiosk import maintenance
    from kiosk.paths import AppPaths
    from kiosk.storage.peek import sqlite_file

    paths = AppPaths.default()
    path = sqlite_file(options.db_url, paths.default_database)
    key = None
    if path is not None:  # an encrypted file (the default) opens with its key
        from kiosk.encryption import key_for_url
        from kiosk.inputs import StartupError, load_inputs

        try:
            inputs = load_inputs(options, paths)
            # --restore: the file being replaced may be too damaged to open with its key.
            key = key_for_url(f"sqlite:///{path}", inputs.settings, paths, convert=False,
                              verify=options.restore is None)
        except StartupError as exc:
            for line in exc.lines:
                print(f"recovery-kiosk: {line}", file=sys.stderr)
            return EXIT_BAD_INPUT
    if options.restore is not None:
        if path is None:
            print("recovery-kiosk: --restore works on a SQLite file; restore a PostgreSQL "
                  "database with pg_restore", file=sys.stderr)
            return EXIT_BAD_INPUT
        code, line = maintenance.restore_database(options.restore, path, paths.backups,
                                                  key=key)
    else:
        code, line = maintenance.check_database(options.db_url or f"sqlite:///{path}", path,
                                                key=key)
    print(line if code == 0 else f"recovery-kiosk: {line}",
          file=sys.stdout if code == 0 else sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``main.py`` and the ``recovery-kiosk`` script."""
    options = parse_args(argv)
    if options.check or options.restore is not None:
        gc.enable()  # main.py turns it off for the start-up
        return _maintain(options)
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
        try:
            plan = quick_plan(options, paths)
            if plan is not None:  # a patient mid-check-in: their screen first (quick_start)
                return run_quick(plan, options, paths)
            from kiosk.app import StartupError, prepare, run

            try:
                prepared = prepare(options, paths=paths)
            except StartupError as exc:
                for line in exc.lines:
                    print(f"recovery-kiosk: {line}", file=sys.stderr)
                return EXIT_BAD_INPUT
        except OSError as exc:  # read-only file system, a folder the user cannot open
            print(f"recovery-kiosk: {_os_line(exc)}", file=sys.stderr)
            return EXIT_BAD_INPUT
        gc.freeze()
    finally:
        gc.enable()
    return run(prepared, options)


def _os_line(exc: OSError) -> str:
    """One line for a file-system error: the path, then what the system said."""
    where = exc.filename or "data folder"
    return f"{where}: {exc.strerror or exc} (check the data folder and its permissions)"
