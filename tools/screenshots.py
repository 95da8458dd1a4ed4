"""Render every screen offscreen at 1280x800 into a folder, one PNG a screen (``make screenshots``).

Protocol for shot modules (one per engineer: ``tools/shots_patient.py``,
``tools/shots_calming.py``, ``tools/shots_nurse.py``, ``tools/shots_admin.py``...)
-------------------------------------------------------------------------------
A module named ``tools/shots_<area>.py`` defines::

    SHOTS: dict[str, Callable[[ShotContext], QWidget]]

mapping a screen name to a function. Names are lower_snake_case and start with
the area (``patient_welcome``, ``nurse_board``); the PNG is ``<name>.png``.

For every shot the framework builds a fresh :class:`ShotContext`: a
``FakeClock`` at a fixed morning, a temporary data folder with a migrated
SQLite database, services with default settings, and the demo patients of
``seed_demo`` (``ctx.visit`` is the one in ``Bay 1``, infusion ended 20 minutes
ago). The function drives the real widgets to the screen it wants and returns
the top-level widget to photograph (usually ``ctx.shell().window``). The
framework sizes it to 1280x800, shows it, lets events and layouts settle, saves
the PNG, then runs the callbacks registered with ``ctx.on_cleanup`` and deletes
the temporary folder. A shot that raises is reported and the others still run
(exit code 1 at the end).

Helpers on the context: ``services``, ``clock``, ``paths``, ``visit``,
``shell(nurse_station=False, staff=None, nurse_area_factory=None)`` (a shell
for ``Bay 1``, stopped automatically), ``settle(ms)`` (process events), and
``on_cleanup(fn)``.

Usage: ``python tools/screenshots.py OUTDIR [--only TEXT]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_TTS_ENGINE", "mock")  # pictures show "Read to me" anywhere
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kiosk.config import Settings  # noqa: E402
from kiosk.domain.clock import FakeClock  # noqa: E402
from kiosk.domain.questionnaire import load_directory  # noqa: E402
from kiosk.domain.records import VisitRecord  # noqa: E402
from kiosk.paths import AppPaths  # noqa: E402
from kiosk.services.container import Services, build_services  # noqa: E402
from kiosk.services.demo import seed_demo  # noqa: E402
from kiosk.services.worker import InlineWorker  # noqa: E402
from kiosk.storage.db import open_database, sqlite_url  # noqa: E402

WIDTH, HEIGHT = 1280, 800
BAY = "Bay 1"
Shot = Callable[["ShotContext"], QWidget]


class ShotContext:
    """Demo data and helpers for one shot.

    Attributes:
        services: services on a fresh temporary database with demo patients.
        clock: the fake clock the services use.
        paths: real resources, temporary data folder.
        visit: the demo visit in ``Bay 1``.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self._tmp = Path(tempfile.mkdtemp(prefix="kiosk-shot-"))
        self._cleanups: list[Callable[[], None]] = []
        self.clock = FakeClock()
        self.paths = AppPaths(root=ROOT, data_dir=self._tmp / "data")
        self.paths.ensure_data_dir()
        db = open_database(sqlite_url(self.paths.default_database), backups=self.paths.backups)
        loaded = load_directory(self.paths.questionnaires)
        self.services: Services = build_services(
            settings=settings or Settings(), clock=self.clock, paths=self.paths, db=db,
            questionnaires=loaded.questionnaires, worker=InlineWorker(), live=False)
        seed_demo(self.services, bay=BAY)
        visit = self.services.visits.active_for_bay(BAY)
        assert visit is not None
        self.visit: VisitRecord = visit

    def shell(self, **kwargs: Any) -> Any:
        """A shell for ``Bay 1`` (see :func:`kiosk.views.shell.build_shell`)."""
        from kiosk.views.shell import NoStaffDirectory, build_shell

        # The demo clinic has no staff accounts; without a directory of its own
        # the shell would open the first-admin page instead of the patient screens.
        kwargs.setdefault("staff", NoStaffDirectory())

        kwargs.setdefault("nurse_station", False)
        shell = build_shell(self.services, station=BAY, **kwargs)
        self.on_cleanup(shell.stop)
        self.on_cleanup(lambda: setattr(shell.window, "patient_mode", False))
        return shell

    def settle(self, ms: int = 50) -> None:
        """Let queued events, layouts and deferred deletes run."""
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.sendPostedEvents(None, 0)

    def on_cleanup(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` after the PNG is saved."""
        self._cleanups.append(fn)

    def close(self) -> None:
        """Run the cleanups and delete the temporary folder."""
        for fn in reversed(self._cleanups):
            fn()
        self._cleanups.clear()
        self.services.db.close()
        shutil.rmtree(self._tmp, ignore_errors=True)


def shot_modules() -> tuple[list[ModuleType], list[str]]:
    """Import every ``tools/shots_*.py`` module, in name order.

    Returns:
        The modules that imported, and one report per module that did not.
    """
    modules, broken = [], []
    for path in sorted(Path(__file__).parent.glob("shots_*.py")):
        spec = importlib.util.spec_from_file_location(f"tools_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception:  # one broken module must not hide the others' screens
            broken.append(f"FAILED {path.name}:\n{traceback.format_exc()}")
            continue
        modules.append(module)
    return modules, broken


def render(name: str, shot: Shot, out_dir: Path) -> Path:
    """Run one shot and save ``out_dir/<name>.png``."""
    ctx = ShotContext()
    widget: QWidget | None = None
    try:
        widget = shot(ctx)
        widget.resize(WIDTH, HEIGHT)
        widget.show()
        ctx.settle(120)
        target = out_dir / f"{name}.png"
        image = widget.grab()
        if image.width() != WIDTH or image.height() != HEIGHT:
            print(f"warning: {name} is {image.width()}x{image.height()}, not "
                  f"{WIDTH}x{HEIGHT} (a page's minimum size is too big)", file=sys.stderr)
        if not image.save(str(target)):
            raise OSError(f"could not write {target}")
        return target
    finally:
        ctx.close()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        ctx.settle(0)


def main(argv: list[str] | None = None) -> int:
    """Render all shots (or those whose name contains ``--only``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--only", default="")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kiosk.views.theme import apply_theme

    apply_theme(app, AppPaths(root=ROOT, data_dir=ROOT).theme)  # type: ignore[arg-type]
    args.out_dir.mkdir(parents=True, exist_ok=True)
    modules, broken = shot_modules()
    for report in broken:
        print(report, file=sys.stderr)
    failed = len(broken)
    for module in modules:
        for name, shot in getattr(module, "SHOTS", {}).items():
            if args.only and args.only not in name:
                continue
            try:
                print(f"wrote {render(name, shot, args.out_dir)}")
            except Exception:  # report every broken shot, keep going
                failed += 1
                print(f"FAILED {name}:\n{traceback.format_exc()}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
