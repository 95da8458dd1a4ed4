"""Launching measured child processes and reading their ``ready`` or result lines."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.common import ROOT, T0_ENV, child_env

TIMEOUT_S = 120


class ChildFailed(RuntimeError):
    """A measured child exited without the line it should print."""


def run_until_ready(argv: Sequence[str], *, env: dict[str, str] | None = None,
                    page: str | None = None) -> float:
    """Launch ``argv``; return the milliseconds of its ``ready <ms> <page class>`` line."""
    return launch_timed(argv, env=env, page=page)["ready"]


def launch_timed(argv: Sequence[str], *, env: dict[str, str] | None = None,
                 page: str | None = None) -> dict[str, float]:
    """Launch ``argv``; return its ``ready`` time and, if it printed one, its ``loaded`` time.

    The child's clock starts at our launch (``KIOSK_BENCH_T0``), so interpreter
    start-up and every import are counted. With ``page``, the painted page must
    be of that class (a restart that lands elsewhere would time the wrong screen).
    """
    environment = child_env(**(env or {}))
    environment[T0_ENV] = repr(time.time())
    done = subprocess.run(list(argv), cwd=ROOT, env=environment, capture_output=True,
                          text=True, timeout=TIMEOUT_S, check=False)
    times: dict[str, float] = {}
    for line in done.stdout.splitlines():
        words = line.split()
        if words[:1] == ["ready"]:
            if page is not None and words[2:3] != [page]:
                raise ChildFailed(f"{' '.join(argv)} showed {' '.join(words[2:])}, not {page}")
            times["ready"] = float(words[1])
        elif words[:1] == ["loaded"]:
            times["loaded"] = float(words[1])
    if "ready" not in times:
        raise ChildFailed(f"{' '.join(argv)} printed no ready line (exit {done.returncode}):\n"
                          f"{done.stderr[-2000:]}")
    return times


def run_module(module: str, args: Sequence[str] = (), *, env: dict[str, str] | None = None,
               timeout: float = 1800) -> dict[str, Any]:
    """Run ``python -m module args`` and return the JSON of its ``BENCH-RESULT`` line."""
    environment = child_env(**(env or {}))
    environment[T0_ENV] = repr(time.time())
    done = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=timeout, check=False)
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("BENCH-RESULT "):
            return dict(json.loads(line.removeprefix("BENCH-RESULT ")))
    raise ChildFailed(f"python -m {module} {' '.join(args)} gave no result "
                      f"(exit {done.returncode}):\n{done.stderr[-3000:]}")


def python_script(path: Path, *args: str) -> list[str]:
    """The argv of a Python script run by this interpreter."""
    return [sys.executable, str(path), *args]
