"""Plug-in (``KIOSK_PLUGIN=tests.support.qt_enum_probe:QtEnumProbe``): was Qt's namespace built
before the first paint?

PySide6 builds every enum of ``Qt`` on first use, about 20 ms of a tablet's CPU
(kiosk/views/widgets/by_name.py); the quick restart paints without it. At the
first paint of the page the window shows, this prints ``painted <page class>
qt-namespace=<yes|no> before-show=<yes|no>``; once the whole app is up it
prints ``loaded gc=<on|off>`` and quits. The watching and quitting are the
benchmark probe's (bench/probe.py); only what is printed differs.
"""

from __future__ import annotations

import gc
from typing import Any

import PySide6.QtCore
from PySide6.QtWidgets import QApplication

from bench.probe import BenchProbe


def qt_namespace_built() -> bool:
    """True once PySide6 has built the ``Qt`` namespace (it is then in the module's dict)."""
    return "Qt" in vars(PySide6.QtCore)


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


class QtEnumProbe(BenchProbe):
    """Reports, at the first paint, whether the ``Qt`` namespace exists yet."""

    def __init__(self) -> None:
        super().__init__()
        self._before_show = "?"

    def window_shown(self, app: QApplication, window: Any) -> None:
        """Note whether the namespace exists already, then watch the page as the bench does."""
        self._before_show = _yes_no(qt_namespace_built())
        super().window_shown(app, window)

    def _ready(self) -> None:
        assert self._window is not None
        page = self._window.stack.currentWidget()
        print(f"painted {type(page).__name__} qt-namespace={_yes_no(qt_namespace_built())} "
              f"before-show={self._before_show}", flush=True)
        self._painted = True
        self._quit_when_done()

    def shell_ready(self, _shell: Any) -> None:
        """The app is fully up (and the garbage collector, off for the start-up, back on)."""
        print(f"loaded gc={'on' if gc.isenabled() else 'off'}", flush=True)
        self._loaded = True
        self._quit_when_done()
