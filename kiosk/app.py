"""Builds the application: settings, questionnaires, database, services, theme, window."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kiosk.domain.clock import Clock, SystemClock
from kiosk.encryption import key_for_url
from kiosk.inputs import (
    NURSE_STATION,
    Inputs,
    Options,
    StartupError,
    default_database,
    load_inputs,
    settle,
)
from kiosk.paths import AppPaths
from kiosk.services.container import MissingQuestionnaireError, Services, build_services
from kiosk.services.settings_store import SettingsStore
from kiosk.services.setup_marker import lost_database, mark_set_up
from kiosk.storage.db import StorageError, describe_url, open_database, sqlite_url

__all__ = ["Prepared", "StartupError", "prepare", "run"]

log = logging.getLogger(__name__)

@dataclass
class Prepared:
    """Everything checked and opened before any window exists."""

    services: Services


def prepare(options: Options, *, paths: AppPaths | None = None,
            clock: Clock | None = None, inputs: Inputs | None = None) -> Prepared:
    """Load and check settings, questionnaires and the database.

    ``inputs`` already loaded (the quick restart path) are used as they are.

    Raises:
        StartupError: with one line per problem, naming the file or database.
    """
    paths = paths or AppPaths.default()
    clock = clock or SystemClock()
    inputs = inputs or load_inputs(options, paths, defer=True)
    url = inputs.db_url or sqlite_url(default_database(paths))
    key = key_for_url(url, inputs.settings, paths)  # encryption at rest (kiosk/encryption.py)
    try:
        db = open_database(url, backups=paths.backups, station=options.station, key=key)
    except StorageError as exc:
        raise StartupError([str(exc)]) from None
    try:
        # Values changed on the admin settings screen win over the TOML file.
        settings = SettingsStore(db, clock).apply(inputs.settings)
    except StorageError as exc:
        raise StartupError([str(exc)]) from None
    inputs = settle(inputs, settings.questionnaires.loading)
    try:
        services = build_services(settings=settings, clock=clock, paths=paths, db=db,
                                  questionnaires=inputs.questionnaires, station=options.station,
                                  load_warnings=inputs.load_warnings)
    except MissingQuestionnaireError as exc:
        raise StartupError([str(exc)]) from None
    _apply_retention(services)
    _guard_set_up(services, describe_url(url))
    if options.demo:
        from kiosk.services.demo import seed_demo

        seed_demo(services, bay=options.station)
    return Prepared(services)


def _apply_retention(services: Services) -> None:
    """Purge what the clinic's retention rule says is too old (kiosk/services/retention.py)."""
    days = services.settings.retention.purge_after_days
    if not days:
        return
    from kiosk.services.retention import RetentionService

    try:
        RetentionService(services.db, services.clock, days=days,
                         backups=services.paths.backups).run()
    except StorageError as exc:  # the next start tries again; the kiosk still runs
        log.warning("retention purge not done: %s", exc)


def _guard_set_up(services: Services, where: str) -> None:
    """Never offer first-admin set-up on a device that was set up (setup_marker.py)."""
    try:
        empty = services.staff.needs_first_run()
    except StorageError as exc:
        raise StartupError([str(exc)]) from None
    if not empty:
        mark_set_up(services.paths.data_dir, where)
        return
    lost = lost_database(services.paths.data_dir, where)
    if lost is not None:
        raise StartupError([lost])


def run(prepared: Prepared, options: Options) -> int:
    """Create the Qt application and window, and run the event loop."""
    from kiosk.plugin import load_plugin, notify
    from kiosk.views.qt_app import themed_application
    from kiosk.views.shell import build_shell

    app, translations = themed_application(prepared.services.paths)
    shell = build_shell(prepared.services, station=options.station,
                        nurse_station=options.station.lower() == NURSE_STATION,
                        translations=translations)
    plugin = load_plugin()  # tests and benchmarks only (kiosk/plugin.py)
    notify(plugin, "window_shown", app, shell.window)
    shell.show(windowed=options.windowed or options.station.lower() == NURSE_STATION)
    prepared.services.start_live()  # other devices' changes reach this one's feed
    log.info("Recovery Kiosk is running (station %s)", options.station)
    notify(plugin, "shell_ready", shell)
    code = app.exec()
    prepared.services.close()  # queued writes land first
    return int(code)
