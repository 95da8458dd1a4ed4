"""Smoke run of the benchmark suite at its tiny size: every figure is there, with numbers.

Benchmarks are not timed tests: nothing here compares a time with a target.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FIGURES = [
    "restart.app", "restart.reference", "restart.ratio", "restart.loaded", "restart.plain",
    "restart.plain_ratio",
    "tap.p50", "tap.p95",
    "board.open", "board.refresh", "board.refresh_active_only", "board.refresh_ratio",
    "idle.breathing_cpu", "idle.breathing_rss", "idle.rest_cpu", "idle.rest_rss",
    "longday.rss_before", "longday.rss_after", "longday.growth",
    "startup.python", "startup.import_qt", "startup.qapplication", "startup.theme",
    "startup.import_sqlalchemy", "startup.import_kiosk", "startup.prepare",
    "startup.build_shell", "startup.show_first_page", "startup.import_alembic",
    "startup.quick_import", "startup.quick_plan", "startup.quick_build", "startup.quick_show",
    "alert_board.sqlite_p50", "alert_board.sqlite_p95", "stall.gui_longest",
    "export.seconds", "export.peak_rss", "export.gui_stall", "export.cpu",
]


@pytest.mark.slow
def test_tiny_benchmark_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_BENCH_CACHE=str(tmp_path / "cache"))
    env.pop("KIOSK_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "bench", "--size", "tiny", "--out", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
                          check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["machine"]["size"] == "tiny"
    for name in FIGURES:
        figure = results[name]
        for key in ("median", "min", "max"):
            assert isinstance(figure[key], float | int) and math.isfinite(figure[key]), name
        assert figure["min"] <= figure["median"] <= figure["max"], name
        assert figure["runs"] >= 1, name
        assert figure["unit"] in {"ms", "MB", "%", "x"}, name
        assert figure["met"] in (True, False, None), name
    assert results["tap.p95"]["runs"] >= 20
    assert "| figure |" in done.stdout
