"""PostgreSQL over TLS: the app's own connections are encrypted and the server is verified.

Needs KIOSK_TEST_POSTGRES_URL and a server with TLS on. `.ci/run` turns it on
(`.ci/postgres-tls`: a self-signed certificate in the cluster's data folder,
``ALTER SYSTEM SET ssl = on`` and a reload) and names the certificate in
KIOSK_TEST_POSTGRES_CA; the ``tls_ca`` fixture does the same when the tests run
as root on the server's machine. docs/deployment.md describes it for a clinic.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import make_url, text
from sqlalchemy.engine import Engine

from kiosk.domain.errors import StorageError
from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService
from kiosk.storage.db import open_database
from tests.support.postgres import libpq_files, pg_url, run_check

ROOT = Path(__file__).resolve().parents[2]
SERVER = os.environ.get("KIOSK_TEST_POSTGRES_URL")
ENABLE_TLS = ROOT / ".ci" / "postgres-tls"
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not SERVER, reason="KIOSK_TEST_POSTGRES_URL not set")]

ON_TLS = "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"


@pytest.fixture(scope="session")
def tls_ca() -> Path:
    """The server's certificate (its own CA), TLS turned on first where we may."""
    named = os.environ.get("KIOSK_TEST_POSTGRES_CA")
    if named:
        return Path(named)
    if os.geteuid() != 0:
        pytest.skip("TLS on the test server: run .ci/postgres-tls as root, then set "
                    "KIOSK_TEST_POSTGRES_CA")
    done = subprocess.run([str(ENABLE_TLS)], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip())


def tls_of(engine: Engine) -> tuple[bool, str]:
    """Whether the engine's connection to the server is on TLS, and its version."""
    with engine.connect() as c:
        row = c.execute(text(ON_TLS)).one()
    return bool(row[0]), str(row[1])


def test_sslmode_require_puts_the_apps_connection_on_tls(pg_db, tls_ca):
    app = open_database(pg_url(pg_db.url, {"sslmode": "require"}))
    try:
        on, version = tls_of(app.engine)
        assert on and version.startswith("TLSv1.")
    finally:
        app.close()
    # The control: the check can fail.
    plain = open_database(pg_url(pg_db.url, {"sslmode": "disable"}))
    try:
        assert tls_of(plain.engine)[0] is False
    finally:
        plain.close()


@pytest.mark.parametrize("mode", ["verify-ca", "verify-full"])
def test_the_server_is_verified_against_its_certificate(pg_db, tls_ca, mode):
    app = open_database(pg_url(pg_db.url, {"sslmode": mode, "sslrootcert": str(tls_ca)}))
    try:
        assert tls_of(app.engine)[0] is True
    finally:
        app.close()


def test_a_server_the_root_certificate_does_not_vouch_for_is_refused(pg_db, tls_ca, tmp_path):
    stranger = tmp_path / "other-ca.crt"  # another self-signed certificate, not the server's
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=localhost", "-keyout", str(tmp_path / "other.key"),
                    "-out", str(stranger)], capture_output=True, check=True, timeout=60)
    with pytest.raises(StorageError, match="certificate verify failed"):
        open_database(pg_url(pg_db.url, {"sslmode": "verify-ca", "sslrootcert": str(stranger)}))


def test_a_service_file_and_passfile_give_tls_with_no_password_anywhere(
        pg_db, tls_ca, tmp_path, monkeypatch, clock):
    """The documented set-up: the URL names a service; host, TLS and user are in the
    service file, the password in the passfile; nothing secret on a command line."""
    StaffService(pg_db, clock, TEST_PARAMS).create_first_admin("Ada", "246810")
    passfile, service_file = libpq_files(tmp_path, pg_db.url, "kiosk", sslmode="verify-full",
                                         sslrootcert=str(tls_ca))
    database = make_url(pg_db.url).database
    url = "postgresql+psycopg:///?service=kiosk"
    assert make_url(url).password is None
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    app = open_database(url)
    try:
        assert tls_of(app.engine)[0] is True
        with app.engine.connect() as c:
            assert c.execute(text("SELECT current_database()")).scalar() == database
    finally:
        app.close()
    # The same from the command line: `main.py --check` over the service, exit 0.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(tmp_path / "d")}
    env.pop("KIOSK_DATABASE_URL", None)
    done = run_check(url, env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"{url}: OK (integrity, revision, foreign keys, staff, audit chain)")
