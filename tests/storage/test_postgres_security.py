"""PostgreSQL: the documented grants and passwords that never sit in a URL (TLS:
tests/storage/test_postgres_tls.py).

Needs KIOSK_TEST_POSTGRES_URL (the owner, as in `.ci/run`) and, for the grants,
an app role ``kiosk_app`` (password ``kiosk_app``) that `.ci/run` creates.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import make_url, text
from sqlalchemy.exc import ProgrammingError

from kiosk.domain.errors import StorageError
from kiosk.services.audit import AuditService
from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService
from kiosk.storage.audit_chain import verify_chain
from kiosk.storage.db import open_database
from tests.support.postgres import libpq_files, pg_url, run_check

ROOT = Path(__file__).resolve().parents[2]
SERVER = os.environ.get("KIOSK_TEST_POSTGRES_URL")
APP_ROLE, APP_PASSWORD = "kiosk_app", "kiosk_app"
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not SERVER, reason="KIOSK_TEST_POSTGRES_URL not set")]


def grants_sql(role: str) -> list[str]:
    body = (ROOT / "docs" / "postgres-roles.sql").read_text()
    lines = [line for line in body.splitlines() if line.strip() and not line.startswith("--")]
    return [s.strip() for s in "\n".join(lines).replace(':"app_role"', f'"{role}"').split(";")
            if s.strip()]


def test_the_app_role_may_add_audit_events_but_never_change_them(pg_db, clock):
    owner = pg_db  # the owner has migrated it
    StaffService(owner, clock, TEST_PARAMS).create_first_admin("Ada", "246810")
    with owner.engine.begin() as c:
        for statement in grants_sql(APP_ROLE):
            c.execute(text(statement))
    try:
        app = open_database(pg_url(pg_db.url, username=APP_ROLE, password=APP_PASSWORD))
    except StorageError as exc:
        pytest.skip(f"no {APP_ROLE} role on this server ({exc}); .ci/run creates it")
    try:
        staff = StaffService(app, clock, TEST_PARAMS)
        assert staff.verify_pin(1, "000001").ok is False  # counters: UPDATE on staff allowed
        assert staff.verify_pin(1, "246810").ok
        AuditService(app, clock).record("export", detail="counts only")
        for statement in ("UPDATE audit_event SET detail = 'x'", "DELETE FROM audit_event",
                          "TRUNCATE audit_event", "UPDATE alembic_version SET version_num = 'x'"):
            with pytest.raises(ProgrammingError, match="permission denied"), \
                    app.engine.begin() as c:
                c.execute(text(statement))
        with app.engine.connect() as c:
            report = verify_chain(c)
        assert report.ok and report.checked == 5  # added, code, failed, login, export
    finally:
        app.close()
    with pytest.raises(Exception, match="audit events cannot be changed"), \
            pg_db.engine.begin() as c:  # even the owner meets the trigger
        c.execute(text("DELETE FROM audit_event"))


def test_passwords_come_from_a_passfile_or_a_service_file(pg_empty_url, tmp_path):
    # An empty database (pg_empty_url): --check answers "no schema yet" once let in.
    passfile, services = libpq_files(tmp_path, pg_empty_url, "kiosk_test", sslmode="prefer")
    env = {**os.environ, "PGPASSFILE": str(passfile), "PGSERVICEFILE": str(services),
           "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(tmp_path / "d")}
    for var in ("PGPASSWORD", "KIOSK_DATABASE_URL"):
        env.pop(var, None)
    parsed = make_url(pg_empty_url)
    no_password = (f"postgresql://{parsed.username}@{parsed.host}:{parsed.port or 5432}"
                   f"/{parsed.database}")
    service_url = "postgresql+psycopg:///?service=kiosk_test"
    for url in (no_password, service_url):
        assert make_url(url).password is None
        done = run_check(url, env)
        # --check opens without migrating: an empty database has no schema yet,
        # which is the answer from a server that let us in.
        assert "no schema yet" in done.stderr, done.stderr
    env_only = {**env, "PGPASSFILE": str(tmp_path / "none"), "PGPASSWORD": parsed.password}
    done = run_check(no_password, env_only)
    assert "no schema yet" in done.stderr, done.stderr
    no_secret = {**env_only, "PGPASSWORD": ""}
    refused = run_check(no_password, no_secret)
    assert refused.returncode == 2 and "no password supplied" in refused.stderr
