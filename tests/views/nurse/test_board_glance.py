"""The board for a glance: distinct kinds, elided text, legend, grammar, initials."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from kiosk.domain.records import Severity
from kiosk.views.i18n import Translations
from kiosk.views.nurse.alert_kinds import LOOKS, AlertKind, label
from kiosk.views.nurse.board_model import ALERT, PATIENT, initials
from kiosk.views.nurse.board_page import BoardPage, cell_lines
from kiosk.views.nurse.glance_page import GlancePage
from kiosk.views.nurse.nurse_area import build_nurse_area
from kiosk.views.theme import apply_theme
from tests.support.board_demo import CALM_CHECKIN, admin, checkin, visit


def test_each_kind_has_its_own_word_colour_and_symbol(qtbot, services):
    urgent = visit(services, "Una U.", "Bay 1", minutes_ago=5)
    request = visit(services, "Rae R.", "Bay 2", minutes_ago=5)
    review = visit(services, "Vic V.", "Bay 3", minutes_ago=5)
    overdue = visit(services, "Ola O.", "Bay 4", minutes_ago=40)
    for v in (urgent, request, review):
        checkin(services, v.id, CALM_CHECKIN)
    services.alerts.raise_alert(urgent.id, "Chest pain", Severity.URGENT)
    services.alerts.call_nurse(request.id)
    services.alerts.raise_alert(review.id, "Nausea 5", Severity.REVIEW)
    page = BoardPage(services)
    qtbot.addWidget(page)
    model = page.model
    texts = {model.index(r, PATIENT).data(): model.index(r, ALERT).data()
             for r in range(model.rowCount())}
    assert texts["Una U."] == "\u26a0 Urgent: Chest pain"
    assert texts["Rae R."] == "\u260e Patient request: called a nurse"
    assert texts["Vic V."] == "\u25c6 Nurse review: Nausea 5"
    assert texts["Ola O."] == "\u25f7 Check-in overdue"
    colours = {model.index(r, ALERT).data(Qt.ItemDataRole.BackgroundRole).name()
               for r in range(model.rowCount())}
    assert len(colours) == 4
    assert len({look.symbol for look in LOOKS.values()}) == len(AlertKind)
    assert len({look.background for look in LOOKS.values()}) == len(AlertKind)
    assert page.form.summaryLabel.text() == "4 in recovery \u00b7 3 need a nurse"
    assert "Arrows compare" in page.legend.columns.text()
    assert overdue.id in [r.visit_id for r in model.rows]


def test_one_needs_a_nurse_is_grammatical(qtbot, services):
    only = visit(services, "Una U.", "Bay 1", minutes_ago=5)
    services.alerts.call_nurse(only.id)
    page = BoardPage(services)
    qtbot.addWidget(page)
    assert page.form.summaryLabel.text() == "1 in recovery \u00b7 1 needs a nurse"


def test_long_causes_are_elided_with_the_whole_text_in_the_tooltip(qtbot, services):
    v = visit(services, "Una U.", "Bay 1", minutes_ago=5)
    cause = "Sudden severe headache with confusion " * 4
    services.alerts.raise_alert(v.id, cause.strip(), Severity.URGENT)
    page = BoardPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    table = page.form.boardTable
    assert not table.wordWrap() and table.textElideMode() == Qt.TextElideMode.ElideRight
    tip = page.model.index(0, ALERT).data(Qt.ItemDataRole.ToolTipRole)
    assert cause.strip() in tip


def test_glance_board_can_show_initials_only(qtbot, services):
    services.settings = services.settings.with_value("care", "board_initials_only", True)
    visit(services, "Maya R.", "Bay 1", minutes_ago=5)
    page = GlancePage(services)
    qtbot.addWidget(page)
    assert page.board.model.index(0, PATIENT).data() == "M. R."
    assert initials("Jo-Ann de la Cruz") == "J. D. L. C."
    assert page.board.form.boardTable.isColumnHidden(4)  # details stay in the visit


I18N = Path(__file__).resolve().parents[3] / "resources" / "i18n"
THEME = Path(__file__).resolve().parents[3] / "resources" / "theme"


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_alert_kind_word_shows_in_full_at_1280x800(qtbot, qapp, services, clock,
                                                         language):
    """Issue 10/15: never "Check…": each kind's words in full, the legend at 16 pt."""
    apply_theme(qapp, THEME)
    switch = Translations(qapp, I18N)
    switch.use(language)
    try:
        urgent = visit(services, "Una U.", "Bay 1", minutes_ago=5)
        request = visit(services, "Rae R.", "Bay 2", minutes_ago=5)
        review = visit(services, "Vic V.", "Bay 3", minutes_ago=5)
        overdue = visit(services, "Ola O.", "Bay 4", minutes_ago=40)
        quiet = visit(services, "Tess T.", "Bay 5", minutes_ago=5)
        for v in (urgent, request, review, quiet):
            checkin(services, v.id, CALM_CHECKIN)
        services.alerts.raise_alert(urgent.id, "Chest pain", Severity.URGENT)
        services.alerts.call_nurse(request.id)
        services.alerts.raise_alert(review.id, "Nausea 5", Severity.REVIEW)
        services.alerts.raise_alert(review.id, "Dizziness 6", Severity.REVIEW)
        clock.advance(seconds=20)  # Bay 5's tablet has gone quiet; the others beat
        for v in (urgent, request, review, overdue):
            services.tablets.beat(v.bay, v.id)
        area = build_nurse_area(services, admin(services))
        qtbot.addWidget(area)
        area.resize(1280, 800)
        area.show_page("board")
        area.show()
        qtbot.waitExposed(area)
        page = area.page("board")
        page.refresh()
        table, model = page.form.boardTable, page.model
        qtbot.waitUntil(lambda: model.rowCount() == 5 and table.isVisible())
        kinds = {model.kind(row) for row in model.rows}
        assert kinds == set(AlertKind), kinds
        delegate = table.itemDelegate()
        for r, row in enumerate(model.rows):
            kind = model.kind(row)
            assert kind is not None
            index = model.index(r, ALERT)
            cell = table.visualRect(index)
            shown = " ".join(delegate.lines(cell, table.font(), index))
            assert shown.startswith(label(kind)), (
                f"{label(kind)!r} shows as {shown!r} in {cell.width()} px")
            assert cell.right() <= table.viewport().width()
        assert table.horizontalScrollBar().maximum() == 0
        small = [f"{w.text()!r} {w.font().pointSizeF()}pt"
                 for w in [*page.legend.chips.values(), page.legend.columns]
                 if w.font().pointSizeF() < 16]
        assert not small, small
        for chip in page.legend.chips.values():
            assert chip.visibleRegion().boundingRect() == chip.rect(), chip.text()
    finally:
        switch.use("en")


def test_long_words_wrap_onto_a_second_line_before_they_are_elided(qapp):
    font = QFont("DejaVu Sans")
    font.setPointSize(16)
    font.setBold(True)
    spacing = QFontMetrics(font).lineSpacing()
    words = "\u2298 Tablet not responding"
    width = QFontMetrics(font).horizontalAdvance(words) * 2 // 3
    assert cell_lines(words, font, width, 2 * spacing) == ["\u2298 Tablet not", "responding"]
    one = cell_lines(words, font, width, spacing)  # room for one line only: elided
    assert len(one) == 1 and one[0].endswith("\u2026")
    long = cell_lines("Urgent: " + "confusion " * 20, font, width, 2 * spacing)
    assert len(long) == 2 and long[1].endswith("\u2026")


def test_the_glance_page_words_are_nurse_sized(qtbot, services):
    page = GlancePage(services)
    qtbot.addWidget(page)
    page.ensurePolished()
    for widget in (page.hint, page.sign_in_button):
        widget.ensurePolished()
        assert widget.font().pointSizeF() >= 16, widget.text()
