"""Device faults: what a tablet tells the station when its database breaks, and hooks.

When the integrity watch (``kiosk.storage.integrity``) finds the database
deleted, replaced or damaged, nothing more can be confirmed through it. So the
tablet leaves a small marker in the shared data folder's ``faults/`` (one JSON
file per station: the station, when, what) that the nurse station's board reads
(:func:`device_faults`), and calls every :func:`on_fault` hook.

The hook is where a durable local store plugs in (the call queue of issue 10):
it receives the fault message and can keep what the screen still holds. The
marker is removed when the station starts again on a sound database.

No patient data goes into a marker: only the station name and the database
problem (a path and an SQLite message).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.domain.clock import Clock

log = logging.getLogger(__name__)

FAULTS_DIR = "faults"
MAX_MESSAGE = 300


@dataclass(frozen=True)
class DeviceFault:
    """One station's database fault, as its marker says."""

    station: str
    message: str
    since: datetime


class FaultReporter:
    """Listens to the database's watch; writes the marker and calls the hooks.

    Attributes:
        fault: the fault seen on this device (None while healthy).
    """

    def __init__(self, db: Any, data_dir: Path, station: str, clock: Clock) -> None:
        self._folder = data_dir / FAULTS_DIR
        self._station = station
        self._clock = clock
        self._hooks: list[Callable[[str], None]] = []
        self.fault: str | None = None
        watch = getattr(db, "watch", None)  # SQLite only (kiosk.storage.db.Database)
        if watch is not None:
            watch.on_fault(self.report)
            if watch.fault is not None:
                self.report(watch.fault)

    def on_fault(self, hook: Callable[[str], None]) -> None:
        """Call ``hook(message)`` on a fault (at once if one was seen already)."""
        self._hooks.append(hook)
        if self.fault is not None:
            hook(self.fault)

    def report(self, message: str) -> None:
        """Record this device's fault once: log, marker, hooks."""
        if self.fault is not None:
            return
        self.fault = message[:MAX_MESSAGE]
        log.error("database fault on %s: %s", self._station, self.fault)
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            marker = self._folder / _file_name(self._station)
            partial = marker.with_suffix(".partial")
            partial.write_text(json.dumps({"station": self._station, "message": self.fault,
                                           "since": self._clock.now().isoformat()}),
                               encoding="utf-8")
            os.chmod(partial, 0o600)
            os.replace(partial, marker)
        except OSError as exc:  # a read-only or vanished folder: the screen still says it
            log.warning("fault marker not written: %s", exc.strerror)
        for hook in self._hooks:
            hook(self.fault)

    def clear(self) -> None:
        """A sound start: forget an old marker of this station."""
        try:
            (self._folder / _file_name(self._station)).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("old fault marker not removed: %s", exc.strerror)


def _file_name(station: str) -> str:
    safe = "".join(ch if ch.isalnum() else "_" for ch in station)[:60]
    return f"{safe or 'station'}.json"


def device_faults(data_dir: Path) -> list[DeviceFault]:
    """Every station's fault marker in the data folder, oldest first."""
    folder = data_dir / FAULTS_DIR
    found: list[DeviceFault] = []
    try:
        files = sorted(folder.glob("*.json"))
    except OSError:
        return []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found.append(DeviceFault(str(data["station"])[:60],
                                     str(data["message"])[:MAX_MESSAGE],
                                     datetime.fromisoformat(str(data["since"]))))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a marker half-written or edited by hand is not a fault report
    return sorted(found, key=lambda f: f.since)
