"""What the figures were measured on."""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import UTC, datetime

from bench.common import ROOT


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gb() -> float:
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            return round(int(meminfo.readline().split()[1]) / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        return 0.0


def _commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


def machine_info(size: str) -> dict[str, object]:
    """Date, size, CPU, cores, memory, versions and commit."""
    import PySide6
    import sqlalchemy

    return {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "size": size,
            "cpu": _cpu_model(), "cores": os.cpu_count(), "memory_gb": _memory_gb(),
            "python": platform.python_version(), "pyside6": PySide6.__version__,
            "sqlalchemy": sqlalchemy.__version__, "platform": platform.platform(),
            "commit": _commit()}
