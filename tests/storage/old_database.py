"""A database at the previous schema revision, with rows, for the migration fault tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from kiosk.storage import migrate
from kiosk.storage.db import make_engine, sqlite_url

PREVIOUS = "0001"


def make_old_database(path: Path, *, visits: int = 400) -> dict[str, int]:
    """Write ``visits`` visits (3 check-ins of 4 answers each) at revision 0001."""
    engine = make_engine(sqlite_url(path))
    migrate.upgrade_if_needed(engine, backups=None, target=PREVIOUS)
    t = datetime(2026, 3, 1, 9, 30)
    with engine.begin() as c:
        c.execute(text("INSERT INTO staff (id, name, role, pin_hash, failed_tries, lock_count,"
                       " active, created_at) VALUES (1, 'Ana', 'admin', 'x', 0, 0, 1, :t)"),
                  {"t": t})
        c.execute(text("INSERT INTO visit (id, patient_label, bay, treatment, infusion_end,"
                       " language, status, created_at) VALUES (:id, :label, 'Bay 2',"
                       " 'esketamine', :t, 'en', 'recovering', :t)"),
                  [{"id": v, "label": f"Patient {v}", "t": t} for v in range(1, visits + 1)])
        c.execute(text("INSERT INTO checkin (id, visit_id, questionnaire_url,"
                       " questionnaire_version, kind, status, due_at, entered_by)"
                       " VALUES (:id, :v, 'u', '1', 'checkin', 'completed', :t, 'patient')"),
                  [{"id": v * 3 + k, "v": v, "t": t}
                   for v in range(1, visits + 1) for k in range(3)])
        c.execute(text("INSERT INTO answer (checkin_id, link_id, value_type, value_json,"
                       " answered_at) VALUES (:c, :link, 'integer', '5', :t)"),
                  [{"c": v * 3 + k, "link": f"q{n}", "t": t}
                   for v in range(1, visits + 1) for k in range(3) for n in range(4)])
    engine.dispose()
    return counts(path)


def counts(path: Path) -> dict[str, int]:
    """Rows per table that both revisions have."""
    engine = make_engine(sqlite_url(path))
    with engine.connect() as c:
        result = {table: int(c.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
                  for table in ("staff", "visit", "checkin", "answer")}
    engine.dispose()
    return result
