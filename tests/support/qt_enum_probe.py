"""Plug-in (``KIOSK_PLUGIN=tests.support.qt_enum_probe:QtEnumProbe``): was Qt's namespace built
before the first paint?

PySide6 builds every enum of ``Qt`` on first use, about 20 ms of a tablet's CPU
(kiosk/views/widgets/by_name.py); the quick restart paints without it. At the
first paint of the page the window shows, this prints ``painted <page class>
qt-namespace=<yes|no>``; once the whole app is up it prints ``loaded gc=<on|off>``
and quits.
"""

from __future__ import annotations

import gc
from typing import Any

import PySide6.QtCore
from PySide6.QtWidgets import QApplication

from kiosk.views.widgets.first_paint import FirstPaint


def qt_namespace_built() -> bool:
    """True once PySide6 has built the ``Qt`` namespace (it is then in the module's dict)."""
    return "Qt" in vars(PySide6.QtCore)


class QtEnumProbe:
    """Reports, at the first paint, whether the ``Qt`` namespace exists yet."""

    def __init__(self) -> None:
        self._app: QApplication | None = None
        self._watch: FirstPaint | None = None
        self._painted = self._loaded = False

    def window_shown(self, app: QApplication, window: Any) -> None:
        """Watch the page the window is about to paint."""
        self._app = app
        page = window.stack.currentWidget()
        built = "yes" if qt_namespace_built() else "no"

        def painted() -> None:
            now = "yes" if qt_namespace_built() else "no"
            print(f"painted {type(page).__name__} qt-namespace={now} before-show={built}",
                  flush=True)
            self._painted = True
            self._quit_when_done()

        self._watch = FirstPaint(page, lambda: page, painted)

    def shell_ready(self, _shell: Any) -> None:
        """The app is fully up (and the garbage collector, off for the start-up, back on)."""
        print(f"loaded gc={'on' if gc.isenabled() else 'off'}", flush=True)
        self._loaded = True
        self._quit_when_done()

    def _quit_when_done(self) -> None:
        if self._painted and self._loaded and self._app is not None:
            self._app.exit(0)
