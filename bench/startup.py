"""Benchmark 6: start-up cost broken into pieces, each in a fresh process.

See bench/startup_stages.py for the pieces: those of a full start, and those of
the quick restart (kiosk/quick_start.py). Each run is a new interpreter so
nothing is cached in memory; the file cache is warmed by one untimed run, and
the kiosk's modules are byte-compiled first (as make run does).
"""

from __future__ import annotations

import compileall
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, SIZES, T0_ENV, Figure, child_env, run_child
from bench.fixtures import patient_mid_checkin, prepared_at

STAGES = {
    "python": "Python interpreter start",
    "import_qt": "import PySide6.QtWidgets",
    "qapplication": "QApplication()",
    "theme": "theme: stylesheet, fonts",
    "import_sqlalchemy": "import sqlalchemy (+orm)",
    "import_kiosk": "import kiosk (models, services, views)",
    "prepare": "prepare: settings, questionnaires, DB",
    "build_shell": "build the shell (pages)",
    "show_first_page": "show until first page painted",
    "import_alembic": "import alembic (not on a normal start)",
}
QUICK_STAGES = {
    "quick_import": "quick restart: import its modules",
    "quick_plan": "quick restart: settings, questionnaires, peek",
    "quick_build": "quick restart: build window and page",
    "quick_show": "quick restart: show until painted",
}


def one_run(data: Path, mode: str = "full") -> dict[str, float]:
    """One fresh process; the milliseconds of each stage (``mode`` ``full`` or ``quick``)."""
    env = child_env()
    env[T0_ENV] = repr(time.time())
    done = subprocess.run([sys.executable, "-m", "bench.startup_stages", str(data), mode],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    stages = {line.split()[1]: float(line.split()[2])
              for line in done.stdout.splitlines() if line.startswith("stage ")}
    expected = set(STAGES) if mode == "full" else {"python", "import_qt", "qapplication",
                                                   "theme", *QUICK_STAGES}
    if set(stages) != expected:
        raise RuntimeError(f"start-up stages missing (exit {done.returncode}):\n"
                           f"{done.stderr[-2000:]}")
    return stages


def measure(size_name: str) -> list[Figure]:
    """Run the stages several times; one figure per stage."""
    size = SIZES[size_name]
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-startup-") as tmp:
        data = Path(tmp) / "data"
        prepared = prepared_at(data)
        patient_mid_checkin(prepared)
        prepared.services.db.close()
        compileall.compile_dir(ROOT / "kiosk", quiet=1)
        if not size.tiny:
            one_run(data)  # warms the file cache
            one_run(data, "quick")
        runs = [one_run(data) for _ in range(size.startup_runs)]
        quick = [one_run(data, "quick") for _ in range(size.startup_runs)]
    return [Figure(f"startup.{key}", label, "ms", [r[key] for r in runs])
            for key, label in STAGES.items()] + \
        [Figure(f"startup.{key}", label, "ms", [r[key] for r in quick])
         for key, label in QUICK_STAGES.items()]


if __name__ == "__main__":
    run_child(measure)
