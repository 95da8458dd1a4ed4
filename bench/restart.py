"""Benchmark 1: restart to the patient's screen, against a bare themed Qt reference.

A fresh ``python main.py --station "Bay 1"`` on an existing database whose bay
has a patient mid-check-in (the crash-recovery path), timed from launch until
the page it shows has painted and the event loop is free, and until the whole
app (database, services, flow) is up (the ``KIOSK_PLUGIN`` plug-in
bench/probe.py). The bare reference (bench/bare_reference.py) is
timed the same way; runs alternate so both see the same machine. The kiosk's
modules are byte-compiled first, as ``make run`` and any installation do (this
machine sets PYTHONDONTWRITEBYTECODE, so Python would otherwise compile every
source file on every start).
"""

from __future__ import annotations

import compileall
import tempfile
from pathlib import Path

from bench.common import ROOT, SIZES, Figure, ratio_samples, run_child
from bench.fixtures import BAY, patient_mid_checkin, prepared_at
from bench.procs import launch_timed, python_script, run_until_ready

TARGET_RATIO = 1.5


def measure(size_name: str) -> list[Figure]:
    """Alternate app and reference launches; return their times and ratio."""
    size = SIZES[size_name]
    compileall.compile_dir(ROOT / "kiosk", quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-restart-") as tmp:
        data = Path(tmp) / "data"
        prepared = prepared_at(data)
        patient_mid_checkin(prepared)
        prepared.services.db.close()
        app_argv = python_script(ROOT / "main.py", "--station", BAY)
        ref_argv = python_script(ROOT / "bench" / "bare_reference.py")
        env = {"KIOSK_DATA_DIR": str(data), "KIOSK_PLUGIN": "bench.probe:BenchProbe"}
        page = "CheckinPage"  # the patient is put back on the question they were at
        if not size.tiny:  # one untimed launch of each warms the file cache
            run_until_ready(app_argv, env=env, page=page)
            run_until_ready(ref_argv)
        app_ms: list[float] = []
        loaded_ms: list[float] = []
        ref_ms: list[float] = []
        for _ in range(size.restart_runs):
            times = launch_timed(app_argv, env=env, page=page)
            app_ms.append(times["ready"])
            loaded_ms.append(times["loaded"])
            ref_ms.append(run_until_ready(ref_argv))
    return [
        Figure("restart.app", "Restart to patient screen", "ms", app_ms),
        Figure("restart.reference", "Bare themed Qt reference", "ms", ref_ms),
        Figure("restart.ratio", "Restart / reference", "x", ratio_samples(app_ms, ref_ms),
               target=TARGET_RATIO),
        Figure("restart.loaded", "Restart until fully loaded", "ms", loaded_ms),
    ]


if __name__ == "__main__":
    run_child(measure)
