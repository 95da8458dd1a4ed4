"""Every nurse navigation entry shows in full, in English and Spanish, at 1280x800 and on a tablet.

"Avisos de formularios" used to be cut to "Avisos de form…". The check lays each
entry's words out in the room the list gives it (wrapped, as the list wraps)
and also wants every entry inside the list without scrolling.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget

from kiosk.views.i18n import Translations
from kiosk.views.nurse.nurse_area import build_nurse_area
from kiosk.views.shell import build_shell
from kiosk.views.theme import apply_theme
from tests.support.board_demo import admin

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "resources" / "i18n"
ITEM_PADDING = 12  # the nurse area's 6 px item padding, above and below
FOCUS_MARGIN = 8  # the style's text margins inside an item


@pytest.fixture
def themed(qapp):
    """The kiosk's stylesheet and fonts (entry sizes depend on them), put back afterwards."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, ROOT / "resources" / "theme")
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture(params=["en", "es"])
def language(request, qapp, themed):
    switch = Translations(qapp, I18N)
    switch.use(request.param)
    yield request.param
    switch.use("en")


def _cut_entries(nav: QListWidget) -> list[str]:
    """Entries whose words do not fit the room the list gives them."""
    nav.ensurePolished()
    metrics = QFontMetrics(nav.font())
    cut = []
    for row in range(nav.count()):
        item = nav.item(row)
        rect = nav.visualItemRect(item)
        width = rect.width() - ITEM_PADDING - FOCUS_MARGIN
        words = item.text()
        if nav.wordWrap():
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                          int(Qt.TextFlag.TextWordWrap), words)
            fits = (needed.height() <= rect.height() - ITEM_PADDING
                    and all(metrics.horizontalAdvance(w) <= width for w in words.split()))
        else:
            fits = metrics.horizontalAdvance(words) <= width
        inside = rect.bottom() <= nav.viewport().height()
        if not (fits and inside):
            cut.append(words)
    return cut


def test_no_entry_is_cut_at_1280x800(qtbot, services, language):
    area = build_nurse_area(services, admin(services))
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    qtbot.waitExposed(area)
    nav = area.form.navList
    assert nav.count() >= 8
    assert not _cut_entries(nav)
    if language == "es":
        assert "Avisos de formularios" in [nav.item(r).text() for r in range(nav.count())]


def test_no_entry_is_cut_on_a_bay_tablet_under_the_patient_header(qtbot, services, language):
    shell = build_shell(services, station="Bay 1", nurse_station=False, staff=services.staff)
    qtbot.addWidget(shell.window)
    shell.window.resize(1280, 800)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    shell.open_pin_pad()
    shell.sign_in(admin(services))
    nav = shell.nurse_area.form.navList
    qtbot.waitUntil(lambda: nav.isVisible() and nav.viewport().height() > 0)
    assert not _cut_entries(nav)
    shell.stop()
    shell.window.patient_mode = False
