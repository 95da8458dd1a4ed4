"""Kill the real app with SIGKILL between answers; a restart loses nothing and resumes."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kiosk.app import prepare
from kiosk.domain.clock import SystemClock
from kiosk.domain.records import CheckinStatus, Treatment
from kiosk.inputs import Options
from kiosk.paths import AppPaths
from kiosk.plugin import PLUGIN_ENV
from tests.support.test_driver import PLUGIN as DRIVER
from tests.support.test_driver import SCRIPT_ENV

ROOT = Path(__file__).resolve().parents[2]
SCRIPTED = [["overall-feeling", "uneasy"], ["nausea", 3], ["nausea-trend", "better"],
            ["vomiting", False]]
TIMEOUT = 60.0


class App:
    """``python main.py`` in a subprocess, its stderr read line by line."""

    def __init__(self, data_dir: Path, script: Path | None) -> None:
        env = {**os.environ, "KIOSK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
        env.pop("KIOSK_DATABASE_URL", None)
        env.pop("KIOSK_TEST_SCRIPT", None)
        env.pop(PLUGIN_ENV, None)
        if script is not None:  # the app loads the driver through its plug-in point
            env[PLUGIN_ENV] = DRIVER
            env[SCRIPT_ENV] = str(script)
        self.proc = subprocess.Popen(
            [sys.executable, "main.py", "--windowed", "--station", "Bay 1"], cwd=ROOT, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("<exit>")

    def wait_for(self, text: str) -> None:
        while True:
            try:
                line = self.lines.get(timeout=TIMEOUT)
            except queue.Empty:
                raise AssertionError(f"no {text!r} within {TIMEOUT}s; saw {self.seen}") from None
            self.seen.append(line)
            if text in line:
                return
            if line == "<exit>":
                raise AssertionError(f"app exited before {text!r}; saw {self.seen}")

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL: no clean-up of any kind
        self.proc.wait(timeout=TIMEOUT)
        self._reader.join(timeout=TIMEOUT)
        assert self.proc.stderr is not None
        self.proc.stderr.close()


@pytest.mark.slow
def test_sigkill_between_answers_then_resume(tmp_path):
    data = tmp_path / "data"
    paths = AppPaths(root=ROOT, data_dir=data)
    options = Options(db_url=None, config=None, windowed=True, demo=False, station="Bay 1")
    services = prepare(options, paths=paths, clock=SystemClock()).services
    services.staff.create_first_admin("Ana Admin", "482916")  # a clinic in service
    visit = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    services.db.close()
    script = tmp_path / "answers.json"
    script.write_text(json.dumps({"answers": SCRIPTED}))

    first = App(data, script)
    try:
        for link_id, _value in SCRIPTED:
            first.wait_for(f"answered {link_id}")
    finally:
        first.kill()
    assert first.proc.returncode == -9
    assert not any("Maya" in line for line in first.seen)  # no patient data in the log

    services = prepare(options, paths=paths, clock=SystemClock()).services
    try:
        checkin = services.checkins.resume_point(visit.id).checkin
        assert checkin.status is CheckinStatus.STARTED
        assert services.checkins.answers(checkin.id) == dict(SCRIPTED)
    finally:
        services.db.close()

    second = App(data, None)
    try:
        # The patient's question is painted before the database layer loads
        # (kiosk/quick_start.py); the flow then takes over the same page.
        second.wait_for("quick restart")
        second.wait_for("resumed at dizziness")
    finally:
        second.kill()
    assert not any("answered" in line for line in second.seen)
