"""One CSV row per esketamine session for the clinic's REMS filing (its own file).

The columns follow the REMS monitoring form; times are local ISO 8601, each
adverse event is "HH:MM text" joined with " | ". The file is appended to
(a header first when it is new) and stays owner-only: it holds patient data.
"""

from __future__ import annotations

import csv
import io
import os
from datetime import datetime
from pathlib import Path

from kiosk.domain.rems import BpReading, RemsRecord
from kiosk.services.owner_only import FILE_MODE, private_folder

FIELDS = (
    "visit_id", "record_number", "patient", "dose_mg", "dosed_at",
    "bp_pre_dose", "bp_40_min", "bp_40_min_at", "bp_end", "bp_end_at",
    "sedation_moaas", "dissociation", "respiratory_depression",
    "ready_to_leave_at", "total_monitoring_minutes", "adverse_events", "nurse",
)
"""Column names, in order."""


def _time(moment: datetime | None) -> str:
    """Local ISO 8601 to the minute ("" when unknown)."""
    return "" if moment is None else moment.astimezone().isoformat(timespec="minutes")


def _clock(moment: datetime) -> str:
    """Local HH:MM."""
    return moment.astimezone().strftime("%H:%M")


def _bp(reading: BpReading | None) -> str:
    return "" if reading is None else reading.text


def row(record: RemsRecord) -> dict[str, str]:
    """The record as one CSV row of plain text values, keyed by :data:`FIELDS`."""
    clock = _clock
    yes_no = {None: "", True: "yes", False: "no"}
    return {
        "visit_id": str(record.visit_id),
        "record_number": record.record_number or "",
        "patient": record.patient_label,
        "dose_mg": "" if record.dose_mg is None else str(record.dose_mg),
        "dosed_at": _time(record.dosed_at),
        "bp_pre_dose": _bp(record.bp_pre),
        "bp_40_min": _bp(record.bp_40),
        "bp_40_min_at": _time(record.bp_40.taken_at if record.bp_40 else None),
        "bp_end": _bp(record.bp_end),
        "bp_end_at": _time(record.bp_end.taken_at if record.bp_end else None),
        "sedation_moaas": "; ".join(f"{clock(o.taken_at)} ({o.minutes} min) {o.moaas}"
                                    for o in record.observations if o.moaas is not None),
        "dissociation": "; ".join(f"{clock(o.taken_at)} ({o.minutes} min) {o.dissociation}"
                                  for o in record.observations if o.dissociation),
        "respiratory_depression": yes_no[record.respiratory_depression],
        "ready_to_leave_at": _time(record.ready_at),
        "total_monitoring_minutes": ("" if record.monitoring_minutes is None
                                     else str(record.monitoring_minutes)),
        "adverse_events": " | ".join(f"{clock(e.at)} {e.text}"
                                     for e in record.adverse_events),
        "nurse": record.nurse_name or "",
    }


def append_row(path: Path, record: RemsRecord) -> Path:
    """Append the record's row to ``path`` (with a header when new); owner-only."""
    private_folder(path.parent)
    new = not path.exists() or path.stat().st_size == 0
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=FIELDS, lineterminator="\n")
    if new:
        writer.writeheader()
    writer.writerow(row(record))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    with os.fdopen(fd, "a", encoding="utf-8", newline="") as handle:
        handle.write(text.getvalue())
    os.chmod(path, FILE_MODE)
    return path
