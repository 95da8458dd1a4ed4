"""The board for a glance: distinct kinds, elided text, legend, grammar, initials."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.domain.records import Severity
from kiosk.views.nurse.alert_kinds import LOOKS, AlertKind
from kiosk.views.nurse.board_model import ALERT, PATIENT, initials
from kiosk.views.nurse.board_page import BoardPage
from kiosk.views.nurse.glance_page import GlancePage
from tests.support.board_demo import CALM_CHECKIN, checkin, visit


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
