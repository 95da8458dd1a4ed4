"""Board rows: content, order, and queries that never scan finished visits."""

from __future__ import annotations

from sqlalchemy import event

from kiosk.domain.readiness import Verdict
from kiosk.domain.records import Severity, VisitStatus
from kiosk.services.board import CheckinState, Priority, Trend
from tests.support.board_demo import CALM_CHECKIN, checkin, make_ready, visit


def test_row_shows_symptoms_with_trends_and_checkin_state(services, clock):
    v = visit(services, minutes_ago=31)
    checkin(services, v.id, {**CALM_CHECKIN, "nausea": 2, "dizziness": 3, "disconnected": 2})
    clock.advance(minutes=1)
    checkin(services, v.id, {**CALM_CHECKIN, "nausea": 3, "dizziness": 1, "disconnected": 2})
    (row,) = services.board.rows()
    assert (row.nausea.value, row.nausea.trend) == (3, Trend.UP)
    assert (row.dizziness.value, row.dizziness.trend) == (1, Trend.DOWN)
    assert row.disconnection.trend is Trend.SAME
    assert row.checkin_state is CheckinState.DONE
    assert row.minutes_since_dosing == 32 and row.observation_minutes == 60
    clock.advance(minutes=15)
    assert services.board.rows()[0].checkin_state is CheckinState.DUE
    clock.advance(minutes=6)
    assert services.board.rows()[0].checkin_state is CheckinState.OVERDUE


def test_order_urgent_then_requests_then_overdue_then_ready(services, clock):
    calm = visit(services, "Calm C.", "Bay 1", minutes_ago=40)
    ready = visit(services, "Ready R.", "Bay 2", minutes_ago=70)
    make_ready(services, ready.id)
    overdue = visit(services, "Late L.", "Bay 3", minutes_ago=60)
    requester = visit(services, "Ask A.", "Bay 4", minutes_ago=10)
    urgent = visit(services, "Help H.", "Bay 5", minutes_ago=10)
    checkin(services, calm.id, CALM_CHECKIN)
    services.alerts.call_nurse(requester.id)
    services.alerts.raise_alert(urgent.id, "Chest pain", Severity.URGENT)
    rows = services.board.rows()
    assert [r.visit_id for r in rows] == [urgent.id, requester.id, overdue.id, ready.id,
                                          calm.id]
    assert [r.priority for r in rows] == [Priority.URGENT_ALERT, Priority.REQUEST,
                                          Priority.OVERDUE, Priority.READY, Priority.OTHER]
    assert rows[3].verdict is Verdict.READY
    assert rows[0].top_alert.cause == "Chest pain"


def test_finished_visits_leave_the_board(services):
    v = visit(services)
    services.visits.end(v.id, VisitStatus.DISCHARGED, staff_id=None)
    assert services.board.rows() == []


def test_board_queries_use_indexes_only(services):
    v = visit(services)
    checkin(services, v.id, CALM_CHECKIN)
    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            plans.extend(str(r[-1]) for r in rows)

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", explain)
    try:
        services.board.rows()
    finally:
        event.remove(engine, "before_cursor_execute", explain)
    scans = [p for p in plans if p.startswith("SCAN") and "USING" not in p]
    assert len(plans) >= 6 and not scans, plans
