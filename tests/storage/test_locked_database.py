from __future__ import annotations

import sqlite3

import pytest

from kiosk.domain.records import Treatment
from kiosk.services.container import build_services
from kiosk.storage.db import StorageError, open_database, sqlite_url


def test_locked_database_gives_a_named_error_and_loses_nothing(
        paths, settings, clock, questionnaires):
    paths.ensure_data_dir()
    db = open_database(sqlite_url(paths.default_database), busy_timeout_ms=100)
    services = build_services(settings=settings, clock=clock, paths=paths, db=db,
                              questionnaires=questionnaires)
    visit = services.visits.start(patient_label="Ana P.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    checkin = services.checkins.refresh_schedule(visit)
    services.checkins.record_answer(checkin.id, "overall-feeling", "calm")

    other = sqlite3.connect(paths.default_database, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with pytest.raises(StorageError) as err:
            services.checkins.record_answer(checkin.id, "nausea", 2)
        assert "locked" in str(err.value)
        assert str(paths.default_database) in str(err.value)
    finally:
        other.rollback()
        other.close()

    services.checkins.record_answer(checkin.id, "nausea", 2)  # the retry succeeds
    assert services.checkins.answers(checkin.id) == {"overall-feeling": "calm", "nausea": 2}
    db.close()
