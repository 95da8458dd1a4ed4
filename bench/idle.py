"""Benchmark 4: what the tablet costs while nobody touches it.

The real shell, full-screen, with a recovering patient. Two scenes, each left
to run in the real event loop (flow ticks, animations, database polls) for
``size.idle_seconds``: the breathing exercise running (a one-minute box
breathing session begun with the page's own Begin button) and rest mode.
CPU is this process's user+system time over the whole period's wall time, in
percent of one core (the table's value; min, median and max are of four equal
slices); memory is the resident set at the end of the scene.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import SIZES, Figure, cpu_seconds, rss_mb, run_child

TARGET_BREATHING_PCT = 3.0
TARGET_REST_PCT = 1.0
TARGET_RSS_MB = 200.0
SLICES = 4
"""Each scene is measured in this many equal slices, for a spread (min, median, max)."""


def run_loop(seconds: float) -> None:
    """Run the Qt event loop for ``seconds`` of wall time."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def cpu_percent(seconds: float) -> tuple[float, list[float]]:
    """CPU use (% of one core) over ``seconds`` of the event loop, and of each slice."""
    slices = []
    cpu_start, wall_start = cpu_seconds(), time.perf_counter()
    for _ in range(SLICES):
        cpu, wall = cpu_seconds(), time.perf_counter()
        run_loop(seconds / SLICES)
        slices.append((cpu_seconds() - cpu) / (time.perf_counter() - wall) * 100)
    overall = (cpu_seconds() - cpu_start) / (time.perf_counter() - wall_start) * 100
    return overall, slices


def scene(enter: Callable[[], None], seconds: float) -> tuple[float, list[float], float]:
    """Enter a scene, let it settle, then measure CPU (overall, slices) and memory."""
    enter()
    run_loop(min(1.0, seconds / 4))
    overall, slices = cpu_percent(seconds)
    return overall, slices, rss_mb()


def measure(size_name: str) -> list[Figure]:
    """Breathing and rest-mode CPU and memory."""
    from bench.drive import PatientDriver

    size = SIZES[size_name]
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-idle-") as tmp:
        driver = PatientDriver(Path(tmp) / "data")
        driver.watch.close()  # the harness's paint recorder would add its own cost
        breathing, breathing_cpu, breathing_rss = scene(driver.start_breathing,
                                                        size.idle_seconds)
        driver.stop_breathing()
        rest, rest_cpu, rest_rss = scene(driver.enter_rest, size.idle_seconds)
        driver.wake()
        driver.shell.stop()
        driver.prepared.services.db.close()
    return [
        Figure("idle.breathing_cpu", "Breathing exercise CPU", "%", breathing_cpu,
               target=TARGET_BREATHING_PCT, headline="overall", extra={"overall": breathing}),
        Figure("idle.breathing_rss", "Breathing exercise memory (RSS)", "MB", [breathing_rss],
               target=TARGET_RSS_MB),
        Figure("idle.rest_cpu", "Rest mode CPU", "%", rest_cpu, target=TARGET_REST_PCT,
               headline="overall", extra={"overall": rest}),
        Figure("idle.rest_rss", "Rest mode memory (RSS)", "MB", [rest_rss],
               target=TARGET_RSS_MB),
    ]


if __name__ == "__main__":
    run_child(measure)
