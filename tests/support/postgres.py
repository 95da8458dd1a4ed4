"""Reaching the test PostgreSQL server the ways docs/deployment.md tells a clinic to.

Shared by the PostgreSQL security, TLS and stalled-link tests:

* :func:`pg_url`: a server URL with some of its parts or query options changed;
* :func:`libpq_files`: a passfile and a service file for a URL, so that the app's
  own URL names only the service and holds no password;
* :func:`run_check`: ``main.py --db URL --check`` in a child process.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import make_url

ROOT = Path(__file__).resolve().parents[2]


def pg_url(url: str, query: Mapping[str, str] | None = None, **parts: object) -> str:
    """``url`` with ``parts`` replaced (``host``, ``port``, ``username``, ``password``...)
    and ``query`` options added; the password, if any, is kept in the text."""
    parsed = make_url(url).set(**parts)
    if query:
        parsed = parsed.update_query_dict(dict(query))
    return parsed.render_as_string(hide_password=False)


def libpq_files(folder: Path, url: str, service: str, **options: str) -> tuple[Path, Path]:
    """A passfile (mode 0600) with ``url``'s password, and a service file whose
    ``[service]`` names ``url``'s host, port, user and database, then ``options``
    (``sslmode``, ``sslrootcert``...). Returns (passfile, service file)."""
    server = make_url(url)
    port = server.port or 5432
    passfile = folder / "pgpass"
    passfile.write_text(f"{server.host}:{port}:*:{server.username}:{server.password}\n")
    passfile.chmod(0o600)
    service_file = folder / "pg_service.conf"
    settings = {"host": server.host, "port": port, "user": server.username,
                "dbname": server.database, **options}
    service_file.write_text(f"[{service}]\n"
                            + "".join(f"{key}={value}\n" for key, value in settings.items()))
    return passfile, service_file


def run_check(url: str, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """``main.py --db url --check`` with ``env``, its output captured (no exit-code check)."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", url, "--check"],
                          env=dict(env), capture_output=True, text=True, timeout=60,
                          check=False)
