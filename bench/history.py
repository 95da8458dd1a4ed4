"""A year of a busy clinic's history, generated fast and cached on disk.

Finished visits with their check-ins, answers, observations, alerts and audit
events go in with SQLAlchemy Core ``executemany`` in a few large transactions
(no ORM objects). The file is cached under ``~/.cache/recovery-kiosk-bench``
keyed by generator version, schema revision and size, so reruns only copy it.
Active visits are added afterwards with the real services (:func:`add_active`).
"""

from __future__ import annotations

import json
import os
import random
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.domain.records import Treatment
from kiosk.services.container import Services
from kiosk.services.observations import ObservationEntry
from kiosk.storage import models as m
from kiosk.storage.db import make_engine, open_database, sqlite_url
from kiosk.storage.migrate import HEAD_REVISION

GENERATOR_VERSION = 1
CHUNK = 1000
"""Visits per transaction."""
RECURRING = 7
"""Completed recurring check-ins per finished visit (plus one missed, one ready-to-go)."""
ACTIVE = 12


CACHE_ENV = "KIOSK_BENCH_CACHE"


def cache_dir() -> Path:
    """Where generated databases are kept between runs (``KIOSK_BENCH_CACHE`` overrides)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "recovery-kiosk-bench"


def history_database(visits: int) -> Path:
    """The cached history database with ``visits`` finished visits (built if missing)."""
    target = cache_dir() / f"history-g{GENERATOR_VERSION}-r{HEAD_REVISION}-{visits}.sqlite3"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        building = target.with_suffix(".building")
        building.unlink(missing_ok=True)
        generate(building, visits)
        building.rename(target)
    return target


def install_copy(source: Path, database: Path) -> None:
    """Copy a generated database to where the app expects its file."""
    database.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, database)


def _checkin_answers(rng: random.Random) -> list[tuple[str, str, Any]]:
    nausea = rng.choice([0, 0, 1, 2, 3, 5])
    rows = [("overall-feeling", "string", rng.choice(["calm", "okay", "uneasy"])),
            ("nausea", "integer", nausea)]
    if nausea:
        rows.append(("nausea-trend", "string", rng.choice(["better", "same"])))
    rows += [("vomiting", "boolean", False), ("dizziness", "integer", rng.randint(0, 4)),
             ("pain", "integer", rng.randint(0, 3)),
             ("disconnected", "integer", rng.randint(0, 6)),
             ("clarity", "integer", rng.randint(4, 10)), ("red-flags", "codes", ["none"]),
             ("wants-nurse", "boolean", False)]
    return rows


READY_ANSWERS = [("feelings-now", "codes", ["calm"]), ("asq-1", "string", "no"),
                 ("asq-2", "string", "no"), ("asq-3", "string", "no"),
                 ("asq-4", "string", "no"), ("escort-confirmed", "boolean", True),
                 ("no-driving-ack", "boolean", True),
                 ("integration-interest", "string", "maybe")]


def generate(path: Path, visits: int, *, seed: int = 5) -> None:
    """Write a migrated database at ``path`` holding ``visits`` finished visits."""
    open_database(sqlite_url(path)).close()  # schema at head, through the real migrations
    engine = make_engine(sqlite_url(path))
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(microsecond=0)
    start = now - timedelta(days=366)
    step = timedelta(days=365) / max(visits, 1)
    checkin_id = 0
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA synchronous=OFF")
        conn.commit()
        with conn.begin():
            conn.execute(m.Staff.__table__.insert(), [
                {"id": n, "name": f"Nurse {n}", "role": "nurse", "pin_hash": "x",
                 "failed_tries": 0, "lock_count": 0, "active": True, "created_at": start}
                for n in range(1, 9)])
        for first in range(1, visits + 1, CHUNK):
            rows: dict[str, list[dict[str, Any]]] = {
                "visit": [], "checkin": [], "answer": [], "observation": [], "alert": [],
                "audit": []}
            for visit_id in range(first, min(first + CHUNK, visits + 1)):
                checkin_id = _one_visit(rows, rng, visit_id, checkin_id,
                                        start + step * (visit_id - 1))
            with conn.begin():
                for key, table in (("visit", m.Visit), ("checkin", m.CheckIn),
                                   ("answer", m.Answer), ("observation", m.Observation),
                                   ("alert", m.Alert), ("audit", m.AuditEvent)):
                    conn.execute(table.__table__.insert(), rows[key])  # type: ignore[attr-defined]
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.commit()
    engine.dispose()


def _one_visit(rows: dict[str, list[dict[str, Any]]], rng: random.Random, visit_id: int,
               checkin_id: int, arrived: datetime) -> int:
    """Append one finished visit's rows; return the last check-in id used."""
    nurse = rng.randint(1, 8)
    treatment = rng.choice([Treatment.IV_KETAMINE, Treatment.ESKETAMINE]).value
    infusion_end = arrived + timedelta(minutes=45)
    left = infusion_end + timedelta(minutes=rng.randint(90, 150))
    status = "cancelled" if rng.random() < 0.04 else "discharged"
    rows["visit"].append({
        "id": visit_id, "patient_label": f"Pat {visit_id % 997}.", "record_number": None,
        "bay": f"Bay {rng.randint(1, 12)}", "treatment": treatment,
        "infusion_end": infusion_end, "baseline_systolic": rng.randint(105, 140),
        "baseline_diastolic": rng.randint(65, 90), "baseline_pulse": rng.randint(58, 90),
        "language": "en", "status": status, "created_at": arrived, "created_by_id": nurse,
        "status_changed_at": left, "status_changed_by_id": nurse, "override_reason": None,
        "escort_confirmed": True, "safety_assessed_at": None, "safety_assessed_by_id": None})
    plan = [("checkin", "completed")] * RECURRING + [("checkin", "missed"),
                                                     ("ready_to_go", "completed")]
    for n, (kind, state) in enumerate(plan):
        checkin_id += 1
        due = infusion_end + timedelta(minutes=15 * n)
        done = due + timedelta(minutes=3) if state == "completed" else None
        url = ("urn:kiosk:checkin" if kind == "checkin" else "urn:kiosk:ready")
        rows["checkin"].append({
            "id": checkin_id, "visit_id": visit_id, "questionnaire_url": url,
            "questionnaire_version": "1", "kind": kind, "status": state, "due_at": due,
            "started_at": due + timedelta(minutes=1) if done else None, "completed_at": done,
            "entered_by": "patient"})
        if done is None:
            continue
        answers = _checkin_answers(rng) if kind == "checkin" else READY_ANSWERS
        for k, (link_id, value_type, value) in enumerate(answers):
            rows["answer"].append({
                "checkin_id": checkin_id, "link_id": link_id, "value_type": value_type,
                "value_json": json.dumps(value), "answered_at": due + timedelta(seconds=10 * k)})
    for n in range(4):
        rows["observation"].append({
            "visit_id": visit_id, "taken_at": infusion_end + timedelta(minutes=30 * n),
            "entered_by_id": nurse, "systolic": rng.randint(105, 145),
            "diastolic": rng.randint(65, 92), "pulse": rng.randint(58, 95), "spo2": 97,
            "on_room_air": True, "resp_rate": 14, "moaas": 5, "ambulation": 2,
            "nausea_vomiting": 2, "pain": 1, "dissociation": "resolved", "padss_total": 10})
    if visit_id % 2 == 0:
        raised = infusion_end + timedelta(minutes=20)
        rows["alert"].append({
            "visit_id": visit_id, "cause": "Patient asked for a nurse", "rule_id": "call-nurse",
            "severity": "request", "raised_at": raised, "checkin_id": None,
            "acknowledged_at": raised + timedelta(minutes=2), "acknowledged_by_id": nurse,
            "note": None})
    for action, at in (("visit_opened", arrived), (f"visit_{status}", left)):
        rows["audit"].append({"at": at, "staff_id": nurse, "action": action,
                              "visit_id": visit_id, "detail": None})
    return checkin_id


def add_active(services: Services, count: int = ACTIVE, *, seed: int = 12) -> list[int]:
    """Open ``count`` recovering visits through the real services, as a busy morning.

    Each has some completed check-ins, an observation or two, and a few have an
    open alert, so every board column has something to show.
    """
    from bench.fixtures import sample_answer

    rng = random.Random(seed)
    now = services.clock.now()
    ids = []
    for n in range(1, count + 1):
        visit = services.visits.start(
            patient_label=f"Active {chr(64 + n)}.", bay=f"Bay {n}",
            treatment=rng.choice(list(Treatment)),
            infusion_end=now - timedelta(minutes=10 * n), baseline_systolic=120,
            baseline_diastolic=80, baseline_pulse=70)
        for _ in range(n % 4):
            checkin = services.checkins.start_now(visit.id)
            q = services.checkins.questionnaire_for(checkin)
            answers: dict[str, object] = {}
            item = q.next_item(answers, None)
            while item is not None:
                value = sample_answer(item)
                if value is not None:
                    services.checkins.record_answer(checkin.id, item.link_id,
                                                    value)  # type: ignore[arg-type]
                    answers[item.link_id] = value
                item = q.next_item(answers, item.link_id)  # type: ignore[arg-type]
            services.checkins.complete(checkin.id)
        for _ in range(1 + n % 2):
            services.observations.record(visit.id, ObservationEntry(
                systolic=118, diastolic=78, pulse=72, spo2=98, on_room_air=True, moaas=5,
                ambulation=2, nausea_vomiting=2, pain=1, dissociation="resolved"), staff_id=None)
        if n % 5 == 0:
            services.alerts.call_nurse(visit.id)
        ids.append(visit.id)
    return ids
