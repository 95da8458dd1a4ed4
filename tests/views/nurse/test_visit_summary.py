"""The visit page's summary strip and its criteria: what a busy nurse reads first."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.domain.records import Severity
from kiosk.views.nurse.trend_chart import TrendChart
from kiosk.views.nurse.visit_detail_page import VisitDetailPage
from tests.support.board_demo import CALM_CHECKIN, admin, checkin, make_ready, visit


def _page(qtbot, services, visit_id):
    page = VisitDetailPage(services, admin(services))
    qtbot.addWidget(page)
    page.resize(1040, 776)
    page.show()
    page.show_visit(visit_id)
    return page


def _strip_rows(page):
    labels = [w for w in page.form.summaryStrip.findChildren(QLabel, "stripAlertLabel")
              if w.isVisibleTo(page)]
    buttons = [w for w in page.form.summaryStrip.findChildren(QPushButton, "stripResolveButton")
               if w.isVisibleTo(page)]
    return labels, buttons


def test_open_alerts_sit_in_the_strip_most_urgent_first_each_with_resolve(qtbot, services):
    v = visit(services, minutes_ago=40)
    services.alerts.raise_alert(v.id, "Nausea 4+ of 10: nurse review", Severity.REVIEW)
    services.clock.advance(minutes=1)
    services.alerts.raise_alert(v.id, "Chest pain", Severity.URGENT)
    page = _page(qtbot, services, v.id)
    f = page.form
    assert f.verdictLabel.text() == "Needs attention"
    assert "open alert" in f.nextLabel.text()
    labels, buttons = _strip_rows(page)
    assert [("Chest pain" in w.text(), "Urgent" in w.text()) for w in labels] == [
        (True, True), (False, False)]
    assert [b.text() for b in buttons] == ["Resolve", "Resolve"]
    assert "Chest pain" in buttons[0].accessibleName()
    with qtbot.waitSignal(page.visit_changed):
        buttons[0].click()
    (still_open,) = services.alerts.for_visit(v.id, open_only=True)
    assert still_open.cause.startswith("Nausea")
    qtbot.waitUntil(lambda: len(_strip_rows(page)[0]) == 1)
    assert "Nausea" in _strip_rows(page)[0][0].text()


def test_unmet_criteria_come_first_said_once_and_met_ones_are_folded(qtbot, services):
    v = visit(services, minutes_ago=130)  # observation time met, no nurse assessment yet
    checkin(services, v.id, CALM_CHECKIN)
    page = _page(qtbot, services, v.id)
    f = page.form
    unmet = f.unmetLabel.text()
    assert unmet.count("No nurse assessment recorded yet") == 1
    for name in ("PADSS", "SpO2", "Blood pressure", "Pulse", "Sedation (MOAA/S)",
                 "Dissociation"):
        assert name in unmet
    assert "Observed for" not in unmet  # met: folded away
    assert f.metToggle.isVisible() and not f.criteriaLabel.isVisible()
    assert f.metToggle.text().startswith("Show met criteria")
    f.metToggle.click()
    assert f.criteriaLabel.isVisible() and "Observed for" in f.criteriaLabel.text()
    assert f.metToggle.text().startswith("Hide met criteria")
    assert f.nextLabel.text().startswith("Next: record an observation")


def test_a_ready_visit_says_so_and_what_is_left_to_do(qtbot, services):
    v = visit(services, minutes_ago=130)
    make_ready(services, v.id)
    page = _page(qtbot, services, v.id)
    f = page.form
    assert f.verdictLabel.text() == "Ready to go"
    assert "sign the discharge" in f.nextLabel.text()
    assert "Every criterion is met" in f.unmetLabel.text()
    assert _strip_rows(page) == ([], [])


def test_waiting_is_the_last_thing_left_it_names_the_time(qtbot, services):
    v = visit(services, minutes_ago=30)
    make_ready(services, v.id)  # everything but the 120 minutes
    page = _page(qtbot, services, v.id)
    assert page.form.nextLabel.text().startswith("Next: wait. The observation time is met at ")


def test_close_thresholds_get_labels_that_do_not_overlap(qtbot):
    chart = TrendChart()
    qtbot.addWidget(chart)
    rows = chart._label_rows([100.0, 120.0, 60.0])  # 4 and 3 lie 20 px apart
    ordered = sorted(rows)
    assert all(b - a >= chart.line for a, b in pairwise(ordered))
    assert rows[2] == 60.0 and rows[0] == 100.0  # the free ones stay by their lines


def test_on_a_real_worker_thread_the_page_fills_in_and_the_viewing_is_audited(
        qtbot, settings, clock, paths, db, questionnaires):
    """Nothing here reads on the GUI thread: the strip arrives, and so does the audit."""
    import threading

    from kiosk.services.container import build_services
    from kiosk.services.worker import DatabaseWorker

    services = build_services(settings=settings, clock=clock, paths=paths, db=db,
                              questionnaires=questionnaires, worker=DatabaseWorker())
    try:
        v = visit(services, minutes_ago=40)
        services.alerts.raise_alert(v.id, "Chest pain", Severity.URGENT)
        staff = admin(services)
        gui = threading.current_thread()
        on_gui: list[str] = []
        real_detail = services.board.detail

        def watched(visit_id):
            if threading.current_thread() is gui:
                on_gui.append("board.detail")
            return real_detail(visit_id)

        services.board.detail = watched  # type: ignore[method-assign]
        page = VisitDetailPage(services, staff)
        qtbot.addWidget(page)
        page.show()
        page.show_visit(v.id)
        qtbot.waitUntil(lambda: len(_strip_rows(page)[1]) == 1, timeout=5000)
        assert page.form.verdictLabel.text() == "Needs attention"
        qtbot.waitUntil(lambda: any(e.action == "visit_viewed"
                                    for e in services.audit.events()), timeout=5000)
        assert on_gui == []
    finally:
        services.worker.close(5)
