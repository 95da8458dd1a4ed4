"""Child of the start-up breakdown: runs the kiosk's start one piece at a time.

Prints ``stage <name> <ms>`` for each piece, then ``ready``. The pieces follow
the real start (kiosk/app.py) but import the heavy libraries first on their
own, so each one's cost is visible. Alembic is imported last: a normal start
never imports it (kiosk/storage/migrate.py does only when a migration is due).

With ``quick`` as a second argument it times the quick restart instead
(kiosk/quick_start.py: the patient's check-in painted before SQLAlchemy loads),
up to the first paint of that page.

Args (argv): the data folder of an existing, migrated database; optionally ``quick``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

T_START = time.perf_counter()


class Marks:
    """Milliseconds spent in each stage, from the launch (``python``) onwards."""

    def __init__(self) -> None:
        from bench.common import since_launch_ms

        self.stages: list[tuple[str, float]] = [("python", since_launch_ms())]
        self._last = time.perf_counter()

    def mark(self, name: str) -> None:
        """The stage ``name`` ends now."""
        now = time.perf_counter()
        self.stages.append((name, (now - self._last) * 1000))
        self._last = now

    def report(self) -> None:
        """Print ``stage <name> <ms>`` lines, then ``ready``."""
        for name, ms in self.stages:
            print(f"stage {name} {ms:.2f}")
        print("ready", flush=True)


def themed_qt(mark: Callable[[str], None]) -> object:
    """Import Qt, make the QApplication and apply the theme, marking each stage."""
    from PySide6 import QtWidgets

    mark("import_qt")
    app = QtWidgets.QApplication(sys.argv[:1])
    mark("qapplication")
    from bench.common import ROOT
    from kiosk.views.theme import apply_theme

    apply_theme(app, ROOT / "resources" / "theme")
    mark("theme")
    return app


def main(data_dir: str) -> None:
    """Time each stage and print it."""
    marks = Marks()
    mark = marks.mark
    app = themed_qt(mark)
    import sqlalchemy.orm  # noqa: F401

    mark("import_sqlalchemy")
    import kiosk.app
    import kiosk.views.shell

    mark("import_kiosk")
    from bench.fixtures import BAY, bay_options, prepared_at

    prepared = prepared_at(Path(data_dir))
    mark("prepare")
    shell = kiosk.views.shell.build_shell(prepared.services, station=BAY, nurse_station=False)
    mark("build_shell")
    painted = first_paint(app, shell)
    mark("show_first_page")
    del painted, bay_options
    import alembic.command
    import alembic.config  # noqa: F401

    mark("import_alembic")
    marks.report()


def first_paint(app: object, shell: object) -> bool:
    """Show the shell and process events until its current page has painted."""
    page = shell.window.stack.currentWidget()  # type: ignore[attr-defined]
    return show_until_painted(app, page, lambda: shell.show(windowed=False))  # type: ignore[attr-defined]


def show_until_painted(app: object, page: object, show: Callable[[], None]) -> bool:
    """Call ``show`` and process events until ``page`` has painted (watched alone:
    an application-wide filter would add its own cost)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(app, QApplication) and isinstance(page, QWidget)
    painted: list[bool] = []

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    probe = Probe()
    page.installEventFilter(probe)
    show()
    while not painted:
        app.processEvents()
    page.removeEventFilter(probe)
    app.processEvents()
    return True


def quick(data_dir: str) -> None:
    """Time the quick restart's pieces up to the first paint of the patient's page."""
    marks = Marks()
    mark = marks.mark
    app = themed_qt(mark)
    from bench.common import ROOT
    from kiosk import quick_start
    from kiosk.inputs import Options
    from kiosk.paths import AppPaths
    from kiosk.views.flow.quick_screen import QuickScreen

    mark("quick_import")
    options = Options(db_url=None, config=None, windowed=False, demo=False, station="Bay 1")
    plan = quick_start.quick_plan(options, AppPaths(root=ROOT, data_dir=Path(data_dir)))
    if plan is None:
        raise RuntimeError("the quick restart does not apply to this database")
    mark("quick_plan")
    screen = QuickScreen(plan.peek.screen, clinic_name=plan.settings.clinic.name,
                         first_name=plan.peek.first_name, questionnaire=plan.questionnaire,
                         answers=plan.peek.answers, lang=plan.peek.language,
                         finish=lambda: None)
    mark("quick_build")
    show_until_painted(app, screen.page, lambda: screen.window.show_kiosk(windowed=False))
    mark("quick_show")
    screen.window.patient_mode = False
    marks.report()


if __name__ == "__main__":
    if sys.argv[2:3] == ["quick"]:
        quick(sys.argv[1])
    else:
        main(sys.argv[1])
