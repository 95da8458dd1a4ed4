"""Staff accounts: first run, admins adding and resetting nurses, PIN lock-outs."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.services.pin_hash import TEST_PARAMS, check_pin, hash_pin
from kiosk.services.staff import StaffError, StaffService
from kiosk.storage.db import open_database
from tests.support.board_demo import admin, cheap_staff


def test_first_run_creates_one_admin_only(services):
    staff = cheap_staff(services)
    assert staff.needs_first_run()
    first = staff.create_first_admin("  Ada   Admin ", "246810")
    assert (first.name, first.role, first.active) == ("Ada Admin", "admin", True)
    assert not staff.needs_first_run()
    with pytest.raises(StaffError):
        staff.create_first_admin("Someone Else", "135790")


@pytest.mark.parametrize("pin", ["12345", "12a456", "111111", ""])
def test_bad_pins_are_refused(services, pin):
    with pytest.raises(StaffError):
        cheap_staff(services).create_first_admin("Ada", pin)


def test_admin_adds_deactivates_and_resets_a_nurse(services):
    boss = admin(services)
    nurse = services.staff.add_staff("Nia Nurse", "135790", by_id=boss.id)
    assert [s.name for s in services.staff.active_staff()] == ["Ada Admin", "Nia Nurse"]
    with pytest.raises(StaffError):
        services.staff.add_staff("nia nurse", "135790", by_id=boss.id)
    with pytest.raises(StaffError):  # a nurse cannot add accounts
        services.staff.add_staff("Other", "135790", by_id=nurse.id)
    services.staff.reset_pin(nurse.id, "975310", by_id=boss.id)
    assert not services.staff.verify_pin(nurse.id, "135790").ok
    assert services.staff.verify_pin(nurse.id, "975310").ok
    services.staff.deactivate(nurse.id, by_id=boss.id)
    assert [s.name for s in services.staff.active_staff()] == ["Ada Admin"]
    assert not services.staff.verify_pin(nurse.id, "975310").ok
    actions = [e.action for e in services.audit.events()]
    for action in ("staff_added", "staff_pin_reset", "staff_deactivated", "staff_login",
                   "pin_failed"):
        assert action in actions
    assert all("135790" not in (e.detail or "") and "975310" not in (e.detail or "")
               for e in services.audit.events())


def test_five_wrong_pins_lock_and_the_lock_survives_a_restart(services, clock, paths):
    boss = admin(services)
    nurse = services.staff.add_staff("Nia Nurse", "135790", by_id=boss.id)
    for left in (4, 3, 2, 1):
        result = services.staff.verify_pin(nurse.id, "000001")
        assert not result.ok and str(left) in result.message
    locked = services.staff.verify_pin(nurse.id, "000001")
    assert not locked.ok and locked.locked_until is not None
    assert (locked.locked_until - clock.now()).total_seconds() == 5 * 60
    assert not services.staff.verify_pin(nurse.id, "135790").ok  # right PIN, still locked

    # "Restart": a new database object and service on the same file.
    services.db.close()
    db2 = open_database(services.db.url)
    staff2 = StaffService(db2, clock, TEST_PARAMS)
    assert not staff2.verify_pin(nurse.id, "135790").ok
    clock.advance(minutes=5, seconds=1)
    assert staff2.verify_pin(nurse.id, "135790").ok
    for _ in range(5):
        second = staff2.verify_pin(nurse.id, "000001")
    assert (second.locked_until - clock.now()).total_seconds() == 10 * 60
    assert "staff_locked" in [e.action for e in services.audit.events()]
    db2.close()


def test_hashes_are_salted_scrypt_and_no_pin_is_stored(services, paths):
    boss = admin(services)
    services.staff.add_staff("Nia Nurse", "246810", by_id=boss.id)  # same PIN as the admin
    with sqlite3.connect(paths.default_database) as raw:
        hashes = [h for (h,) in raw.execute("SELECT pin_hash FROM staff")]
        dump = "\n".join(raw.iterdump())
    assert "246810" not in dump
    assert len(set(hashes)) == 2
    assert all(h.startswith("scrypt$") and len(h.split("$")) == 6 for h in hashes)
    assert len({h.split("$")[4] for h in hashes}) == 2  # different salts


def test_hash_round_trip_and_malformed():
    stored = hash_pin("864209", TEST_PARAMS)
    assert check_pin("864209", stored)
    assert not check_pin("864208", stored)
    assert not check_pin("864209", "md5$abc")
    assert not check_pin("864209", "scrypt$x$1$1$AA==$AA==")


def test_a_discharge_signature_is_audited_apart_from_a_login(db, clock):
    from kiosk.services.audit import AuditService
    from kiosk.services.pin_hash import TEST_PARAMS
    from kiosk.services.staff import StaffService

    staff = StaffService(db, clock, TEST_PARAMS)
    admin = staff.create_first_admin("Ada Admin", "246810")
    assert staff.verify_pin(admin.id, "246810", purpose="discharge").ok
    assert staff.verify_pin(admin.id, "246810").ok
    actions = [e.action for e in AuditService(db, clock).events()]
    assert actions[:2] == ["staff_login", "pin_signed_discharge"]
