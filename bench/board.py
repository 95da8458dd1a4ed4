"""Benchmark 3: the nurse board with a year of history against only the active visits.

Two databases with the same 12 active visits (added through the real services):
one also holding a year of finished visits (bench/history.py), one holding
nothing else. For each: open the board page (construct, show, until its rows, read on the database
worker, have painted) and refresh it (``BoardPage.refresh``: the queries on the
worker, the model, and the repaint it causes, processed to the end).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import SIZES, Figure, ratio_samples, run_child
from bench.fixtures import prepared_at
from bench.history import add_active, history_database, install_copy
from bench.qt_probe import PaintWatch, themed_app, wait_until

TARGET_MS = 50.0
TARGET_RATIO = 1.5


def _timings(data: Path, runs: int, history: Path | None) -> tuple[list[float], list[float]]:
    """Open and refresh times (ms) of the board on one database."""
    from bench.common import ROOT
    from kiosk.paths import AppPaths
    from kiosk.views.nurse.board_page import BoardPage

    if history is not None:
        install_copy(history, AppPaths(root=ROOT, data_dir=data).default_database)
    prepared = prepared_at(data)
    add_active(prepared.services)
    app = themed_app()
    watch = PaintWatch(app)
    opens: list[float] = []
    refreshes: list[float] = []
    loaded: list[float] = []
    for _ in range(runs):
        watch.reset()
        loaded.clear()
        start = time.perf_counter()
        page = BoardPage(prepared.services)
        page.rows_loaded.connect(lambda: loaded.append(time.perf_counter()))
        page.timer.stop()
        page.resize(1280, 800)
        page.show()
        # The rows are read on the database worker: time until they have painted.
        wait_until(app, lambda: bool(loaded))
        painted = watch.wait_painted(page.form.boardTable.viewport(), loaded[0])
        opens.append((painted - start) * 1000)
        app.processEvents()
        loaded.clear()
        start = time.perf_counter()
        page.refresh()
        wait_until(app, lambda: bool(loaded))
        app.processEvents()
        refreshes.append((time.perf_counter() - start) * 1000)
        page.close()
        page.deleteLater()
        app.processEvents()
    watch.close()
    prepared.services.db.close()
    return opens, refreshes


def measure(size_name: str) -> list[Figure]:
    """Board open and refresh, with history and with the active visits only."""
    size = SIZES[size_name]
    history = history_database(size.board_history)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-board-") as tmp:
        opens, refreshes = _timings(Path(tmp) / "year", size.board_runs, history)
        _, active_refreshes = _timings(Path(tmp) / "active", size.board_runs, None)
    return [
        Figure("board.open", f"Board open, {size.board_history:,} past visits", "ms", opens,
               target=TARGET_MS),
        Figure("board.refresh", f"Board refresh, {size.board_history:,} past visits", "ms",
               refreshes, target=TARGET_MS),
        Figure("board.refresh_active_only", "Board refresh, 12 active visits only", "ms",
               active_refreshes),
        Figure("board.refresh_ratio", "Refresh with history / active only", "x",
               ratio_samples(sorted(refreshes), sorted(active_refreshes)),
               target=TARGET_RATIO),
    ]


if __name__ == "__main__":
    run_child(measure)
