"""Quick restart: the patient's screen before the database layer loads.

A bay tablet restarting after a crash or power cut spends most of a normal start
importing SQLAlchemy, the models and the services (about a second on a modest
tablet, ``bench/README.md``). When its bay has a recovering patient, this path
instead:

1. reads the settings file and questionnaires (:mod:`kiosk.inputs`) and, with the
   standard library's ``sqlite3``, where the patient was: an unfinished
   check-in, or the welcome, calming hub or goodbye screen (:mod:`kiosk.storage.peek`);
2. paints the real window and that page (:mod:`kiosk.views.flow.quick_screen`);
3. only then loads the database layer and services on a worker thread (the
   page keeps taking taps meanwhile) and hands the window and page to the shell.

Anything it cannot vouch for (another schema revision, a first run, no patient
in the bay, a PostgreSQL URL, a nurse station, ``--demo``, a settings or
questionnaire problem) leaves it unused and the normal start (:mod:`kiosk.app`) runs and
reports problems as usual. ``KIOSK_QUICK_START=0`` turns it off.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.config import Settings, overlay
from kiosk.domain.questionnaire import Questionnaire
from kiosk.domain.questionnaire.variants import forms_in_force
from kiosk.encryption import database_key
from kiosk.inputs import NURSE_STATION, Inputs, Options, StartupError, load_inputs
from kiosk.paths import AppPaths
from kiosk.plugin import load_plugin, notify
from kiosk.storage.peek import BayPeek, peek_bay, sqlite_file

if TYPE_CHECKING:
    from kiosk.app import Prepared

# No Qt at module level: PySide6's import hook reads the source of every module
# imported after PySide6 (looking for ``from __feature__``), so the plan's own
# modules (settings, questionnaires, sqlite3/sqlcipher3, the peek) are imported
# and used first; Qt and the window's modules only in :func:`run_quick`.

log = logging.getLogger(__name__)

QUICK_START_ENV = "KIOSK_QUICK_START"
"""Set to ``0`` to always take the normal start (comparisons, trouble-shooting)."""


@dataclass(frozen=True)
class QuickPlan:
    """What the quick restart paints, all read without SQLAlchemy.

    Attributes:
        inputs: the settings file and questionnaires (handed on to the full start).
        settings: the file's settings with the stored values laid over.
        questionnaire: the form an unfinished check-in answers (None between check-ins).
        peek: the bay's visit, the screen to show, any check-in and answers.
    """

    inputs: Inputs
    settings: Settings
    questionnaire: Questionnaire | None
    peek: BayPeek


def quick_plan(options: Options, paths: AppPaths) -> QuickPlan | None:
    """The quick restart to do, or None when the normal start should run."""
    if os.environ.get(QUICK_START_ENV, "1") == "0" or options.demo \
            or options.station.lower() == NURSE_STATION:
        return None
    path = sqlite_file(options.db_url, paths.default_database)
    if path is None or not path.is_file():
        return None
    try:
        inputs = load_inputs(options, paths)
        # The key of an encrypted file (kiosk/encryption.py). A plain file is read as
        # it is; the full start behind the painted page encrypts it if it should.
        # A wrong key fails the peek's first read, and the normal start says so.
        key = database_key(path, inputs.settings, paths, convert=False, verify=False)
    except StartupError:
        return None  # the normal start names the problem (a missing key among others)
    peek = peek_bay(path, options.station, key)
    if peek is None:
        return None
    settings, _ = overlay(inputs.settings, peek.stored_settings)
    try:
        forms = forms_in_force(inputs.questionnaires, asq_mode=settings.checkin.asq_mode)
    except KeyError:
        return None
    if peek.screen != "checkin":
        return QuickPlan(inputs, settings, None, peek)
    questionnaire = forms.get(peek.checkin_kind or "")
    if questionnaire is None or questionnaire.url != peek.questionnaire_url \
            or questionnaire.resume_item(peek.answers) is None:
        return None
    return QuickPlan(inputs, settings, questionnaire, peek)


class Loader:
    """Runs the rest of the start (:func:`kiosk.app.prepare`) on a worker thread.

    SQLAlchemy's SQLite pool hands file connections across threads, so the
    database opened here is used by the Qt thread afterwards. No Qt object is
    made on the worker; it only imports modules and builds services.
    """

    def __init__(self, options: Options, paths: AppPaths, inputs: Inputs,
                 done: Callable[[], None]) -> None:
        self._options = options
        self._paths = paths
        self._inputs = inputs
        self._done = done  # emits a Qt signal: queued to the Qt thread
        self.prepared: Prepared | None = None
        self.problems: list[str] = []
        self.failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kiosk-start")

    def start(self) -> None:
        """Begin loading (once)."""
        if self._thread.ident is None:
            self._thread.start()

    def wait(self) -> None:
        """Block until loading has finished (a tap that needs the database)."""
        self.start()
        self._thread.join()

    def _run(self) -> None:
        try:
            from kiosk.app import prepare

            self.prepared = prepare(self._options, paths=self._paths, inputs=self._inputs)
            import kiosk.views.shell  # noqa: F401  (its imports too, off the Qt thread)
        except StartupError as exc:
            self.problems = exc.lines
        except BaseException as exc:
            self.failure = exc
        finally:
            self._done()


def run_quick(plan: QuickPlan, options: Options, paths: AppPaths) -> int:
    """Paint the patient's screen, load the rest behind it, then run the app."""
    from kiosk.quick_finish import Finisher
    from kiosk.views.flow.quick_screen import QuickScreen
    from kiosk.views.qt_app import themed_application
    from kiosk.views.widgets.first_paint import FirstPaint

    app, translations = themed_application(paths)
    translations.use(plan.peek.language)
    finisher = Finisher(app, options, translations)
    loader = Loader(options, paths, plan.inputs, finisher.loaded.emit)
    screen = QuickScreen(plan.peek.screen, clinic_name=plan.settings.clinic.name,
                         lang=plan.peek.language, first_name=plan.peek.first_name,
                         questionnaire=plan.questionnaire, answers=plan.peek.answers,
                         finish=finisher.finish)
    finisher.screen, finisher.loader = screen, loader
    log.info("quick restart: the patient's %s screen is shown while the app loads",
             plan.peek.screen)
    # Load only after the first paint: the worker would otherwise take turns on
    # the interpreter with the painting and slow it down.
    FirstPaint(screen.page, lambda: screen.page, loader.start)
    finisher.plugin = load_plugin()  # tests and benchmarks only (kiosk/plugin.py)
    notify(finisher.plugin, "window_shown", app, screen.window)
    screen.window.show_kiosk(windowed=options.windowed)
    code = app.exec()
    loader.wait()
    if finisher.shell is not None:
        finisher.shell.stop()
    if loader.prepared is not None:
        loader.prepared.services.close()  # queued writes land first
    return finisher.code if finisher.code is not None else int(code)
