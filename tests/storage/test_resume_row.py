"""The bay's resume row: one source of truth for the full start and the quick restart."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect

from kiosk.domain.records import CheckinKind, Treatment, VisitStatus
from kiosk.domain.resume import RestartScreen
from kiosk.storage.models import Base
from kiosk.storage.peek import peek_bay
from kiosk.storage.resume_sql import RESUME_COLUMNS, RESUME_TABLE

BAY = "Bay 2"


@pytest.fixture
def clinic(services):
    services.staff.create_first_admin("Ana Admin", "482916")
    return services


def both(clinic, paths):
    """(quick path's view, full start's view) of the bay, as comparable tuples."""
    peek = peek_bay(paths.default_database, BAY)
    full = clinic.resume.for_bay(BAY)
    quick = None if peek is None else (peek.visit_id, peek.screen, peek.checkin_id,
                                       peek.answers, peek.language, peek.first_name)
    slow = None if full is None else (
        full.visit.id, full.screen.value, full.checkin.id if full.checkin else None,
        dict(full.answers or {}), full.visit.language, full.visit.first_name)
    return quick, slow


def test_a_migrated_database_has_exactly_the_columns_the_quick_path_reads(db):
    """A migration that changes bay_resume fails here until resume_sql follows."""
    with db.engine.connect() as c:
        migrated = [col["name"] for col in inspect(c).get_columns(RESUME_TABLE)]
    assert sorted(migrated) == sorted(RESUME_COLUMNS)
    assert len(migrated) == len(RESUME_COLUMNS)
    model = [col.name for col in Base.metadata.tables[RESUME_TABLE].columns]
    assert sorted(model) == sorted(RESUME_COLUMNS)


def test_every_change_the_rule_reads_moves_the_row_and_both_starts_agree(clinic, paths):
    assert both(clinic, paths) == (None, None)
    visit = clinic.visits.start(patient_label="Maya R.", bay=BAY, language="es",
                                treatment=Treatment.IV_KETAMINE)
    seen = [both(clinic, paths)]
    checkin = clinic.checkins.start_now(visit.id)
    seen.append(both(clinic, paths))
    clinic.checkins.record_answer(checkin.id, "overall-feeling", "uneasy")
    seen.append(both(clinic, paths))
    clinic.checkins.record_answer(checkin.id, "nausea", 3)
    seen.append(both(clinic, paths))
    clinic.checkins.clear_answer(checkin.id, "nausea")
    seen.append(both(clinic, paths))
    clinic.checkins.complete(checkin.id)
    seen.append(both(clinic, paths))
    ready = clinic.checkins.request_ready_to_go(visit.id)
    clinic.checkins.start(ready.id)
    seen.append(both(clinic, paths))
    clinic.checkins.complete(ready.id)
    seen.append(both(clinic, paths))
    for quick, slow in seen:
        assert quick == slow
    assert [quick[1:4] for quick, _ in seen] == [
        ("welcome", None, {}),
        ("checkin", checkin.id, {}),
        ("checkin", checkin.id, {"overall-feeling": "uneasy"}),
        ("checkin", checkin.id, {"overall-feeling": "uneasy", "nausea": 3}),
        ("checkin", checkin.id, {"overall-feeling": "uneasy"}),
        ("hub", None, {}),
        ("checkin", ready.id, {}),
        ("goodbye", None, {}),
    ]
    assert seen[0][0][4:] == ("es", "Maya")
    clinic.visits.end(visit.id, VisitStatus.DISCHARGED, staff_id=1)
    assert both(clinic, paths) == (None, None)
    with sqlite3.connect(paths.default_database) as raw:
        assert raw.execute(f"SELECT COUNT(*) FROM {RESUME_TABLE}").fetchone() == (0,)


def test_a_due_checkin_and_a_new_visit_in_the_bay_move_the_row(clinic, paths, clock):
    first = clinic.visits.start(patient_label="Sam P.", bay=BAY, treatment=Treatment.ESKETAMINE)
    clinic.checkins.refresh_schedule(first)  # the first check-in falls due
    assert both(clinic, paths)[0][:2] == (first.id, "hub")
    second = clinic.visits.start(patient_label="Lee K.", bay=BAY,
                                 treatment=Treatment.IV_KETAMINE)
    assert clinic.visits.get(first.id).status is VisitStatus.CANCELLED
    quick, slow = both(clinic, paths)
    assert quick == slow
    assert quick[:2] == (second.id, "welcome")
    assert quick[5] == "Lee"


def test_an_answer_refused_leaves_the_row_as_it_was(clinic, paths):
    visit = clinic.visits.start(patient_label="Maya R.", bay=BAY,
                                treatment=Treatment.IV_KETAMINE)
    checkin = clinic.checkins.start_now(visit.id, CheckinKind.CHECKIN)
    clinic.checkins.record_answer(checkin.id, "overall-feeling", "okay")
    before = both(clinic, paths)
    with pytest.raises(ValueError):
        clinic.checkins.record_answer(checkin.id, "nausea", 99)
    assert both(clinic, paths) == before


def test_an_upgraded_database_gets_its_row_at_the_first_full_start(clinic, paths):
    visit = clinic.visits.start(patient_label="Maya R.", bay=BAY,
                                treatment=Treatment.IV_KETAMINE)
    checkin = clinic.checkins.start_now(visit.id)
    clinic.checkins.record_answer(checkin.id, "overall-feeling", "uneasy")
    with sqlite3.connect(paths.default_database) as raw:  # as after migrating to 0003
        raw.execute(f"DELETE FROM {RESUME_TABLE}")
    assert peek_bay(paths.default_database, BAY) is None  # the quick path waits ...
    resume = clinic.resume.for_bay(BAY)  # ... for the full start, which writes the row
    assert (resume.screen, resume.checkin.id) == (RestartScreen.CHECKIN, checkin.id)
    quick, slow = both(clinic, paths)
    assert quick == slow and quick[3] == {"overall-feeling": "uneasy"}


def test_a_changed_table_the_quick_path_does_not_know_is_left_to_the_full_start(clinic, paths):
    clinic.visits.start(patient_label="Maya R.", bay=BAY, treatment=Treatment.IV_KETAMINE)
    assert peek_bay(paths.default_database, BAY) is not None
    with sqlite3.connect(paths.default_database) as raw:
        raw.execute(f"ALTER TABLE {RESUME_TABLE} RENAME COLUMN first_name TO greeting")
    assert peek_bay(paths.default_database, BAY) is None
