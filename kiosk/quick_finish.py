"""The quick restart's hand-over from the painted page to the shell (:mod:`kiosk.quick_start`).

Kept apart from :mod:`kiosk.quick_start` so that module imports no Qt: the quick
restart reads the settings, questionnaires and the bay's row before PySide6 is
loaded (PySide6's import hook reads the source of every module imported after
it, about 5 ms of the restart before the patient's page is painted).
"""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from kiosk.inputs import EXIT_BAD_INPUT, Options
from kiosk.plugin import notify
from kiosk.views.flow.quick_screen import QuickScreen
from kiosk.views.i18n import Translations

if TYPE_CHECKING:
    from kiosk.quick_start import Loader
    from kiosk.views.shell import Shell

log = logging.getLogger("kiosk.quick_start")  # the same logger as before the split


class Finisher(QObject):
    """On the Qt thread: takes the loaded services and hands the screen to the shell.

    Signals:
        loaded: the worker has finished (emitted from it, delivered here queued).
    """

    loaded = Signal()

    def __init__(self, app: QApplication, options: Options, translations: Translations) -> None:
        super().__init__(app)
        self._app = app
        self._options = options
        self._translations = translations
        self.screen: QuickScreen | None = None
        self.loader: Loader | None = None
        self.shell: Shell | None = None
        self.plugin: object | None = None
        self.code: int | None = None
        self.loaded.connect(self.finish)

    @Slot()
    def finish(self) -> None:
        """Build the shell around the painted page (waits for the worker if need be)."""
        screen, loader = self.screen, self.loader
        if screen is None or loader is None or screen.handed_over or self.code is not None:
            return
        loader.wait()
        if loader.problems or loader.failure is not None or loader.prepared is None:
            self._fail(screen, loader)
            return
        from kiosk.views.shell import build_shell

        self.shell = build_shell(loader.prepared.services, station=self._options.station,
                                 nurse_station=False, translations=self._translations,
                                 quick=screen)
        screen.hand_over()
        screen.window.adopt_window_flags()  # painted before Qt's enums were built
        loader.prepared.services.start_live()  # other devices' changes reach this one's feed
        gc.freeze()  # as cli.main does after a normal start
        gc.enable()
        log.info("Recovery Kiosk is running (station %s)", self._options.station)
        notify(self.plugin, "shell_ready", self.shell)

    def _fail(self, screen: QuickScreen, loader: Loader) -> None:
        for line in loader.problems:
            print(f"recovery-kiosk: {line}", file=sys.stderr)
        if loader.failure is not None:
            traceback.print_exception(loader.failure)
        self.code = EXIT_BAD_INPUT if loader.problems else 1
        screen.window.patient_mode = False
        screen.window.close()
        self._app.exit(self.code)
