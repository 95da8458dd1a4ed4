"""Retention on a fake clock: old finished visits go with every row; the audit keeps counts."""

from __future__ import annotations

import os
from datetime import timedelta

from sqlalchemy import event, text

from kiosk.app import prepare
from kiosk.cli import Options
from kiosk.domain.records import Treatment, VisitStatus
from kiosk.services.retention import RetentionService
from kiosk.storage.audit_chain import verify_chain
from tests.support.board_demo import GOOD_ENTRY, admin

LABELS = ("Old Olga", "Cancelled Carl", "Recent Rita", "Still Here Sam")


def full_visit(services, label, boss):
    visit = services.visits.start(patient_label=label, bay=f"Bay {label[0]}",
                                  treatment=Treatment.IV_KETAMINE,
                                  baseline_systolic=124, baseline_diastolic=78,
                                  baseline_pulse=72)
    checkin = services.checkins.start_now(visit.id)
    services.checkins.record_answer(checkin.id, "nausea", 3)
    services.journal.save(visit.id, f"journal of {label}", shared=True)
    services.observations.record(visit.id, GOOD_ENTRY, staff_id=boss.id)
    services.alerts.call_nurse(visit.id)
    return visit


def counts(db):
    with db.engine.connect() as c:
        return {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                for t in ("visit", "checkin", "answer", "journal_entry", "observation", "alert")}


def test_purge_on_a_fake_clock(services, clock, paths):
    boss = admin(services)
    old = full_visit(services, LABELS[0], boss)
    services.visits.end(old.id, VisitStatus.DISCHARGED, staff_id=boss.id)
    cancelled = full_visit(services, LABELS[1], boss)
    services.visits.end(cancelled.id, VisitStatus.CANCELLED, staff_id=boss.id)
    clock.advance(days=25)
    recent = full_visit(services, LABELS[2], boss)
    services.visits.end(recent.id, VisitStatus.DISCHARGED, staff_id=boss.id)
    still = full_visit(services, LABELS[3], boss)  # recovering: never purged
    paths.backups.mkdir(parents=True)
    stale, fresh = paths.backups / "kiosk-r0002-old.sqlite3", paths.backups / "kiosk-r0007.sqlite3"
    for path, age in ((stale, 40), (fresh, 2)):
        path.write_bytes(b"x")
        when = (clock.now() + timedelta(days=6) - timedelta(days=age)).timestamp()
        os.utime(path, (when, when))

    off = RetentionService(services.db, clock, days=0, backups=paths.backups)
    assert off.run() is None and counts(services.db)["visit"] == 4

    clock.advance(days=6)  # the first two ended 31 days ago, the third 6 days ago
    deletes: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        if statement.startswith("DELETE"):
            deletes.append(statement.split()[2])

    event.listen(services.db.engine, "before_cursor_execute", seen)
    report = RetentionService(services.db, clock, days=30, backups=paths.backups).run()
    event.remove(services.db.engine, "before_cursor_execute", seen)
    assert deletes[0] == "journal_entry" and deletes[-1] == "visit"
    assert report.rows["visit"] == 2 and report.rows["journal_entry"] == 2
    assert report.rows["answer"] == 2 and report.rows["checkin"] == 2
    assert report.rows["observation"] == 2 and report.rows["alert"] == 2
    assert report.backups == 1
    assert counts(services.db) == {"visit": 2, "checkin": 2, "answer": 2, "journal_entry": 2,
                                   "observation": 2, "alert": 2}
    assert services.visits.get(old.id) is None and services.visits.get(cancelled.id) is None
    assert services.visits.get(recent.id) is not None and services.visits.get(still.id)
    assert not stale.exists() and fresh.exists()

    (purge,) = [e for e in services.audit.events() if e.action == "retention_purge"]
    assert purge.visit_id is None and purge.staff_name is None
    assert "visit 2" in purge.detail and "journal_entry 2" in purge.detail
    for label in LABELS:
        assert label not in purge.detail
    with services.db.engine.connect() as c:
        assert verify_chain(c).ok  # the purged visits' events and their hashes stay


def test_a_start_applies_the_setting(services, clock, paths, tmp_path):
    boss = admin(services)
    old = full_visit(services, LABELS[0], boss)
    services.visits.end(old.id, VisitStatus.DISCHARGED, staff_id=boss.id)
    services.db.close()
    config = tmp_path / "clinic.toml"
    config.write_text("[retention]\npurge_after_days = 7\n[security]\nencrypt_database = false\n")
    clock.advance(days=8)
    again = prepare(Options(None, config, True, False, "Bay 1"), paths=paths, clock=clock)
    assert again.services.visits.get(old.id) is None
    again.services.db.close()
