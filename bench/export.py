"""Benchmark 7: the admin export of a year of a busy clinic, from the real export page.

The history database of ``bench/history.py`` (20,000 finished visits, about 1.5 M
answers; tiny: 200) is installed, and the real :class:`ExportPage` exports its
whole year (from 400 days back to today): Export pressed, until ``finished``.
While it runs, a 5 ms timer on the GUI thread records the longest gap between
its ticks (the GUI thread's longest stall: how long a tap would have waited)
and samples resident memory, the app's and its export child processes' together
(``kiosk/services/export_process.py``: the child and, on two cores, its second);
the peak is the largest sample. The CPU time of all the processes is reported
too: on a machine other work loads, it says what the time would be on an idle
one better than the time does. One run (tiny: 1).
"""

from __future__ import annotations

import gc
import resource
import tempfile
import time
from pathlib import Path

from bench.common import PAGE_SIZE, SIZES, Figure, rss_mb, run_child

TARGET_SECONDS = 30.0
TARGET_PEAK_MB = 300.0
TARGET_STALL_MS = 100.0
TICK_MS = 5


def child_rss_mb(pid: int) -> float:
    """Resident memory in MB of the export's child process and of its own children
    (the second process of a split export); 0 once they have ended."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as children:
            kids = [int(k) for k in children.read().split()]
    except (OSError, ValueError):
        kids = []
    return pages * PAGE_SIZE / 1e6 + sum(child_rss_mb(k) for k in kids)


def measure(size_name: str) -> list[Figure]:
    """Time, peak memory and the GUI thread's longest stall of one whole-year export."""
    from PySide6.QtCore import QDate, QElapsedTimer, QEventLoop, QTimer

    from bench.common import ROOT
    from bench.fixtures import prepared_at
    from bench.history import history_database, install_copy
    from bench.qt_probe import themed_app
    from kiosk.paths import AppPaths
    from kiosk.views.nurse.export_page import ExportPage

    size = SIZES[size_name]
    history = history_database(size.board_history)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-export-") as tmp:
        data = Path(tmp) / "data"
        install_copy(history, AppPaths(root=ROOT, data_dir=data).default_database)
        prepared = prepared_at(data)
        admin = prepared.services.staff.active_staff()[0]
        app = themed_app()
        page = ExportPage(prepared.services, admin)
        page.resize(1280, 800)
        page.show()
        today = QDate.currentDate()
        page.form.fromDate.setDate(today.addDays(-400))
        page.form.toDate.setDate(today)
        app.processEvents()
        gc.freeze()  # as kiosk/cli.py does after start-up: the GC skips those objects
        stall = {"max": 0.0, "peak": rss_mb()}
        gap = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(TICK_MS)

        def tick() -> None:
            stall["max"] = max(stall["max"], gap.nsecsElapsed() / 1e6 - TICK_MS)
            worker = page.worker
            child = child_rss_mb(worker.pid) if worker is not None and worker.pid else 0.0
            stall["peak"] = max(stall["peak"], rss_mb() + child)
            gap.restart()

        ticker.timeout.connect(tick)
        loop = QEventLoop()
        page.finished.connect(loop.quit)
        gap.start()
        ticker.start()
        started = time.perf_counter()
        cpu_started = _cpu_with_children()
        page.form.exportButton.click()
        loop.exec()
        seconds = time.perf_counter() - started
        cpu = _cpu_with_children() - cpu_started
        ticker.stop()
        assert page.result is not None, page.form.resultLabel.text()
        assert page.result.visit_count == size.board_history, page.result.visit_count
        prepared.services.db.close()
    label = f"Export a year ({size.board_history:,} visits)"
    return [
        Figure("export.seconds", f"{label}: time", "ms", [seconds * 1000],
               target=TARGET_SECONDS * 1000),
        Figure("export.peak_rss", f"{label}: peak memory (RSS)", "MB", [stall["peak"]],
               target=TARGET_PEAK_MB),
        Figure("export.gui_stall", f"{label}: GUI thread's longest stall", "ms",
               [max(stall["max"], 0.0)], target=TARGET_STALL_MS),
        Figure("export.cpu", f"{label}: CPU time (app and export process)", "ms",
               [cpu * 1000]),
    ]


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its ended children (the export's child)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    run_child(measure)
