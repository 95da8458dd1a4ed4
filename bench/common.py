"""Shared pieces: sizes, figures with their targets, statistics, process probes."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
"""The repository root (holds main.py, resources/ and kiosk/)."""

T0_ENV = "KIOSK_BENCH_T0"
"""Launch time (``time.time()``) a parent hands a child it times from the start."""

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Size:
    """How big a run is: ``tiny`` for the CI smoke test, ``full`` for real figures."""

    name: str
    restart_runs: int
    startup_runs: int
    taps: int
    board_history: int
    board_runs: int
    idle_seconds: float
    day_checkins: int

    @property
    def tiny(self) -> bool:
        """True for the smoke-test size."""
        return self.name == "tiny"


SIZES = {
    "tiny": Size("tiny", restart_runs=1, startup_runs=1, taps=20, board_history=200,
                 board_runs=3, idle_seconds=1.0, day_checkins=10),
    "full": Size("full", restart_runs=11, startup_runs=5, taps=240, board_history=20_000,
                 board_runs=15, idle_seconds=20.0, day_checkins=1000),
}


@dataclass
class Figure:
    """One measured figure.

    Attributes:
        name: dotted key in results.json (``restart.ratio``).
        label: what the table says.
        unit: ``ms``, ``MB``, ``%`` (of one core) or ``x`` (a ratio).
        samples: every measured value.
        target: the limit the figure must stay at or under, if any.
        headline: which statistic is compared with the target: ``median``, ``p95`` or
            ``overall`` (``extra["overall"]``, e.g. CPU over a whole period).
        extra: further numbers kept in results.json (p50, p95, counts).
    """

    name: str
    label: str
    unit: str
    samples: list[float]
    target: float | None = None
    headline: str = "median"
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def value(self) -> float:
        """The statistic compared with the target."""
        if self.headline == "p95":
            return percentile(self.samples, 95)
        if self.headline == "overall":
            return self.extra["overall"]
        return statistics.median(self.samples)

    @property
    def met(self) -> bool | None:
        """True when the target is met (None when there is no target)."""
        return None if self.target is None else self.value <= self.target

    def to_json(self) -> dict[str, Any]:
        """The results.json entry."""
        return {"median": statistics.median(self.samples), "min": min(self.samples),
                "max": max(self.samples), "unit": self.unit, "runs": len(self.samples),
                "target": self.target, "met": self.met, "value": self.value,
                "headline": self.headline, "label": self.label, **self.extra}

    @classmethod
    def from_json(cls, name: str, data: dict[str, Any]) -> Figure:
        """Rebuild a figure from a child's JSON (only the summary survives)."""
        figure = cls(name, data["label"], data["unit"],
                     [data["min"], data["median"], data["max"]], data["target"],
                     data["headline"])
        figure.extra = {k: v for k, v in data.items()
                        if k not in {"median", "min", "max", "unit", "runs", "target", "met",
                                     "value", "headline", "label"}}
        figure.extra["runs"] = data["runs"]
        figure.extra["value"] = data["value"]
        return figure


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def ratio_samples(numerators: Sequence[float], denominators: Sequence[float]) -> list[float]:
    """Pairwise ratios of runs taken alternately."""
    return [n / d for n, d in zip(numerators, denominators, strict=True) if d > 0]


def rss_mb() -> float:
    """Resident memory of this process in MB (from /proc/self/statm)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * PAGE_SIZE / 1e6


def cpu_seconds() -> float:
    """CPU time (user + system) of this process, every thread included."""
    return time.process_time()


def since_launch_ms() -> float:
    """Milliseconds since the parent launched this process (or since its own start)."""
    launched = os.environ.get(T0_ENV)
    if launched:
        return (time.time() - float(launched)) * 1000
    with open("/proc/self/stat", encoding="ascii") as stat:
        started_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as uptime:
        up = float(uptime.read().split()[0])
    return (up - started_ticks / CLOCK_TICKS) * 1000


def emit(figures: Sequence[Figure]) -> None:
    """Print a child's figures as the last line of stdout for the orchestrator."""
    payload = {f.name: f.to_json() for f in figures}
    sys.stdout.write("BENCH-RESULT " + json.dumps(payload) + "\n")
    sys.stdout.flush()


def run_child(measure: Callable[[str], Sequence[Figure]]) -> None:
    """Entry of a benchmark child: measure at the size in argv, emit, exit at once.

    Exiting with ``os._exit`` skips interpreter finalisation, where tearing down
    live Qt objects can abort the process after the figures are already out.
    """
    emit(measure(sys.argv[1] if len(sys.argv) > 1 else "tiny"))
    sys.stderr.flush()
    os._exit(0)


def child_env(**extra: str) -> dict[str, str]:
    """Environment for a measured child process: offscreen, no user database URL."""
    env = dict(os.environ)
    env.pop("KIOSK_DATABASE_URL", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env
