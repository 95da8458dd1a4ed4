"""The standard-library look at a bay agrees with the services, and refuses what it cannot trust."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.domain.records import CheckinKind, Treatment, VisitStatus
from kiosk.storage.peek import peek_bay, sqlite_file

BAY = "Bay 3"


@pytest.fixture
def clinic(services):
    services.staff.create_first_admin("Ana Admin", "482916")
    return services


def mid_checkin(services, *, bay=BAY, language="en"):
    visit = services.visits.start(patient_label="Maya R.", bay=bay, language=language,
                                  treatment=Treatment.IV_KETAMINE)
    checkin = services.checkins.start_now(visit.id)
    services.checkins.record_answer(checkin.id, "overall-feeling", "uneasy")
    services.checkins.record_answer(checkin.id, "nausea", 3)
    return visit, checkin


def test_agrees_with_the_services_on_visit_checkin_and_answers(clinic, paths):
    visit, _ = mid_checkin(clinic, language="es")
    clinic.settings_store.save(clinic.settings, "clinic", "name", "Harbor Clinic", staff_id=1)
    resume = clinic.checkins.resume_point(visit.id)
    peek = peek_bay(paths.default_database, BAY)
    assert peek is not None
    assert peek.visit_id == clinic.visits.active_for_bay(BAY).id == visit.id
    assert peek.language == "es"
    assert peek.checkin_id == resume.checkin.id
    assert peek.checkin_kind == CheckinKind.CHECKIN
    assert peek.questionnaire_url == resume.checkin.questionnaire_url
    assert peek.answers == resume.answers == {"overall-feeling": "uneasy", "nausea": 3}
    assert peek.stored_settings == clinic.settings_store.stored()


def test_the_newest_started_checkin_wins_as_in_the_service(clinic, paths):
    visit, _ = mid_checkin(clinic)
    later = clinic.checkins.start_now(visit.id, CheckinKind.READY_TO_GO)
    peek = peek_bay(paths.default_database, BAY)
    assert peek is not None
    assert peek.checkin_id == later.id == clinic.checkins.resume_point(visit.id).checkin.id
    assert peek.checkin_kind == "ready_to_go"
    assert peek.answers == {}


def test_between_checkins_names_the_screen_the_flow_restarts_on(clinic, paths):
    assert peek_bay(paths.default_database, BAY) is None  # no patient
    visit = clinic.visits.start(patient_label="Maya R.", bay=BAY,
                                treatment=Treatment.IV_KETAMINE)
    peek = peek_bay(paths.default_database, BAY)
    assert (peek.screen, peek.first_name, peek.checkin_id) == ("welcome", "Maya", None)
    assert peek_bay(paths.default_database, "Bay 9") is None  # another bay
    checkin = clinic.checkins.start_now(visit.id)
    assert peek_bay(paths.default_database, BAY).screen == "checkin"
    clinic.checkins.complete(checkin.id)
    assert peek_bay(paths.default_database, BAY).screen == "hub"
    ready = clinic.checkins.start_now(visit.id, CheckinKind.READY_TO_GO)
    assert peek_bay(paths.default_database, BAY).screen == "checkin"
    clinic.checkins.complete(ready.id)
    assert peek_bay(paths.default_database, BAY).screen == "goodbye"
    clinic.visits.end(visit.id, VisitStatus.DISCHARGED, staff_id=1)
    assert peek_bay(paths.default_database, BAY) is None


def test_a_first_run_is_left_to_the_full_start(services, paths):
    mid_checkin(services)  # no staff account yet: the first admin must be created
    assert peek_bay(paths.default_database, BAY) is None


def test_another_schema_revision_is_not_trusted(clinic, paths):
    mid_checkin(clinic)
    with sqlite3.connect(paths.default_database) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0001'")
    assert peek_bay(paths.default_database, BAY) is None


def test_missing_damaged_or_locked_files_give_none(clinic, paths, tmp_path):
    assert peek_bay(tmp_path / "absent.sqlite3", BAY) is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert peek_bay(junk, BAY) is None
    mid_checkin(clinic)
    clinic.db.close()
    holder = sqlite3.connect(paths.default_database, isolation_level=None)
    try:  # another process holds the file exclusively (WAL without shared memory)
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        assert peek_bay(paths.default_database, BAY) is None
    finally:
        holder.close()
    assert peek_bay(paths.default_database, BAY) is not None


def test_reading_changes_nothing(clinic, paths):
    mid_checkin(clinic)
    before = paths.default_database.read_bytes()
    peek_bay(paths.default_database, BAY)
    assert paths.default_database.read_bytes() == before


@pytest.mark.parametrize(("url", "expected"), [
    (None, Path("/data/kiosk.sqlite3")),
    ("sqlite:////srv/kiosk/unit.sqlite3", Path("/srv/kiosk/unit.sqlite3")),
    ("sqlite:///relative.sqlite3", Path("relative.sqlite3")),
    ("sqlite://", None),
    ("sqlite:///:memory:", None),
    ("sqlite:///file.db?mode=ro", None),
    ("postgresql://kiosk@server/kiosk", None),
])
def test_only_plain_sqlite_files_are_peeked(url, expected):
    assert sqlite_file(url, Path("/data/kiosk.sqlite3")) == expected
