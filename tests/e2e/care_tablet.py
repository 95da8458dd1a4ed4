"""``python tests/e2e/care_tablet.py URL DATA_DIR BAY``: a real bay tablet process.

The whole tablet (services with the live feed, the shell and its patient flow)
offscreen, driven on stdin for the care-loop tests:

    urgent        -> the patient's check-in gets a red-flag answer (vomiting)
    quit

It prints ``ready`` once listening, ``urgent <alert id> <commit time>`` after
the answer, and ``state <name> <time>`` each time the patient's call state
changes ("sent", "on-way", ...), with ``time.time()``.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QObject, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.config import Settings  # noqa: E402
from kiosk.domain.clock import SystemClock  # noqa: E402
from kiosk.domain.questionnaire import load_directory  # noqa: E402
from kiosk.paths import AppPaths  # noqa: E402
from kiosk.services.container import build_services  # noqa: E402
from kiosk.storage.db import open_database  # noqa: E402
from kiosk.views.shell import build_shell  # noqa: E402


class Commands(QObject):
    """Lines from stdin, handed to the GUI thread."""

    line = Signal(str)


def main(url: str, data_dir: str, bay: str) -> int:
    """Run the tablet until ``quit``."""
    app = QApplication([])
    paths = AppPaths(root=ROOT, data_dir=Path(data_dir))
    paths.ensure_data_dir()
    key_hex = os.environ.get("KIOSK_BENCH_KEY")  # the station's encrypted file (bench)
    db = open_database(url, station=bay, key=bytes.fromhex(key_hex) if key_hex else None)
    services = build_services(settings=Settings(), clock=SystemClock(), paths=paths, db=db,
                              questionnaires=load_directory(paths.questionnaires).questionnaires,
                              station=bay)
    shell = build_shell(services, station=bay, nurse_station=False)
    services.start_live()
    assert services.remote is not None and services.remote.ready.wait(10)
    flow = shell.flow
    assert flow is not None
    flow.calls.state_changed.connect(
        lambda state: print(f"state {state.value} {time.time()!r}", flush=True))

    def run(line: str) -> None:
        words = line.split()
        if not words or words[0] == "quit":
            shell.stop()
            services.close()
            app.quit()
        elif words[0] == "urgent":
            visit = services.visits.active_for_bay(bay)
            assert visit is not None
            checkin = services.checkins.start_now(visit.id)
            outcome = services.checkins.record_answer(checkin.id, "vomiting", True)
            print(f"urgent {outcome.new_alerts[0].id} {time.time()!r}", flush=True)
            flow.calls.refresh()

    commands = Commands()
    commands.line.connect(run)

    def read() -> None:
        for line in sys.stdin:
            commands.line.emit(line)
        commands.line.emit("quit")

    threading.Thread(target=read, daemon=True).start()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
