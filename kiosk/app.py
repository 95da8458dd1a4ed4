"""Builds the application: settings, questionnaires, database, services, theme, window."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kiosk.domain.clock import Clock, SystemClock
from kiosk.inputs import (
    NURSE_STATION,
    Inputs,
    Options,
    StartupError,
    default_database,
    load_inputs,
)
from kiosk.paths import AppPaths
from kiosk.services.container import MissingQuestionnaireError, Services, build_services
from kiosk.services.settings_store import SettingsStore
from kiosk.storage.db import StorageError, open_database, sqlite_url

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
    inputs = inputs or load_inputs(options, paths)
    url = inputs.db_url or sqlite_url(default_database(paths))
    try:
        db = open_database(url, backups=paths.backups, station=options.station)
    except StorageError as exc:
        raise StartupError([str(exc)]) from None
    try:
        # Values changed on the admin settings screen win over the TOML file.
        settings = SettingsStore(db, clock).apply(inputs.settings)
    except StorageError as exc:
        raise StartupError([str(exc)]) from None
    try:
        services = build_services(settings=settings, clock=clock, paths=paths, db=db,
                                  questionnaires=inputs.questionnaires, station=options.station)
    except MissingQuestionnaireError as exc:
        raise StartupError([str(exc)]) from None
    if options.demo:
        from kiosk.services.demo import seed_demo

        seed_demo(services, bay=options.station)
    return Prepared(services)


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
