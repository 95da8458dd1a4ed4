"""Benchmark 5: memory over a long day of check-ins in one process.

The real shell drives ``size.day_checkins`` check-ins answered by tapping real
buttons, with a calming activity (a breathing session begun and stopped) and
a spell of rest mode between them. Every eight check-ins the patient is
discharged and the next one arrives in the bay, as on a busy day, so the
tablet also clears and refills its pages. Resident memory is read after
``gc.collect()`` once a short warm-up (first-use caches, lazy imports) is
done, and again at the end; the growth is the difference.
"""

from __future__ import annotations

import gc
import tempfile
from pathlib import Path

from bench.common import SIZES, Figure, rss_mb, run_child

TARGET_GROWTH_MB = 5.0
WARM_UP = 5
WARM_UP_TINY = 2
PER_VISIT = 8


def one_checkin(driver: object) -> None:
    """Answer a whole check-in, then breathe a little and rest."""
    from bench.drive import PatientDriver

    assert isinstance(driver, PatientDriver)
    driver.begin_checkin()
    while driver.in_checkin():
        driver.choose_calm_answer()
        driver.settle()
        driver.tap_next()
        driver.settle()
    driver.start_breathing()
    driver.stop_breathing()
    driver.enter_rest()
    driver.wake()


def measure(size_name: str) -> list[Figure]:
    """RSS before and after the day, and its growth."""
    from bench.drive import PatientDriver

    size = SIZES[size_name]
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-day-") as tmp:
        driver = PatientDriver(Path(tmp) / "data")
        for _ in range(WARM_UP_TINY if size.tiny else WARM_UP):
            one_checkin(driver)
        gc.collect()
        driver.settle()
        before = rss_mb()
        samples = [before]
        for n in range(1, size.day_checkins + 1):
            one_checkin(driver)
            if n % PER_VISIT == 0:
                driver.next_patient()
            if n % max(1, size.day_checkins // 10) == 0:
                gc.collect()
                samples.append(rss_mb())
        gc.collect()
        driver.settle()
        after = rss_mb()
        driver.shell.stop()
        driver.prepared.services.db.close()
    return [
        Figure("longday.rss_before", "Long day: memory before", "MB", [before]),
        Figure("longday.rss_after", f"Long day: memory after {size.day_checkins:,} check-ins",
               "MB", [after]),
        Figure("longday.growth", "Long day: memory growth", "MB", [after - before],
               target=TARGET_GROWTH_MB,
               extra={"trace_mb": [round(s, 1) for s in samples]}),  # type: ignore[dict-item]
    ]


if __name__ == "__main__":
    run_child(measure)
