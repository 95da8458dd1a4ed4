"""Benchmark 7: alert to station board, across two real processes.

The station is this process: the real services with the live feed started as
the app starts it, and a real ``BoardPage`` shown at 1280x800. The tablet is
another process (``bench/remote_tablet.py``) on the same database, raising an
urgent alert through the real services on command. Each trial runs from the
tablet's commit (its ``time.time()`` right after the commit returns) until the
station's board has painted the row with that alert (our ``time.time()`` at the
viewport's paint event after the row arrived). Between trials the station
resolves the alert, untimed, and waits for the board to clear it.

On SQLite (``PRAGMA data_version`` + change rows) always; on PostgreSQL
(``LISTEN/NOTIFY``) when ``KIOSK_BENCH_POSTGRES_URL`` or
``KIOSK_TEST_POSTGRES_URL`` names a server (a database is created and dropped).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject

from bench.common import ROOT, SIZES, Figure, child_env, percentile, run_child

TARGET_P95_MS = 150.0
TRIALS = {"tiny": 5, "full": 40}


class _Painted(QObject):
    """Notes the wall-clock time of each paint of one widget."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.time())
        return False


def trials(url: str, data: Path, count: int) -> list[float]:
    """Latencies (ms) of ``count`` alerts from a tablet process to this board."""
    from bench.qt_probe import themed_app, wait_until
    from kiosk.app import prepare
    from kiosk.cli import Options
    from kiosk.paths import AppPaths
    from kiosk.views.nurse.board_model import ALERT
    from kiosk.views.nurse.board_page import BoardPage

    app = themed_app()
    options = Options(db_url=url, config=None, windowed=False, demo=False, station="nurse")
    services = prepare(options, paths=AppPaths(root=ROOT, data_dir=data)).services
    from kiosk.domain.records import Treatment

    visit = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    services.start_live()
    assert services.remote is not None and services.remote.ready.wait(10)
    page = BoardPage(services)
    page.resize(1280, 800)
    page.show()
    painted = _Painted()
    page.form.boardTable.viewport().installEventFilter(painted)

    def alert_text() -> str:
        return str(page.model.index(0, ALERT).data() or "") if page.model.rows else ""

    wait_until(app, lambda: bool(page.model.rows))
    from bench.remote_tablet import KEY_ENV
    from kiosk.storage.cipher import key_of

    key = key_of(services.db.engine)  # the same encrypted file: the tablet needs its key
    env = {**child_env(), **({KEY_ENV: key.hex()} if key is not None else {})}
    tablet = subprocess.Popen([sys.executable, "-m", "bench.remote_tablet", url], cwd=ROOT,
                              env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    assert tablet.stdin is not None and tablet.stdout is not None
    assert tablet.stdout.readline().strip() == "ready"
    latencies: list[float] = []
    try:
        for _ in range(count):
            latencies.append(_one_alert(app, page, tablet, painted, visit.id, alert_text,
                                        services))
    finally:
        tablet.stdin.close()
        tablet.wait(30)
        tablet.stdout.close()
        page.form.boardTable.viewport().removeEventFilter(painted)
        page.close()
        page.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        services.close()
    return latencies


def _one_alert(app: Any, page: Any, tablet: subprocess.Popen[str], painted: _Painted,
               visit_id: int, alert_text: Callable[[], str], services: Any) -> float:
    """One trial: the tablet raises an alert; ms until the board has painted it."""
    from bench.qt_probe import wait_until

    assert tablet.stdin is not None and tablet.stdout is not None
    shown: list[float] = []

    def rows() -> None:
        if not shown and "Urgent" in alert_text():
            shown.append(time.time())

    page.rows_loaded.connect(rows)
    painted.times.clear()
    tablet.stdin.write(f"alert {visit_id}\n")
    tablet.stdin.flush()
    wait_until(app, lambda: bool(shown) and any(t >= shown[0] for t in painted.times))
    page.rows_loaded.disconnect(rows)
    _kind, alert_id, committed = tablet.stdout.readline().split()
    paint = next(t for t in painted.times if t >= shown[0])
    services.alerts.acknowledge(int(alert_id), staff_id=None)
    wait_until(app, lambda: "Urgent" not in alert_text())
    return (paint - float(committed)) * 1000


def _figures(key: str, label: str, samples: list[float]) -> list[Figure]:
    stats = {"p50": percentile(samples, 50), "p95": percentile(samples, 95)}
    return [
        Figure(f"alert_board.{key}_p50", f"Alert to station board, {label}, p50", "ms",
               samples, extra=stats),
        Figure(f"alert_board.{key}_p95", f"Alert to station board, {label}, p95", "ms",
               samples, target=TARGET_P95_MS, headline="p95", extra=stats),
    ]


def _postgres(server: str, data: Path, count: int) -> list[float]:
    from sqlalchemy import text

    from kiosk.storage.db import make_engine

    name = f"kiosk_bench_{uuid.uuid4().hex[:12]}"
    admin = make_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        return trials(server.rsplit("/", 1)[0] + f"/{name}", data, count)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def measure(size_name: str) -> list[Figure]:
    """p50 and p95 of alert-to-board on SQLite, and on PostgreSQL if a server is set."""
    count = TRIALS[SIZES[size_name].name]
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-alert-") as tmp:
        data = Path(tmp) / "data"
        from kiosk.paths import AppPaths
        from kiosk.storage.db import sqlite_url

        paths = AppPaths(root=ROOT, data_dir=data)
        paths.ensure_data_dir()
        figures += _figures("sqlite", "SQLite", trials(sqlite_url(paths.default_database),
                                                      data, count))
        server = os.environ.get("KIOSK_BENCH_POSTGRES_URL") \
            or os.environ.get("KIOSK_TEST_POSTGRES_URL")
        if server:
            figures += _figures("postgres", "PostgreSQL", _postgres(server, data, count))
    return figures


if __name__ == "__main__":
    run_child(measure)
