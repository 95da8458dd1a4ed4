"""Builds the application: settings, questionnaires, database, services, theme, window."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.cli import NURSE_STATION, Options
from kiosk.config import ConfigError, load_settings
from kiosk.domain.clock import Clock, SystemClock
from kiosk.domain.questionnaire import load_directory
from kiosk.paths import AppPaths
from kiosk.services.container import MissingQuestionnaireError, Services, build_services
from kiosk.services.settings_store import SettingsStore
from kiosk.storage.db import StorageError, open_database, sqlite_url

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kiosk.views.shell import Shell

log = logging.getLogger(__name__)

BENCH_READY_ENV = "KIOSK_BENCH_READY"
"""Benchmarks only: when set, print ``ready <ms>`` after the first page paints, then quit."""


class StartupError(Exception):
    """Something the kiosk needs is wrong; ``lines`` say what, one problem a line."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("; ".join(lines))
        self.lines = lines


@dataclass
class Prepared:
    """Everything checked and opened before any window exists."""

    services: Services


def prepare(options: Options, *, paths: AppPaths | None = None,
            clock: Clock | None = None) -> Prepared:
    """Load and check settings, questionnaires and the database.

    Raises:
        StartupError: with one line per problem, naming the file or database.
    """
    paths = paths or AppPaths.default()
    clock = clock or SystemClock()
    try:
        settings = load_settings(options.config)
    except ConfigError as exc:
        raise StartupError([str(exc)]) from None
    folder = settings.questionnaires.folder
    if folder and options.config is not None:
        folder_path = (options.config.parent / folder).resolve()
    else:
        folder_path = paths.questionnaires
    if not folder_path.is_dir():
        raise StartupError([f"{folder_path}: questionnaire folder not found"])
    loaded = load_directory(folder_path)
    if loaded.problems:
        raise StartupError([str(p) for p in loaded.problems])
    if options.db_url:
        url = options.db_url
    else:
        paths.ensure_data_dir()
        url = sqlite_url(paths.default_database)
    try:
        db = open_database(url, backups=paths.backups)
    except StorageError as exc:
        raise StartupError([str(exc)]) from None
    try:
        # Values changed on the admin settings screen win over the TOML file.
        settings = SettingsStore(db, clock).apply(settings)
    except StorageError as exc:
        raise StartupError([str(exc)]) from None
    try:
        services = build_services(settings=settings, clock=clock, paths=paths, db=db,
                                  questionnaires=loaded.questionnaires)
    except MissingQuestionnaireError as exc:
        raise StartupError([str(exc)]) from None
    if options.demo:
        from kiosk.services.demo import seed_demo

        seed_demo(services, bay=options.station)
    return Prepared(services)


def run(prepared: Prepared, options: Options) -> int:
    """Create the Qt application and window, and run the event loop."""
    from PySide6.QtWidgets import QApplication

    from kiosk.views.i18n import Translations
    from kiosk.views.shell import build_shell
    from kiosk.views.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Recovery Kiosk")
    apply_theme(app, prepared.services.paths.theme)
    translations = Translations(app, prepared.services.paths.resources / "i18n")
    shell = build_shell(prepared.services, station=options.station,
                        nurse_station=options.station.lower() == NURSE_STATION,
                        translations=translations)
    shell.show(windowed=options.windowed or options.station.lower() == NURSE_STATION)
    log.info("Recovery Kiosk is running (station %s)", options.station)
    if os.environ.get(BENCH_READY_ENV):
        _report_ready_after_first_paint(app, shell)
    code = app.exec()
    prepared.services.db.close()
    return int(code)


def _report_ready_after_first_paint(app: QApplication, shell: Shell) -> None:
    """Benchmark hook (``KIOSK_BENCH_READY=1``, used by ``bench/restart.py``).

    Once the page the window shows has painted and the event loop is free again
    (so a tap would be handled), print ``ready <ms> <page class>`` on stdout,
    where ``<ms>`` counts from ``KIOSK_BENCH_T0`` (the launcher's ``time.time()``),
    and quit. No patient data is printed.
    """
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    window = shell.window
    stack = window.stack

    def ready() -> None:
        launched = float(os.environ.get("KIOSK_BENCH_T0", "nan"))
        page = stack.currentWidget()
        print(f"ready {(time.time() - launched) * 1000:.1f} {type(page).__name__}", flush=True)
        app.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            page = stack.currentWidget()
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \
                    and watched is page:
                app.removeEventFilter(self)
                QTimer.singleShot(0, ready)
            return False

    probe = FirstPaint(app)
    app.installEventFilter(probe)
