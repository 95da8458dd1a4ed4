"""The kiosk's QApplication: named, themed, and with its language switch."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from kiosk.paths import AppPaths
from kiosk.views.i18n import Translations
from kiosk.views.theme import apply_theme


def themed_application(paths: AppPaths) -> tuple[QApplication, Translations]:
    """The application (made once) with our theme applied, and its translations."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Recovery Kiosk")
    apply_theme(app, paths.theme)
    return app, Translations(app, paths.resources / "i18n")
