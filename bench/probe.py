"""Benchmark plug-in (``KIOSK_PLUGIN=bench.probe:BenchProbe``, used by ``bench/restart.py``).

Loaded through the app's plug-in point (:mod:`kiosk.plugin`). Prints
``ready <ms> <page class>`` once the page the window shows has painted and the
event loop is free again (a tap would be handled), and ``loaded <ms>`` once the
whole app (database, services, flow) is up, then quits. ``<ms>`` counts from
``KIOSK_BENCH_T0``, the launcher's ``time.time()``. No patient data is printed.
"""

from __future__ import annotations

import os
import time
from typing import Any

from PySide6.QtWidgets import QApplication

from kiosk.views.main_window import KioskWindow
from kiosk.views.widgets.first_paint import FirstPaint

T0_ENV = "KIOSK_BENCH_T0"


def _since_launch_ms() -> float:
    return (time.time() - float(os.environ.get(T0_ENV, "nan"))) * 1000


class BenchProbe:
    """Reports the first paint and the end of loading of one window, then quits."""

    def __init__(self) -> None:
        self._app: QApplication | None = None
        self._window: KioskWindow | None = None
        self._painted = False
        self._loaded = False
        self._watch: FirstPaint | None = None

    def window_shown(self, app: QApplication, window: KioskWindow) -> None:
        """Watch the page the window is about to paint."""
        self._app, self._window = app, window
        page = window.stack.currentWidget()
        if page is None:
            raise RuntimeError("the window shows no page to time")
        # The page alone is watched: an application-wide filter would slow the painting.
        self._watch = FirstPaint(page, lambda: page, self._ready)

    def _ready(self) -> None:
        assert self._window is not None
        page = self._window.stack.currentWidget()
        print(f"ready {_since_launch_ms():.1f} {type(page).__name__}", flush=True)
        self._painted = True
        self._quit_when_done()

    def shell_ready(self, _shell: Any) -> None:
        """The app is fully up."""
        print(f"loaded {_since_launch_ms():.1f}", flush=True)
        self._loaded = True
        self._quit_when_done()

    def _quit_when_done(self) -> None:
        if self._painted and self._loaded and self._app is not None:
            self._app.exit(0)
