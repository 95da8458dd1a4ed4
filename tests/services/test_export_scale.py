"""Exports of any size: chunked reads, streamed files, progress, cancel; SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
import os
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text

from bench.history import _one_visit
from kiosk.services.container import build_services
from kiosk.services.export import CHUNK, ExportCancelled
from kiosk.services.export_process import ExportProcess
from kiosk.storage import models as m

SERVER = os.environ.get("KIOSK_TEST_POSTGRES_URL")


def fill(db, visits: int) -> tuple[datetime, datetime]:
    """``visits`` finished visits over the past year (bench/history.py's rows)."""
    rng = random.Random(3)
    now = datetime.now(UTC).replace(microsecond=0)
    start = now - timedelta(days=366)
    step = timedelta(days=365) / visits
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in ("visit", "checkin", "answer",
                                                             "observation", "alert", "audit")}
    checkin_id = 0
    for visit_id in range(1, visits + 1):
        checkin_id = _one_visit(rows, rng, visit_id, checkin_id, start + step * (visit_id - 1))
    with db.engine.begin() as c:
        c.execute(m.Staff.__table__.insert(), [
            {"id": n, "name": f"Nurse {n}", "role": "nurse", "pin_hash": "x", "failed_tries": 0,
             "lock_count": 0, "active": True, "created_at": start} for n in range(1, 9)])
        for key, table in (("visit", m.Visit), ("checkin", m.CheckIn), ("answer", m.Answer),
                           ("observation", m.Observation), ("alert", m.Alert)):
            c.execute(table.__table__.insert(), rows[key])
        if db.engine.dialect.name == "postgresql":  # explicit ids: move the sequences on
            for table in ("staff", "visit", "checkin"):
                c.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                               f"(SELECT max(id) FROM {table}))"))
    return start - timedelta(days=1), now + timedelta(days=1)


def _rows(path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _export_everything(services, visits: int) -> None:
    since, until = fill(services.db, visits)
    seen: list[tuple[int, int]] = []
    result = services.export.export(since, until, staff_id=None,
                                    progress=lambda done, total: seen.append((done, total)))
    assert result.visit_count == visits
    assert seen[-1] == (visits, visits) and len(seen) == -(-visits // CHUNK)
    with services.db.unit() as s:
        answers = s.scalar(select(func.count()).select_from(m.Answer))
    assert len(_rows(result.folder / "visits.csv")) == visits
    assert len(_rows(result.folder / "answers.csv")) == answers
    bundles = sorted((result.folder / "fhir").iterdir())
    assert len(bundles) == visits
    last = json.loads((result.folder / "fhir" / f"visit-{visits}.json").read_text())
    responses = [e for e in last["entry"]
                 if e["resource"]["resourceType"] == "QuestionnaireResponse"]
    assert len(responses) == 8  # 7 check-ins and the ready-to-go form with answers
    assert not list(result.folder.parent.glob("*.partial"))


def test_export_of_many_visits_is_chunked_and_complete_on_sqlite(services):
    _export_everything(services, CHUNK * 2 + 37)


def _export_in_a_child(services, visits: int) -> None:
    """The page's way: a child process writes, messages come back over its stdout."""
    since, until = fill(services.db, visits)
    child = ExportProcess(services.export.job(since, until))
    assert child.pid != os.getpid()
    messages = list(child.messages())
    assert child.wait() == 0
    progress = [m for m in messages if m[0] == "progress"]
    assert progress[-1] == ("progress", visits, visits) and len(progress) == -(-visits // CHUNK)
    verdict, result = messages[-1]
    assert verdict == "done" and result.visit_count == visits
    assert len(_rows(result.folder / "visits.csv")) == visits
    assert len(list((result.folder / "fhir").iterdir())) == visits
    assert not list(result.folder.parent.glob("*.partial"))
    assert services.audit.events() == [], "the parent audits, not the child"


def test_a_child_process_exports_on_sqlite(services):
    _export_in_a_child(services, CHUNK + 7)


def test_cancel_leaves_nothing_behind(services):
    since, until = fill(services.db, CHUNK + 10)
    calls: list[int] = []

    def stop_after_first() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ExportCancelled):
        services.export.export(since, until, staff_id=None, cancelled=stop_after_first)
    assert not services.paths.exports.exists() or not any(services.paths.exports.iterdir())
    assert services.audit.events() == [], "a cancelled export is not audited as done"


@pytest.fixture
def pg_services(settings, clock, paths, questionnaires, request):
    if not SERVER:
        pytest.skip("KIOSK_TEST_POSTGRES_URL not set")
    db = request.getfixturevalue("pg_db")
    return build_services(settings=settings, clock=clock, paths=paths, db=db,
                          questionnaires=questionnaires)


@pytest.mark.postgres
def test_export_of_many_visits_on_postgres(pg_services):
    _export_everything(pg_services, CHUNK * 2 + 37)


@pytest.mark.postgres
def test_a_child_process_exports_on_postgres(pg_services):
    _export_in_a_child(pg_services, CHUNK + 7)


@pytest.mark.postgres
@pytest.mark.slow(thorough=True)
def test_export_of_a_year_on_postgres(pg_services):
    """20,000 visits: the range that failed with "number of parameters must be ..."."""
    _export_everything(pg_services, 20_000)
