"""PIN lock-outs that cannot be raced, reset by a good sign-in or an admin, and recovery."""

from __future__ import annotations

import os
import threading

import pytest
from sqlalchemy import text

from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.pin_rules import pin_problem
from kiosk.services.staff import MAX_TRIES, StaffError, StaffService
from kiosk.services.staff_recovery import StaffRecovery, normalise
from kiosk.storage.db import open_database
from tests.support.board_demo import admin

SERVER = os.environ.get("KIOSK_TEST_POSTGRES_URL")
N_RACERS = 12


def race_wrong_pins(db, clock, staff_id: int, n: int = N_RACERS) -> list:
    """``n`` threads, each with its own service, type a wrong PIN at the same moment."""
    barrier = threading.Barrier(n)
    results: list = []
    errors: list = []

    def one() -> None:
        service = StaffService(db, clock, TEST_PARAMS)
        barrier.wait()
        try:
            results.append(service.verify_pin(staff_id, "000001"))
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    return results


def assert_locked_after_race(db, clock, staff_id: int) -> None:
    results = race_wrong_pins(db, clock, staff_id)
    assert len(results) == N_RACERS and not any(r.ok for r in results)
    record = StaffService(db, clock, TEST_PARAMS).get(staff_id)
    assert record.locked_until is not None and record.locked_until > clock.now()
    with db.engine.connect() as c:
        counted = c.execute(text("SELECT count(*) FROM audit_event WHERE action = 'pin_failed'"
                                 " AND detail LIKE 'try %'")).scalar()
        locks = c.execute(text("SELECT count(*) FROM audit_event WHERE action = 'staff_locked'"
                               )).scalar()
    assert counted == MAX_TRIES  # exactly five counted, the rest met the lock
    assert locks == 1
    right = StaffService(db, clock, TEST_PARAMS).verify_pin(staff_id, "246810")
    assert not right.ok and right.locked_until is not None


def test_simultaneous_wrong_pins_lock_the_account_on_a_sqlite_file(services, clock):
    boss = admin(services)
    assert_locked_after_race(services.db, clock, boss.id)


@pytest.mark.postgres
@pytest.mark.skipif(not SERVER, reason="KIOSK_TEST_POSTGRES_URL not set")
def test_simultaneous_wrong_pins_lock_the_account_on_postgres(pg_db, clock):
    boss = StaffService(pg_db, clock, TEST_PARAMS).create_first_admin("Ada Admin", "246810")
    assert_locked_after_race(pg_db, clock, boss.id)


def test_an_admin_unlocks_a_nurse_and_the_doubling_starts_again(services, clock):
    boss = admin(services)
    nurse = services.staff.add_staff("Nia Nurse", "135790", by_id=boss.id)
    for _ in range(MAX_TRIES):
        services.staff.verify_pin(nurse.id, "000001")
    assert services.staff.get(nurse.id).locked_until is not None
    with pytest.raises(StaffError):
        services.staff.unlock(nurse.id, by_id=nurse.id)  # not an admin
    unlocked = services.staff.unlock(nurse.id, by_id=boss.id)
    assert unlocked.locked_until is None and unlocked.failed_tries == 0
    assert services.staff.verify_pin(nurse.id, "135790").ok
    assert "staff_unlocked" in [e.action for e in services.audit.events()]


def test_recovery_code_lets_an_admin_back_in_when_every_account_is_locked(services, clock):
    staff = StaffService(services.db, clock, TEST_PARAMS)
    first = staff.first_run("Ada Admin", "246810")
    nurse = staff.add_staff("Nia Nurse", "135790", by_id=first.admin.id)
    for account in (first.admin, nurse):  # a patient locks every account
        for _ in range(MAX_TRIES):
            staff.verify_pin(account.id, "000001")
    assert all(s.locked_until is not None for s in staff.all_staff())
    assert not staff.verify_pin(first.admin.id, "246810").ok

    recovery = StaffRecovery(services.db, clock, TEST_PARAMS)
    assert recovery.recover("AAAA-BBBB-CCCC-DDDD-EEEE") is None
    typed = first.recovery_code.lower().replace("-", " ")  # as someone might type it
    done = recovery.recover(typed)
    assert done is not None and [a.name for a in done.admins] == ["Ada Admin"]
    signed_in = staff.verify_pin(first.admin.id, "246810")
    assert signed_in.ok and signed_in.staff.role == "admin"
    assert staff.unlock(nurse.id, by_id=first.admin.id).locked_until is None  # back in charge

    assert recovery.recover(first.recovery_code) is None  # one time only
    assert done.new_code != first.recovery_code
    assert recovery.recover(done.new_code) is not None  # the new code works, once
    with services.db.engine.connect() as c:
        hashes = [h for (h,) in c.execute(text("SELECT code_hash FROM recovery_code"))]
        details = " ".join(d or "" for (d,) in c.execute(text("SELECT detail FROM audit_event")))
    assert len(hashes) == 3 and all(h.startswith("scrypt$") for h in hashes)
    assert normalise(first.recovery_code) not in details
    actions = [e.action for e in services.audit.events()]
    assert {"recovery_used", "recovery_failed", "recovery_code_issued"} <= set(actions)


@pytest.mark.parametrize("pin", ["000000", "123456", "777777", "234567", "987654", "890123",
                                 "121212", "123123", "12345678"])
def test_trivial_pins_are_refused(services, pin):
    assert pin_problem(pin) is not None
    with pytest.raises(StaffError):
        StaffService(services.db, services.clock, TEST_PARAMS).create_first_admin("Ada", pin)


@pytest.mark.parametrize("pin", ["246810", "482916", "135790", "975310", "1029384756"])
def test_ordinary_pins_are_accepted(pin):
    assert pin_problem(pin) is None


def _wrong_pin_in_a_process(url: str, staff_id: int, start, results) -> None:
    from kiosk.domain.clock import FakeClock

    db = open_database(url)
    try:
        service = StaffService(db, FakeClock(), TEST_PARAMS)
        start.wait(30)
        results.put(service.verify_pin(staff_id, "000001").locked_until is not None)
    finally:
        db.close()


@pytest.mark.slow
def test_simultaneous_wrong_pins_from_separate_processes_lock_the_account(services, clock):
    import multiprocessing

    boss = admin(services)
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    workers = [context.Process(target=_wrong_pin_in_a_process,
                               args=(services.db.url, boss.id, start, results))
               for _ in range(8)]
    for w in workers:
        w.start()
    start.set()
    outcomes = [results.get(timeout=60) for _ in workers]
    for w in workers:
        w.join(30)
        assert w.exitcode == 0
    assert outcomes.count(True) == 8 - (MAX_TRIES - 1)  # the 5th and every later one: locked
    record = services.staff.get(boss.id)
    assert record.locked_until is not None
    with services.db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM audit_event WHERE action = 'staff_locked'"
                              )).scalar() == 1
