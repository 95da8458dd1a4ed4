"""Benchmark 2: tap to next screen, over hundreds of real answer taps.

The real shell full-screen on a real SQLite file (WAL, synchronous=FULL as in
production). For each item a calm answer is tapped (untimed), then Next is
tapped with ``button.click()``; the time runs from that tap, through the
answer's commit to disk, until the next item's question (or the thanks screen
after the last item) has painted. Check-ins are repeated until enough taps.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import SIZES, Figure, percentile, run_child

TARGET_P95_MS = 50.0


def measure(size_name: str) -> list[Figure]:
    """p50 and p95 of tap-to-next over ``size.taps`` answers."""
    from bench.drive import PatientDriver

    size = SIZES[size_name]
    taps: list[float] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-tap-") as tmp:
        driver = PatientDriver(Path(tmp) / "data")
        while len(taps) < size.taps:
            driver.begin_checkin()
            while driver.in_checkin() and len(taps) < size.taps:
                answered = driver.choose_calm_answer()
                driver.settle()
                start, painted = driver.tap_next()
                if answered:
                    taps.append((painted - start) * 1000)
                driver.settle()
        driver.shell.stop()
        driver.prepared.services.db.close()
    stats = {"p50": percentile(taps, 50), "p95": percentile(taps, 95)}
    return [
        Figure("tap.p50", "Tap to next screen, p50", "ms", taps, extra=stats),
        Figure("tap.p95", "Tap to next screen, p95", "ms", taps, target=TARGET_P95_MS,
               headline="p95", extra=stats),
    ]


if __name__ == "__main__":
    run_child(measure)
