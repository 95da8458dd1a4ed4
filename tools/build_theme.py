"""Rebuild resources/theme/kiosk.qss and its icons (``make theme``)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kiosk.paths import AppPaths
from kiosk.views.theme import build_stylesheet

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    theme_dir = AppPaths.default().theme
    sheet = build_stylesheet(theme_dir)
    print(f"wrote {Path(theme_dir, 'kiosk.qss')} ({len(sheet)} characters)")
