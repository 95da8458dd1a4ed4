"""An urgent answer's alert takes the call's durable path while the database refuses writes.

With the real worker thread on a real SQLite file: the database is locked, then
full. Each time the patient gives an urgent answer; the answer cannot be
stored, so its alert goes to the durable local queue (the fsync'd file a call
for a nurse goes to first), the patient is told calmly to wave or call out,
and once the database takes writes again the alert is stored exactly once.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.domain.records import Severity, Treatment
from kiosk.services.container import build_services
from kiosk.views import call_cards
from kiosk.views.shell import build_shell
from tests.support.disk_full import disk_full
from tests.support.held_database import sqlite_write_lock, tablet_shell, threaded_services
from tests.support.test_driver import tap_answer
from tests.views.patient.conftest import CALM

TIMEOUT_MS = 10_000


@pytest.fixture
def tablet(qtbot, db, settings, clock, paths, questionnaires, staff, fake_calming) -> Iterator:
    services = threaded_services(db, settings, clock, paths, questionnaires)
    with tablet_shell(qtbot, services, staff, fake_calming) as (visit, shell):
        yield services, visit, shell


def _answer_to(flow, qtbot, stop_at: str) -> None:
    """Calm answers, each one stored before the next item shows, up to ``stop_at``."""
    page = flow.checkin.page
    for _ in range(60):
        qtbot.waitUntil(lambda: page.item is not None and not flow.checkin.saving,
                        timeout=TIMEOUT_MS)
        if page.link_id == stop_at:
            return
        current = page.link_id
        if flow.card.card is not None and "ok" in flow.card.buttons:
            flow.card.buttons["ok"].click()
        if page.item.answerable:
            tap_answer(page, CALM[current])
        else:
            page.form.nextButton.click()
        qtbot.waitUntil(lambda: page.link_id != current, timeout=TIMEOUT_MS)  # noqa: B023
    raise AssertionError(f"never reached {stop_at}")


def _alerts(services, visit_id: int, rule_id: str):
    return [a for a in services.alerts.for_visit(visit_id) if a.rule_id == rule_id]


def _refused(services, visit, shell, qtbot, *, answer, rule_id: str, next_item: str,
             refusing, lift) -> None:
    """Give ``answer`` while ``refusing``; after ``lift``, its alert is stored once."""
    flow, page = shell.flow, shell.flow.checkin.page
    with refusing:
        tap_answer(page, answer)
        # The patient is told calmly to wave or call out; the alert waits in the file.
        qtbot.waitUntil(lambda: flow.card.card is not None
                        and flow.card.card.key == call_cards.CALL_WAITING, timeout=TIMEOUT_MS)
        assert flow.card.title_label.text() == "Please wave or call out"
        assert shell.window.call_nurse_button.text() == "Nurse called"
        [queued] = services.calls.queue.pending()
        assert (queued.rule_id, queued.severity, queued.visit_id, queued.bay) == (
            rule_id, Severity.URGENT.value, visit.id, "Bay 1")
        assert flow.checkin.saving and page.link_id != next_item  # nothing confirmed
        assert _alerts(services, visit.id, rule_id) == []
        lift()
    qtbot.waitUntil(lambda: page.link_id == next_item, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: services.calls.pending() == 0, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: services.worker.wait_idle(0), timeout=TIMEOUT_MS)
    [alert] = _alerts(services, visit.id, rule_id)  # exactly once: answer and queue agree
    assert alert.severity is Severity.URGENT and alert.checkin_id == queued.checkin_id


@pytest.mark.slow
def test_urgent_answers_while_locked_then_full_are_each_stored_once(tablet, qtbot, paths):
    services, visit, shell = tablet
    flow = shell.flow
    qtbot.waitUntil(lambda: flow.screen == "welcome", timeout=TIMEOUT_MS)
    flow.welcome.form.startButton.click()

    _answer_to(flow, qtbot, "vomiting")
    with sqlite_write_lock(paths.default_database) as lock:
        lock.hold()
        _refused(services, visit, shell, qtbot, answer=True, rule_id="vomiting",
                 next_item="dizziness", refusing=_nothing(), lift=lock.release)

    _answer_to(flow, qtbot, "red-flags")
    other = services.visits.start(patient_label="Ben T.", bay="Bay 9",
                                  treatment=Treatment.IV_KETAMINE)
    qtbot.waitUntil(lambda: services.worker.wait_idle(0), timeout=TIMEOUT_MS)
    _refused(services, visit, shell, qtbot, answer=["chest-pain"],
             rule_id="red-flag-chest-pain", next_item="wants-nurse",
             refusing=disk_full(services.db.engine, paths.default_database, other.id),
             lift=lambda: None)
    assert len([a for a in services.alerts.for_visit(visit.id)
                if a.severity is Severity.URGENT]) == 2


def _nothing():
    from contextlib import nullcontext

    return nullcontext()


def test_an_urgent_answer_on_a_broken_database_is_stored_once_on_a_sound_one(
        make_shell, visit, services, settings, clock, paths, questionnaires, staff,
        fake_calming, answer_until, qtbot):
    """The database is replaced under the tablet (a fault, not a refusal): the answer's
    alert waits in the queue file; the tablet started again on a sound file stores it."""
    import os
    import sqlite3

    from kiosk.storage.db import open_database, sqlite_url
    from kiosk.views.flow.fault import FAULT

    shell = make_shell()
    flow = shell.flow
    flow.welcome.form.startButton.click()
    answer_until(flow, "vomiting")
    spare = paths.data_dir / "spare.sqlite3"
    source, copy = sqlite3.connect(paths.default_database), sqlite3.connect(spare)
    source.backup(copy)
    source.close()
    copy.close()
    os.replace(spare, paths.default_database)  # replaced while in use: a fault

    tap_answer(flow.checkin.page, True)
    assert flow.fault_state.active
    assert flow.card.card is not None and flow.card.card.key in (FAULT, call_cards.CALL_WAITING)
    [queued] = services.calls.queue.pending()
    assert (queued.rule_id, queued.severity) == ("vomiting", "urgent")
    shell.stop()

    again = open_database(sqlite_url(paths.default_database))  # a sound start on the file
    restarted = build_services(settings=settings, clock=clock, paths=paths, db=again,
                               questionnaires=questionnaires)
    try:
        assert _alerts(restarted, visit.id, "vomiting") == []
        tablet = build_shell(restarted, station="Bay 1", nurse_station=False, staff=staff,
                             nurse_area_factory=lambda _staff: QWidget(), calming=fake_calming)
        qtbot.addWidget(tablet.window)
        qtbot.waitUntil(lambda: restarted.calls.pending() == 0, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: restarted.worker.wait_idle(0), timeout=TIMEOUT_MS)
        [alert] = _alerts(restarted, visit.id, "vomiting")
        assert alert.checkin_id == queued.checkin_id and alert.severity is Severity.URGENT
        tablet.flow.calls.start()  # a second start stores nothing more
        qtbot.waitUntil(lambda: restarted.worker.wait_idle(0), timeout=TIMEOUT_MS)
        assert len(_alerts(restarted, visit.id, "vomiting")) == 1
        tablet.stop()
        tablet.window.patient_mode = False
    finally:
        restarted.close()
