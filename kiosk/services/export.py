"""Admin export: CSV tables and FHIR QuestionnaireResponse bundles for a date range.

One export is one owner-only folder ``exports/export-YYYYMMDD-HHMMSS/`` (0700)
holding, for the visits opened in the range:

* ``visits.csv``, ``checkins.csv``, ``answers.csv`` (one row per answer, with its
  check-in and visit), ``observations.csv`` and ``alerts.csv``: one CSV per table,
  UTF-8, a header row, times in ISO 8601 UTC;
* ``fhir/visit-<id>.json``: one FHIR R4 ``Bundle`` of type ``collection`` per
  visit that an EHR can join (Patient, Encounter, responses, vitals, flags:
  :mod:`kiosk.services.fhir_bundle`).

The CSV holds the same answers as the FHIR responses: answers to items that
other answers disabled are left out of both.

Exports of any size: the visits are read :data:`CHUNK` at a time (so no query
holds more parameters than that, whatever the range: PostgreSQL refuses more
than 65,535), every chunk's rows are streamed into the open CSV files and its
bundles written before the next is read, so memory stays that of one chunk.
``progress(done, total)`` is called after each chunk and ``cancelled()`` asked
before each; a cancelled or failed export leaves nothing behind (it is written
into ``<folder>.partial`` and renamed when complete). The page runs it off the
GUI thread (``kiosk/views/nurse/export_worker.py``).

The per-visit seam is :meth:`ExportService.visit_bundle`: it gets one
:class:`VisitRows` and returns the visit's bundle; a richer FHIR builder plugs
in there (``bundle_builder``).

Every file is 0600. The export is audited as ``export`` with the date range and
counts only, never patient data.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import IO, Any

from kiosk.domain.clock import Clock
from kiosk.domain.records import (
    AlertRecord,
    AnswerRecord,
    CheckinRecord,
    ObservationRecord,
    VisitRecord,
)
from kiosk.services.audit import AuditService
from kiosk.services.checkins import CheckinService
from kiosk.services.fhir_bundle import counted_answers, visit_bundle
from kiosk.services.owner_only import FILE_MODE, private_folder
from kiosk.storage.db import Database
from kiosk.storage.repositories.export_rows import ExportRepository

CSV_TABLES = ("visits", "checkins", "answers", "observations", "alerts")
CHUNK = 500
"""Visits per chunk: a few MB of rows, and far below every parameter limit."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ANSWER_HEADER = ["visit_id", "checkin_id", "link_id", "value", "answered_at"]


class ExportCancelled(Exception):
    """The export was cancelled; nothing was left behind."""


@dataclass(frozen=True)
class ExportResult:
    """What one export wrote.

    Attributes:
        folder: the export folder.
        files: every file written, CSVs first, then the FHIR bundles.
        visit_count: how many visits were in the range.
        skipped_responses: check-ins whose answers no longer fit the questionnaire.
    """

    folder: Path
    files: tuple[Path, ...]
    visit_count: int
    skipped_responses: int


@dataclass(frozen=True)
class VisitRows:
    """Everything recorded for one visit, as the per-visit bundle builder gets it.

    Attributes:
        visit: the visit.
        checkins: its check-ins, by due time.
        answers: check-in id -> linkId -> value.
        observations: the nurse observations.
        alerts: its alerts.
    """

    visit: VisitRecord
    checkins: list[CheckinRecord] = field(default_factory=list)
    answers: dict[int, dict[str, Any]] = field(default_factory=dict)
    observations: list[ObservationRecord] = field(default_factory=list)
    alerts: list[AlertRecord] = field(default_factory=list)


BundleBuilder = Callable[[VisitRows, datetime], tuple[dict[str, Any], int]]
"""(visit rows, export time) -> (the visit's FHIR Bundle, check-ins left out)."""


def cell(value: Any) -> Any:
    """One CSV cell: times in ISO 8601, lists as JSON, formulas defused for spreadsheets."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, list):
        return json.dumps(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _names(record_type: type) -> list[str]:
    return [f.name for f in fields(record_type)]


def _open_private(path: Path, *, text: bool = True) -> IO[Any]:
    """Open ``path`` for writing with mode 0600 from the first byte on."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    if text:
        return os.fdopen(fd, "w", encoding="utf-8", newline="")
    return os.fdopen(fd, "wb")


class _CsvFiles:
    """The five CSV files, open for the whole export, one writer each."""

    def __init__(self, folder: Path, stack: ExitStack) -> None:
        self.paths = [folder / f"{name}.csv" for name in CSV_TABLES]
        self.writers = {}
        headers = {"visits": _names(VisitRecord), "checkins": _names(CheckinRecord),
                   "answers": _ANSWER_HEADER, "observations": _names(ObservationRecord),
                   "alerts": _names(AlertRecord)}
        for name, path in zip(CSV_TABLES, self.paths, strict=True):
            handle = stack.enter_context(_open_private(path))
            self.writers[name] = csv.writer(handle, lineterminator="\n")
            self.writers[name].writerow(headers[name])

    def records(self, name: str, records: list[Any], record_type: type) -> None:
        names = _names(record_type)
        self.writers[name].writerows([cell(getattr(r, n)) for n in names] for r in records)

    def answers(self, answers: list[AnswerRecord], visit_of: dict[int, int]) -> None:
        self.writers["answers"].writerows(
            [visit_of[a.checkin_id], a.checkin_id, cell(a.link_id), cell(a.value),
             cell(a.answered_at)] for a in answers)


class ExportService:
    """Writes exports of the records of a date range."""

    def __init__(self, db: Database, clock: Clock, *, checkins: CheckinService,
                 audit: AuditService, exports: Path,
                 bundle_builder: BundleBuilder | None = None,
                 record_system: str = "urn:recovery-kiosk:record-number") -> None:
        self._record_system = record_system
        self._db = db
        self._clock = clock
        self._checkins = checkins
        self._audit = audit
        self._exports = exports
        self.bundle_builder: BundleBuilder = bundle_builder or self.visit_bundle

    def export(self, since: datetime, until: datetime, *, staff_id: int | None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> ExportResult:
        """Export every visit opened in ``[since, until)``, chunk by chunk.

        Raises:
            ValueError: the range is empty or backwards.
            ExportCancelled: ``cancelled()`` said so; nothing was left behind.
            StorageError: the database could not be read.
            OSError: a file could not be written.
        """
        if until <= since:
            raise ValueError("The end of the range must be after its start.")
        with self._db.unit() as s:
            ids = ExportRepository(s).visit_ids_between(since, until)
        now = self._clock.now()
        final = self._exports / f"export-{now:%Y%m%d-%H%M%S}"
        partial = final.with_name(final.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        private_folder(partial)
        private_folder(partial / "fhir")
        try:
            bundles, skipped = self._write(partial, ids, now, progress, cancelled)
            if final.exists():  # a second export within the same second
                final = final.with_name(f"{final.name}-{uuid.uuid4().hex[:6]}")
            os.replace(partial, final)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        files = [final / f"{name}.csv" for name in CSV_TABLES]
        files += [final / "fhir" / f"visit-{visit_id}.json" for visit_id in bundles]
        self._audit.record("export", staff_id=staff_id, detail=(
            f"{since:%Y-%m-%d} to {until:%Y-%m-%d}: {len(ids)} visits, {len(files)} files"))
        return ExportResult(final, tuple(files), len(ids), skipped)

    def _write(self, folder: Path, ids: list[int], now: datetime,
               progress: Callable[[int, int], None] | None,
               cancelled: Callable[[], bool] | None) -> tuple[list[int], int]:
        written: list[int] = []
        skipped = 0
        with ExitStack() as stack:
            tables = _CsvFiles(folder, stack)
            for start in range(0, len(ids), CHUNK):
                if cancelled is not None and cancelled():
                    raise ExportCancelled
                for rows in self._chunk(ids[start:start + CHUNK], tables):
                    if cancelled is not None and cancelled():
                        raise ExportCancelled  # checked per visit too: Cancel is prompt
                    bundle, left_out = self.bundle_builder(rows, now)
                    skipped += left_out
                    # Compact: with ``indent`` json falls back to its pure-Python encoder
                    # (about 10x slower on a year of visits).
                    data = json.dumps(bundle, ensure_ascii=False,
                                      separators=(",", ":")).encode("utf-8")
                    with _open_private(folder / "fhir" / f"visit-{rows.visit.id}.json",
                                       text=False) as handle:
                        handle.write(data)
                    written.append(rows.visit.id)
                if progress is not None:
                    progress(min(start + CHUNK, len(ids)), len(ids))
        if progress is not None and not ids:
            progress(0, 0)
        return written, skipped

    def _chunk(self, ids: list[int], tables: _CsvFiles) -> Iterator[VisitRows]:
        """Read one chunk in one unit, write its CSV rows, yield each visit's rows."""
        with self._db.unit() as s:
            repo = ExportRepository(s)
            visits = repo.visits(ids)
            checkins = repo.checkins(ids)
            answers = repo.answers_of_visits(ids)
            observations = repo.observations(ids)
            alerts = repo.alerts(ids)
        # Only the answers that count (disabled items' answers go), in CSV and FHIR alike.
        answers = counted_answers(checkins, answers, self._checkins.questionnaire_for)
        visit_of = {c.id: c.visit_id for c in checkins}
        tables.records("visits", visits, VisitRecord)
        tables.records("checkins", checkins, CheckinRecord)
        tables.answers(answers, visit_of)
        tables.records("observations", observations, ObservationRecord)
        tables.records("alerts", alerts, AlertRecord)
        rows = {v.id: VisitRows(v) for v in visits}
        for c in checkins:
            rows[c.visit_id].checkins.append(c)
        for a in answers:
            rows[visit_of[a.checkin_id]].answers.setdefault(a.checkin_id, {})[a.link_id] = \
                a.value
        for o in observations:
            rows[o.visit_id].observations.append(o)
        for al in alerts:
            if al.visit_id in rows:  # a call from an empty bay belongs to no visit
                rows[al.visit_id].alerts.append(al)
        yield from rows.values()

    def visit_bundle(self, rows: VisitRows, now: datetime) -> tuple[dict[str, Any], int]:
        """One visit's Bundle (:func:`kiosk.services.fhir_bundle.visit_bundle`)."""
        return visit_bundle(
            rows.visit, checkins=rows.checkins, answers=rows.answers,
            observations=rows.observations, alerts=rows.alerts,
            questionnaire_for=self._checkins.questionnaire_for,
            record_system=self._record_system, now=now)
