"""Benchmark 9: the care loop across two real processes (station and bay tablet).

The station is this process: the real services with the live feed, and the
real station shell (glance board, pager, paging banner) at 1280x800. The
tablet is another process (``tests/e2e/care_tablet.py``: real services, shell
and patient flow) on the same database.

- *alert to station banner*: from the tablet's commit of an urgent answer
  (its ``time.time()``) until the station's banner has painted that alert.
- *acknowledgement to tablet*: from the station's "I'm on my way" tap until
  the tablet's call state turns "on-way" (its ``time.time()``; both clocks are
  this machine's).

Between trials the station resolves the alert, untimed. SQLite always;
PostgreSQL when ``KIOSK_BENCH_POSTGRES_URL`` or ``KIOSK_TEST_POSTGRES_URL`` is set.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from bench.common import ROOT, SIZES, Figure, child_env, percentile, run_child

TARGET_P95_MS = 150.0
TRIALS = {"tiny": 5, "full": 30}


class _Painted(QObject):
    """Notes the wall-clock time of each paint of one widget."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.time())
        return False


def trials(url: str, data: Path, count: int) -> tuple[list[float], list[float]]:
    """(alert-to-banner ms, acknowledgement-to-tablet ms) of ``count`` trials."""
    from bench.qt_probe import themed_app, wait_until
    from kiosk.app import prepare
    from kiosk.cli import Options
    from kiosk.domain.records import Treatment
    from kiosk.paths import AppPaths
    from kiosk.views.shell import build_shell

    app = themed_app()
    options = Options(db_url=url, config=None, windowed=False, demo=False, station="nurse")
    services = prepare(options, paths=AppPaths(root=ROOT, data_dir=data / "station")).services
    nurse = services.staff.create_first_admin("Sam Ortiz", "135790")
    services.visits.start(patient_label="Maya R.", bay="Bay 1", treatment=Treatment.IV_KETAMINE)
    shell = build_shell(services, station="nurse", nurse_station=True)
    shell.window.resize(1280, 800)
    shell.window.show()
    services.start_live()
    assert services.remote is not None and services.remote.ready.wait(10)
    shell.sign_in(nurse)
    banner = shell.care.banner
    painted = _Painted()
    banner.installEventFilter(painted)
    from bench.remote_tablet import KEY_ENV
    from kiosk.storage.cipher import key_of

    key = key_of(services.db.engine)  # the same encrypted file: the tablet needs its key
    env = {**child_env(), **({KEY_ENV: key.hex()} if key is not None else {})}
    tablet = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "e2e" / "care_tablet.py"), url,
         str(data / "tablet"), "Bay 1"], cwd=ROOT, env=env, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True)
    lines: queue.Queue[list[str]] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x.split()) for x in tablet.stdout or ()],
                     daemon=True).start()

    def expect(*start: str) -> list[str]:
        while True:
            words = lines.get(timeout=30)
            if words[:len(start)] == list(start):
                return words

    expect("ready")
    to_banner: list[float] = []
    to_tablet: list[float] = []
    try:
        for _ in range(count):
            painted.times.clear()
            assert tablet.stdin is not None
            tablet.stdin.write("urgent\n")
            tablet.stdin.flush()
            _w, alert_id, committed = expect("urgent")
            wanted = int(alert_id)
            shown: list[float] = []

            def on_screen(wanted: int = wanted, shown: list[float] = shown) -> bool:
                item = banner.item
                if not shown and item is not None and item.alert is not None \
                        and item.alert.id == wanted:
                    shown.append(time.time())
                return bool(shown) and any(t >= shown[0] for t in painted.times)

            wait_until(app, on_screen)
            paint = next(t for t in painted.times if t >= shown[0])
            to_banner.append((paint - float(committed)) * 1000)
            expect("state", "sent")
            tapped = time.time()
            banner.on_way_button.click()
            words = expect("state", "on-way")
            to_tablet.append((float(words[2]) - tapped) * 1000)
            services.alerts.resolve(wanted, staff_id=nurse.id)
            expect("state", "none")
            wait_until(app, lambda: banner.item is None)  # hidden again: the next one paints
    finally:
        if tablet.stdin is not None:
            tablet.stdin.close()
        tablet.wait(30)
        shell.stop()
        app.processEvents()
        services.close()
    return to_banner, to_tablet


def _figures(key: str, label: str, samples: tuple[list[float], list[float]]) -> list[Figure]:
    out = []
    for name, title, values in (("banner", "Alert to station banner", samples[0]),
                                ("ack", "Acknowledgement to tablet", samples[1])):
        stats = {"p50": percentile(values, 50), "p95": percentile(values, 95)}
        out.append(Figure(f"care_loop.{name}_{key}_p95", f"{title}, {label}, p95", "ms",
                          values, target=TARGET_P95_MS, headline="p95", extra=stats))
    return out


def _postgres(server: str, data: Path, count: int) -> tuple[list[float], list[float]]:
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
    """p95 of both legs on SQLite, and on PostgreSQL if a server is set."""
    count = TRIALS[SIZES[size_name].name]
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-care-") as tmp:
        from kiosk.storage.db import sqlite_url

        data = Path(tmp)
        (data / "station").mkdir(mode=0o700)
        figures += _figures("sqlite", "SQLite",
                            trials(sqlite_url(data / "station" / "unit.sqlite3"), data,
                                   count))
        server = os.environ.get("KIOSK_BENCH_POSTGRES_URL") \
            or os.environ.get("KIOSK_TEST_POSTGRES_URL")
        if server:
            pg = Path(tmp) / "pg"
            (pg / "station").mkdir(parents=True, mode=0o700)
            figures += _figures("postgres", "PostgreSQL", _postgres(server, pg, count))
    return figures


if __name__ == "__main__":
    run_child(measure)
