"""A database held back for 10 s while the patient answers and calls a nurse.

On SQLite a second connection holds the write lock; on PostgreSQL a TCP proxy
started by the test stops forwarding. In both, with the real worker thread:

* the GUI event loop never stalls more than 100 ms (a 10 ms timer probe);
* the call card and the kept answer show at once;
* every write lands once the database is back, and the check-in moves on.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import make_url

from bench.stall_tools import GuiProbe, StallProxy
from kiosk.domain.records import Treatment
from kiosk.services.alerts import CALL_NURSE_RULE
from kiosk.services.container import Services, build_services
from kiosk.services.worker import DatabaseWorker
from kiosk.storage.db import open_database
from kiosk.views import call_cards
from tests.support.held_database import sqlite_write_lock, tablet_shell, threaded_services
from tests.support.postgres import pg_url
from tests.support.test_driver import tap_answer

STALL_MS = 10_000
MAX_GUI_STALL_MS = 100
SERVER = os.environ.get("KIOSK_TEST_POSTGRES_URL")


def run_stall(qtbot, services: Services, staff, fake_calming, *, hold: Callable[[], None],
              release: Callable[[], None]) -> None:
    with tablet_shell(qtbot, services, staff, fake_calming) as (visit, shell):
        flow = shell.flow
        page = flow.checkin.page
        qtbot.waitUntil(lambda: flow.screen == "welcome", timeout=5000)
        flow.welcome.form.startButton.click()
        qtbot.waitUntil(lambda: page.link_id == "checkin-intro", timeout=5000)
        page.form.nextButton.click()
        qtbot.waitUntil(lambda: page.link_id == "overall-feeling", timeout=5000)

        hold()
        probe = GuiProbe()
        probe.start()
        stalled_at = time.monotonic()
        qtbot.wait(50)  # the probe is running: the loop turns while the database is held
        tapped = time.perf_counter()
        tap_answer(page, "calm")
        shell.window.call_nurse_button.click()
        tap_ms = (time.perf_counter() - tapped) * 1000
        # At once: the chosen answer stays on screen and the call card shows.
        assert tap_ms < MAX_GUI_STALL_MS
        assert page.link_id == "overall-feeling" and page.value() == "calm"
        assert flow.card.card is not None and flow.card.card.key in (
            call_cards.CALL_SENDING, call_cards.CALL_WAITING)
        assert flow.checkin.saving

        released = []

        def let_go() -> None:
            release()
            released.append(time.monotonic() - stalled_at)

        qtbot.waitUntil(lambda: time.monotonic() - stalled_at >= STALL_MS / 1000,
                        timeout=STALL_MS + 5000)
        assert flow.checkin.saving, "the answer landed while the database was held"
        # Meanwhile the patient is told calmly to wave or call out (the call waits).
        assert flow.card.card is not None and flow.card.card.key == call_cards.CALL_WAITING
        let_go()
        qtbot.waitUntil(lambda: page.link_id == "nausea", timeout=20_000)
        qtbot.waitUntil(lambda: services.worker.wait_idle(0), timeout=20_000)
        longest = probe.stop()
        assert released and released[0] >= STALL_MS / 1000
        assert longest <= MAX_GUI_STALL_MS, f"the GUI stalled {longest:.0f} ms"
        checkin = services.checkins.resume_point(visit.id)
        assert checkin is not None and checkin.answers == {"overall-feeling": "calm"}
        calls = [a for a in services.alerts.for_visit(visit.id) if a.rule_id == CALL_NURSE_RULE]
        assert len(calls) == 1
        # The call's result reaches the Qt thread queued, after the worker is idle.
        qtbot.waitUntil(lambda: flow.card.card is not None
                        and flow.card.card.key == call_cards.CALL_SENT, timeout=5000)


@pytest.mark.slow
def test_a_held_sqlite_write_lock_never_freezes_the_patient(qtbot, db, settings, clock, paths,
                                                           questionnaires, staff, fake_calming):
    services = threaded_services(db, settings, clock, paths, questionnaires)
    with sqlite_write_lock(paths.default_database) as lock:
        run_stall(qtbot, services, staff, fake_calming, hold=lock.hold, release=lock.release)


@pytest.fixture
def proxied_pg(pg_db) -> Iterator[tuple[str, StallProxy]]:
    """The URL of a migrated database reached through a proxy that can stall the link."""
    server = make_url(pg_db.url)
    proxy = StallProxy((server.host or "127.0.0.1", server.port or 5432))
    try:
        yield pg_url(pg_db.url, host="127.0.0.1", port=proxy.port), proxy
    finally:
        proxy.close()


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.skipif(not SERVER, reason="KIOSK_TEST_POSTGRES_URL not set")
def test_a_stalled_postgres_link_never_freezes_the_patient(qtbot, proxied_pg, settings, clock,
                                                          paths, questionnaires, staff,
                                                          fake_calming):
    url, proxy = proxied_pg
    db = open_database(url, station="Bay 1")
    services = threaded_services(db, settings, clock, paths, questionnaires)
    try:
        run_stall(qtbot, services, staff, fake_calming, hold=proxy.stall, release=proxy.flow)
    finally:
        db.close()


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.skipif(not SERVER, reason="KIOSK_TEST_POSTGRES_URL not set")
def test_a_connection_stalled_past_the_limit_is_given_up_and_the_write_retried(
        proxied_pg, settings, clock, paths, questionnaires):
    from kiosk.storage.stall_guard import StallGuard

    url, proxy = proxied_pg
    db = open_database(url, station="Bay 1")
    worker = DatabaseWorker(on_stall=StallGuard(db.engine, give_up_s=1.0).give_up,
                            stall_s=1.0)
    services = build_services(settings=settings, clock=clock, paths=paths, db=db,
                              questionnaires=questionnaires, worker=worker, live=False)
    visit = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    outcomes = []
    try:
        proxy.stall()
        worker.submit(lambda: services.alerts.call_nurse(visit.id),
                      lambda result, error: outcomes.append((result, error)), write=True)
        deadline = time.monotonic() + 10
        while worker.stalls == 0 and time.monotonic() < deadline:
            worker.wait_idle(0.1)  # the worker is stuck on the stalled link meanwhile
        assert worker.stalls >= 1, "the stalled connection was never given up"
        assert outcomes == []
        proxy.flow()
        assert worker.wait_idle(30)
        (result, error), = outcomes
        assert error is None
        assert [a.id for a in services.alerts.for_visit(visit.id)] == [result.id]
    finally:
        proxy.flow()
        worker.close(10)
        db.close()


@pytest.mark.postgres
@pytest.mark.skipif(not SERVER, reason="KIOSK_TEST_POSTGRES_URL not set")
def test_a_long_but_healthy_job_is_not_given_up(proxied_pg):
    from sqlalchemy import text as sql

    from kiosk.storage.stall_guard import StallGuard

    url, _proxy = proxied_pg
    db = open_database(url, station="Bay 1")
    worker = DatabaseWorker(on_stall=StallGuard(db.engine, give_up_s=1.0).give_up,
                            stall_s=0.5)
    outcomes = []

    def many_short_statements() -> int:
        done = 0
        with db.unit() as s:
            while done < 40:  # about 2 s of work, each statement 50 ms
                s.execute(sql("SELECT pg_sleep(0.05)"))
                done += 1
        return done

    try:
        worker.submit(many_short_statements, lambda r, e: outcomes.append((r, e)), write=False)
        assert worker.wait_idle(30)
        assert outcomes == [(40, None)]
        assert worker.stalls == 0
    finally:
        worker.close(10)
        db.close()

