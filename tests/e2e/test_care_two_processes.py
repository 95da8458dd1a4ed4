"""The care loop across two real processes: a bay tablet and the nurse station.

The tablet is ``tests/e2e/care_tablet.py`` (its own services, shell and live
feed); the station is this test process's shell. Real SQLite file, and real
PostgreSQL where ``KIOSK_TEST_POSTGRES_URL`` is set. Bounds are loose (1 s);
the bench measures the real figures.

* the care loop: an urgent answer pages the station, "on my way" reaches the tablet;
* escalation: the station's clock is a fake one the test moves (the tablet's is real),
  so two minutes without an acknowledgement pass in no time;
* supervision: a tablet killed with SIGKILL shows as not responding (banner, board,
  audit trail) and clears when a new tablet process reports again.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.domain.clock import Clock, FakeClock, SystemClock
from kiosk.domain.records import Treatment
from kiosk.services.container import Services, build_services
from kiosk.storage.db import Database, open_database
from kiosk.views.shell import Shell, build_shell

ROOT = Path(__file__).resolve().parents[2]
SERVER = os.environ.get("KIOSK_TEST_POSTGRES_URL")
PIN = "135790"
BOUND_S = 1.0


class TabletProcess:
    """The bay tablet's process and the lines it prints."""

    def __init__(self, url: str, data_dir: Path, bay: str = "Bay 1") -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "e2e" / "care_tablet.py"), url,
             str(data_dir), bay], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.expect("ready", timeout=60)[0] == "ready"

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def expect(self, *start: str, timeout: float = 10) -> list[str]:
        """The next line starting with ``start`` words (others are skipped)."""
        deadline = time.monotonic() + timeout
        while True:
            words = self.lines.get(timeout=max(0.01, deadline - time.monotonic())).split()
            if words[:len(start)] == list(start):
                return words

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        self._close_pipes()

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.send("quit")
                self.proc.wait(20)
            except (subprocess.TimeoutExpired, OSError):
                self.proc.kill()
                self.proc.wait(10)
        self._close_pipes()

    def _close_pipes(self) -> None:
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None and not pipe.closed:
                with contextlib.suppress(OSError):
                    pipe.close()


def station(db: Database, tmp_path: Path, qtbot,
            clock: Clock | None = None) -> tuple[Services, Shell]:
    from kiosk.domain.questionnaire import load_directory
    from kiosk.paths import AppPaths

    paths = AppPaths(root=ROOT, data_dir=tmp_path / "station")
    paths.ensure_data_dir()
    services = build_services(settings=Settings(), clock=clock or SystemClock(), paths=paths,
                              db=db,
                              questionnaires=load_directory(paths.questionnaires).questionnaires,
                              station="nurse")
    shell = build_shell(services, station="nurse", nurse_station=True)
    qtbot.addWidget(shell.window)
    shell.window.resize(1280, 800)
    shell.window.show()
    services.start_live()
    assert services.remote is not None and services.remote.ready.wait(10)
    return services, shell


def run_care_loop(db: Database, tmp_path: Path, qtbot) -> None:
    clock = SystemClock()
    from kiosk.services.staff import StaffService
    from kiosk.services.visits import VisitService

    nurse = StaffService(db, clock).create_first_admin("Sam Ortiz", PIN)
    VisitService(db, clock).start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    services, shell = station(db, tmp_path, qtbot)
    tablet = TabletProcess(db.url, tmp_path / "tablet")
    chimes: list[tuple[str, float]] = []
    shell.care.pager.announced.connect(lambda _key, kind: chimes.append((kind, time.time())))
    try:
        # An urgent answer on the tablet: banner and chime at the station within 1 s.
        tablet.send("urgent")
        _word, alert_id, committed = tablet.expect("urgent")
        banner = shell.care.banner
        qtbot.waitUntil(lambda: banner.item is not None and banner.item.alert is not None
                        and banner.item.alert.id == int(alert_id), timeout=3000)
        shown = time.time()
        assert shown - float(committed) < BOUND_S
        assert chimes and chimes[0][0] == "urgent" and chimes[0][1] - float(committed) < BOUND_S
        assert banner.isVisible() and "Urgent" in banner.title.text()
        tablet.expect("state", "sent")

        # "I'm on my way" at the station: the tablet says "Sam is on the way" within 1 s.
        banner.on_way_button.click()
        # The sign-in page reads its staff list on the worker thread.
        qtbot.waitUntil(lambda: nurse.id in shell.pin_page.staff_tiles, timeout=3000)
        shell.pin_page.staff_tiles[nurse.id].click()
        acknowledged = time.time()
        with qtbot.waitSignal(shell.pin_page.signed_in, timeout=3000):  # checked on the worker
            shell.pin_page.pad.type_pin(PIN)
        words = tablet.expect("state", "on-way", timeout=5)
        assert float(words[2]) - acknowledged < BOUND_S
        assert services.alerts.get(int(alert_id)).seen_by == "Sam Ortiz"
    finally:
        tablet.close()
        shell.stop()
        services.close()


def run_escalation(db: Database, tmp_path: Path, qtbot) -> None:
    """The tablet's real urgent answer, the station's pager on a fake clock."""
    from kiosk.services.visits import VisitService

    VisitService(db, SystemClock()).start(patient_label="Maya R.", bay="Bay 1",
                                          treatment=Treatment.IV_KETAMINE)
    clock = FakeClock(datetime.now(UTC))
    services, shell = station(db, tmp_path, qtbot, clock)
    tablet = TabletProcess(db.url, tmp_path / "tablet")
    pager, banner = shell.care.pager, shell.care.banner
    chimes: list[tuple[str, str]] = []
    pager.announced.connect(lambda key, kind: chimes.append((key, kind)))
    try:
        tablet.send("urgent")
        _word, alert_id, _committed = tablet.expect("urgent")
        key = f"alert:{alert_id}"
        qtbot.waitUntil(lambda: (key, "urgent") in chimes, timeout=3000)
        raised = services.alerts.get(int(alert_id)).raised_at
        escalate = timedelta(minutes=services.settings.care.escalate_urgent_minutes)
        assert escalate == timedelta(minutes=2)  # the default for urgent alerts

        def at(after: timedelta) -> list[str]:
            """Move the station's clock to ``after`` the raise; the chimes it gave."""
            before = len(chimes)
            clock.current = raised + after
            pager.tick(reload=False)
            return [kind for k, kind in chimes[before:] if k == key]

        assert at(escalate - timedelta(seconds=1)) == ["urgent"]  # the 10 s repeat
        assert not pager.policy.escalated(key)
        assert not banner.title.text().startswith("Waiting too long")
        assert at(escalate) == ["overdue"]  # unacknowledged: announced again, stronger
        assert banner.item is not None and banner.item.key == key and banner.item.escalated
        assert banner.title.text() == "Waiting too long \u2013 \u26a0 Urgent \u00b7 Bay 1"
        assert at(escalate + timedelta(seconds=5)) == []
        assert at(escalate + timedelta(seconds=10)) == ["overdue"]  # and it keeps repeating
        assert services.alerts.get(int(alert_id)).seen_at is None
    finally:
        tablet.close()
        shell.stop()
        services.close()


def _supervision_audit(services: Services) -> list[tuple[str, str | None]]:
    return [(e.action, e.detail) for e in reversed(services.audit.events())
            if e.action.startswith("tablet_")]


def run_supervision(db: Database, tmp_path: Path, qtbot) -> None:
    VisitService = __import__("kiosk.services.visits", fromlist=["VisitService"]).VisitService
    VisitService(db, SystemClock()).start(patient_label="Maya R.", bay="Bay 1",
                                          treatment=Treatment.IV_KETAMINE)
    services, shell = station(db, tmp_path, qtbot)
    tablet = TabletProcess(db.url, tmp_path / "tablet")
    pager = shell.care.pager
    try:
        assert "tablet:Bay 1" not in [i.key for i in pager.items]
        tablet.kill()  # crashed, powered off, off the network
        killed = time.monotonic()
        qtbot.waitUntil(lambda: "tablet:Bay 1" in [i.key for i in pager.items], timeout=30_000)
        assert time.monotonic() - killed <= 30
        assert shell.care.banner.title.text().endswith("Tablet not responding \u00b7 Bay 1")
        assert "Maya R." in shell.care.banner.detail.text()
        # An alert of its own: on the glance board's row too, and in the audit trail.
        board = shell.care.glance.board
        qtbot.waitUntil(lambda: "Bay 1" in board.model.silent_bays, timeout=30_000)
        assert board.model.index(0, 2).data() == "\u2298 Tablet not responding"
        assert _supervision_audit(services) == [("tablet_not_responding", "bay Bay 1")]
        tablet = TabletProcess(db.url, tmp_path / "tablet")  # back again
        qtbot.waitUntil(lambda: "tablet:Bay 1" not in [i.key for i in pager.items],
                        timeout=30_000)
        assert _supervision_audit(services) == [("tablet_not_responding", "bay Bay 1"),
                                                ("tablet_responding", "bay Bay 1")]
        qtbot.waitUntil(lambda: "Bay 1" not in board.model.silent_bays, timeout=30_000)
    finally:
        tablet.close()
        shell.stop()
        services.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=[
    pytest.mark.postgres,
    pytest.mark.skipif(not SERVER, reason="KIOSK_TEST_POSTGRES_URL not set")])])
def care_db(request, tmp_path) -> Iterator[Database]:
    """The shared database: a real SQLite file, then the test PostgreSQL server's."""
    if request.param == "postgres":
        yield request.getfixturevalue("pg_db")
        return
    from kiosk.storage.db import sqlite_url

    database = open_database(sqlite_url(tmp_path / "unit.sqlite3"))
    yield database
    database.close()


@pytest.mark.slow
def test_care_loop_between_tablet_and_station_processes(care_db, tmp_path, qtbot):
    run_care_loop(care_db, tmp_path, qtbot)


@pytest.mark.slow
def test_a_killed_tablet_shows_as_not_responding_and_clears_when_back(care_db, tmp_path,
                                                                      qtbot):
    run_supervision(care_db, tmp_path, qtbot)


@pytest.mark.slow
def test_an_unacknowledged_urgent_answer_escalates_on_a_fake_clock(care_db, tmp_path, qtbot):
    run_escalation(care_db, tmp_path, qtbot)
