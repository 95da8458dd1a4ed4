"""The durable call queue: a call survives a refusing database and is stored exactly once."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from kiosk.config import Settings
from kiosk.domain.records import Severity, Treatment
from kiosk.services.call_queue import CallQueue, QueuedAlert
from kiosk.services.container import build_services
from kiosk.storage.db import open_database, sqlite_url
from tests.support.disk_full import disk_full


@pytest.fixture
def quick_db(paths):
    """The test database with a short busy timeout (a lock is refused in 50 ms)."""
    paths.ensure_data_dir()
    database = open_database(sqlite_url(paths.default_database), busy_timeout_ms=50)
    yield database
    database.close()


@pytest.fixture
def unit(quick_db, clock, paths, questionnaires):
    services = build_services(settings=Settings(), clock=clock, paths=paths, db=quick_db,
                              questionnaires=questionnaires)
    visit = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    return services, visit


def _calls(services, visit_id):
    return [a for a in services.alerts.for_visit(visit_id) if a.rule_id == "call-nurse"]


def _entry(services, visit):
    return services.calls.entry(visit_id=visit.id, bay="Bay 1", cause="call",
                                severity=Severity.REQUEST, rule_id="call-nurse")


def test_queue_file_is_owner_only_and_survives_a_restart(tmp_path):
    queue = CallQueue.in_folder(tmp_path / "data")
    first = queue.put(QueuedAlert(visit_id=3, bay="Bay 2", cause="c", severity="request"))
    second = queue.put(QueuedAlert(visit_id=4, bay="Bay 3", cause="c", severity="urgent"))
    queue.done(first.token)
    assert stat.S_IMODE(queue.path.stat().st_mode) == 0o600
    again = CallQueue.in_folder(tmp_path / "data")  # a new process reading the same file
    assert again.pending() == [second]
    with queue.path.open("a") as handle:
        handle.write('{"visit_id": 5, "bay"')  # a line cut short by a power cut
    assert again.pending() == [second]
    again.compact()
    assert again.pending() == [second]
    assert len(queue.path.read_text().splitlines()) == 1


def test_call_while_database_is_locked_is_stored_once_after(unit):
    services, visit = unit
    holder = sqlite3.connect(services.paths.default_database)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = services.calls.send(_entry(services, visit))
        assert not result.delivered and result.durable
        assert services.calls.flush().pending == 1  # still locked: retried, still queued
    finally:
        holder.rollback()
        holder.close()
    assert services.calls.flush().delivered
    assert services.calls.flush().stored == ()
    assert len(_calls(services, visit.id)) == 1
    assert services.calls.pending() == 0


def test_call_while_disk_is_full_is_stored_once_after(unit):
    services, visit = unit
    other = services.visits.start(patient_label="Ben T.", bay="Bay 9",
                                  treatment=Treatment.IV_KETAMINE)
    with disk_full(services.db.engine, services.paths.default_database, other.id):
        for _ in range(3):  # several calls while the disk is full: each one kept
            result = services.calls.send(_entry(services, visit))
        assert result.pending == 3 and result.durable
        with pytest.raises(Exception, match="full"):
            services.alerts.call_nurse(visit.id)  # the database itself refuses: "full"
    assert services.calls.flush().delivered
    assert len(_calls(services, visit.id)) == 3


def test_a_retry_after_a_lost_confirmation_does_not_store_twice(unit):
    services, visit = unit
    entry = _entry(services, visit)
    services.calls.queue.put(entry)
    services.alerts.raise_alert(visit.id, "call", Severity.REQUEST, rule_id="call-nurse",
                                bay="Bay 1", token=entry.token)  # stored, but never marked
    assert services.calls.flush().delivered
    assert len(_calls(services, visit.id)) == 1


def test_a_call_from_an_empty_bay_is_stored_with_its_bay(unit):
    services, _visit = unit
    entry = services.calls.entry(visit_id=None, bay="Bay 4", cause="call",
                                 severity=Severity.REQUEST, rule_id="call-nurse")
    services.calls.send(entry)
    [alert] = [a for a in services.alerts.open_alerts() if a.visit_id is None]
    assert alert.bay == "Bay 4"


def test_queue_file_unwritable_keeps_the_call_in_memory(unit, monkeypatch):
    services, visit = unit

    def refuse(_entry):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(services.calls.queue, "put", refuse)
    result = services.calls.send(_entry(services, visit))
    assert result.delivered and not result.durable
    assert len(_calls(services, visit.id)) == 1


@pytest.mark.parametrize("first", ["answer", "queue"])
def test_an_answers_queued_alert_and_the_answer_itself_store_one_alert(unit, first):
    """The red flag of an answer not stored yet is queued like a call; whichever of the
    two reaches the database first, the unit ends with one alert for that rule."""
    services, visit = unit
    checkin = services.checkins.start_now(visit.id)
    services.calls.enqueue(services.calls.entry(
        visit_id=visit.id, bay="Bay 1", cause="Vomiting reported: go now",
        severity=Severity.URGENT, rule_id="vomiting", checkin_id=checkin.id))
    if first == "answer":
        outcome = services.checkins.record_answer(checkin.id, "vomiting", True)
        assert [a.rule_id for a in outcome.new_alerts] == ["vomiting"]
        assert services.calls.flush().delivered
    else:
        assert services.calls.flush().delivered
        assert services.checkins.record_answer(checkin.id, "vomiting", True).new_alerts == ()
    [alert] = [a for a in services.alerts.for_visit(visit.id) if a.rule_id == "vomiting"]
    assert alert.severity is Severity.URGENT and alert.checkin_id == checkin.id
    assert services.calls.pending() == 0
