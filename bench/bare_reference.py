"""The bare reference for the restart benchmark: the least a themed Qt kiosk can do.

PySide6, the same prebuilt qt-material stylesheet and Roboto fonts the kiosk
applies, and one full-screen label. Prints ``ready <ms> QLabel`` (milliseconds since
the parent launched it, see ``KIOSK_BENCH_T0``) once the label has painted and
the event loop is free to take a tap, then quits.

Run: ``QT_QPA_PLATFORM=offscreen python bench/bare_reference.py``
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path

THEME = Path(__file__).resolve().parent.parent / "resources" / "theme"


def since_launch_ms() -> float:
    """Milliseconds since the parent's launch timestamp (or since this script began)."""
    launched = os.environ.get("KIOSK_BENCH_T0")
    return (time.time() - float(launched)) * 1000 if launched else -1.0


def main() -> int:
    """Show the label full-screen and report the first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    spec = importlib.util.find_spec("qt_material")
    if spec is not None and spec.origin is not None:
        for font in sorted((Path(spec.origin).parent / "fonts" / "roboto").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))
    app.setStyleSheet((THEME / "kiosk.qss").read_text(encoding="utf-8"))
    label = QLabel("Welcome")
    label.setProperty("role", "title")

    def ready() -> None:
        print(f"ready {since_launch_ms():.1f} QLabel", flush=True)
        app.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                label.removeEventFilter(self)
                QTimer.singleShot(0, ready)
            return False

    probe = FirstPaint()
    label.installEventFilter(probe)
    label.showFullScreen()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
