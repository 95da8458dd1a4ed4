"""Benchmark 1: restart to the patient's screen, against a bare themed Qt reference.

A fresh ``python main.py --station "Bay 1"`` on an existing database whose bay
has a patient mid-check-in (the crash-recovery path), timed from launch until
the page it shows has painted and the event loop is free (``KIOSK_BENCH_READY``
hook in kiosk/app.py). The bare reference (bench/bare_reference.py) is timed
the same way; runs alternate so both see the same machine.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import ROOT, SIZES, Figure, ratio_samples, run_child
from bench.fixtures import BAY, patient_mid_checkin, prepared_at
from bench.procs import python_script, run_until_ready

TARGET_RATIO = 1.5


def measure(size_name: str) -> list[Figure]:
    """Alternate app and reference launches; return their times and ratio."""
    size = SIZES[size_name]
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-restart-") as tmp:
        data = Path(tmp) / "data"
        prepared = prepared_at(data)
        patient_mid_checkin(prepared)
        prepared.services.db.close()
        app_argv = python_script(ROOT / "main.py", "--station", BAY)
        ref_argv = python_script(ROOT / "bench" / "bare_reference.py")
        env = {"KIOSK_DATA_DIR": str(data), "KIOSK_BENCH_READY": "1"}
        page = "CheckinPage"  # the patient is put back on the question they were at
        if not size.tiny:  # one untimed launch of each warms the file cache
            run_until_ready(app_argv, env=env, page=page)
            run_until_ready(ref_argv)
        app_ms: list[float] = []
        ref_ms: list[float] = []
        for _ in range(size.restart_runs):
            app_ms.append(run_until_ready(app_argv, env=env, page=page))
            ref_ms.append(run_until_ready(ref_argv))
    return [
        Figure("restart.app", "Restart to patient screen", "ms", app_ms),
        Figure("restart.reference", "Bare themed Qt reference", "ms", ref_ms),
        Figure("restart.ratio", "Restart / reference", "x", ratio_samples(app_ms, ref_ms),
               target=TARGET_RATIO),
    ]


if __name__ == "__main__":
    run_child(measure)
