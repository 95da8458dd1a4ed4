"""No set-up by accident: a device that was set up never offers first-admin set-up again.

An empty database on a device that has run before means the database was lost
or replaced (deleted mid-visit, a wrong ``--db``, a restored empty file), not a
new clinic. Offering "create the first admin" then would hand the nurse side to
whoever stands at the tablet. So the first start that finds a staff account (or
creates the first admin) leaves ``set-up.json`` in the data folder, and a start
that finds the marker but no staff account stops with one line instead.

Setting a device up afresh on purpose is explicit: delete the marker.
"""

from __future__ import annotations

import json
import logging
import os
import re
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

MARKER = "set-up.json"


def marker_path(data_dir: Path) -> Path:
    """Where the marker lives."""
    return data_dir / MARKER


def mark_set_up(data_dir: Path, database: str) -> None:
    """Leave the marker (once): this device has a staff account on ``database``."""
    path = marker_path(data_dir)
    if path.exists():
        return
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"database": _without_password(database),
                                    "since": datetime.now(UTC).isoformat()}),
                        encoding="utf-8")
        os.chmod(path, 0o600)
    except OSError as exc:  # a read-only folder: the start itself would have failed
        log.warning("set-up marker not written: %s", exc.strerror)


def _without_password(url: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


def lost_database(data_dir: Path, database: str) -> str | None:
    """The one line to stop with when a set-up device finds no staff account."""
    path = marker_path(data_dir)
    if not path.exists():
        return None
    try:
        since = str(json.loads(path.read_text(encoding="utf-8")).get("since", ""))[:10]
    except (OSError, ValueError, AttributeError):
        since = ""
    when = f" on {since}" if since else ""
    return (f"Database {database} has no staff account, but this device was set up{when}: "
            "the database was lost or replaced. Restore a backup with --restore, or to set "
            f"the device up afresh on purpose delete {path}")
