"""The operation API on a real worker thread: off the GUI thread, in order, retried, hinted."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.domain.errors import StorageError
from kiosk.domain.records import Severity, Treatment
from kiosk.services.container import build_services
from kiosk.services.events import AlertRaised, Event
from kiosk.services.worker import DatabaseWorker
from kiosk.views import live
from kiosk.views.operations import CollectionOp, QueryOp


@pytest.fixture
def threaded(settings, clock, paths, db, questionnaires):
    built = build_services(settings=settings, clock=clock, paths=paths, db=db,
                           questionnaires=questionnaires, worker=DatabaseWorker())
    yield built
    built.worker.close(5)


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_query_runs_on_the_worker_and_answers_on_the_gui_thread(qtbot, threaded, owner):
    gui = threading.current_thread()
    seen = {}

    def op(s):
        seen["op"] = threading.current_thread()
        return s.visits.active()

    got = []
    QueryOp(owner, threaded, op).success(
        lambda rows: got.append((rows, threading.current_thread()))).run()
    qtbot.waitUntil(lambda: bool(got), timeout=2000)
    assert seen["op"] is threaded.worker.thread and seen["op"] is not gui
    assert got == [([], gui)]


def test_writes_land_and_report_in_the_order_they_were_made(qtbot, threaded, owner):
    visit = threaded.visits.start(patient_label="Ana P.", bay="Bay 2",
                                  treatment=Treatment.IV_KETAMINE)
    done = []
    for n in range(20):
        CollectionOp(owner, threaded, lambda s, n=n: s.alerts.raise_alert(
            visit.id, f"call {n}", Severity.REQUEST)).success(
            lambda alert, n=n: done.append((n, alert.id))).run()
    qtbot.waitUntil(lambda: len(done) == 20, timeout=5000)
    assert [n for n, _ in done] == list(range(20))
    ids = [alert_id for _, alert_id in done]
    assert ids == sorted(ids)


def test_a_locked_write_is_retried_until_it_lands_and_the_hint_shows_meanwhile(
        qtbot, threaded, owner, paths):
    visit = threaded.visits.start(patient_label="Ana P.", bay="Bay 2",
                                  treatment=Treatment.IV_KETAMINE)
    holder = sqlite3.connect(paths.default_database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another connection holds the write lock
    hints, landed = [], []
    CollectionOp(owner, threaded, lambda s: s.alerts.call_nurse(visit.id)).success(
        landed.append).hint(lambda: hints.append("show"), lambda: hints.append("hide"),
                            after_ms=100).run()
    qtbot.waitUntil(lambda: hints == ["show"], timeout=2000)
    assert not landed
    holder.execute("COMMIT")
    holder.close()
    qtbot.waitUntil(lambda: bool(landed), timeout=10000)
    assert hints == ["show", "hide"]
    assert [a.id for a in threaded.alerts.for_visit(visit.id)] == [landed[0].id]


def test_a_quick_write_shows_no_hint(qtbot, threaded, owner):
    hints, landed = [], []
    CollectionOp(owner, threaded, lambda s: s.visits.active()).success(landed.append).hint(
        lambda: hints.append("show"), lambda: hints.append("hide"), after_ms=1000).run()
    qtbot.waitUntil(lambda: bool(landed), timeout=2000)
    qtbot.wait(50)  # the hint's timer is stopped: nothing more arrives
    assert hints == []


def test_a_read_fails_at_once_and_names_the_problem(qtbot, threaded, owner):
    errors = []

    def broken(_s):
        raise StorageError("Database x: database is locked")

    QueryOp(owner, threaded, broken).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    assert "locked" in str(errors[0])


def test_nothing_is_delivered_to_a_deleted_view(qtbot, threaded):
    gone = QWidget()
    got = []
    release = threading.Event()
    QueryOp(gone, threaded, lambda s: release.wait(5)).success(got.append).run()
    gone.deleteLater()
    qtbot.waitUntil(lambda: not _alive(gone), timeout=2000)
    release.set()
    assert threaded.worker.wait_idle(5)
    qtbot.wait(50)
    assert got == []


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def test_feed_subscribers_run_on_the_gui_thread(qtbot, threaded, owner):
    visit = threaded.visits.start(patient_label="Ana P.", bay="Bay 2",
                                  treatment=Treatment.IV_KETAMINE)
    got = []
    live.subscribe(owner, threaded.feed, AlertRaised,
                   lambda e: got.append((e, threading.current_thread())))
    CollectionOp(owner, threaded, lambda s: s.alerts.call_nurse(visit.id)).run()
    qtbot.waitUntil(lambda: bool(got), timeout=2000)
    event, thread = got[0]
    assert thread is threading.current_thread()
    assert event.visit_id == visit.id and event.severity == Severity.REQUEST.value


def test_a_subscription_ends_with_its_view(qtbot, threaded):
    view = QWidget()
    got = []
    live.subscribe(view, threaded.feed, Event, got.append)
    view.deleteLater()
    qtbot.waitUntil(lambda: not _alive(view), timeout=2000)
    threaded.visits.start(patient_label="Ana P.", bay="Bay 2", treatment=Treatment.IV_KETAMINE)
    assert got == []
