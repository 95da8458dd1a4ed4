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
before each visit; a cancelled or failed export leaves nothing behind (it is
written into ``<folder>.partial`` and renamed when complete). The page runs it
in a child process (:meth:`ExportService.job`, ``kiosk/services/export_process.py``,
started by ``kiosk/views/nurse/export_worker.py``), which writes the files
(:meth:`ExportService.write`) while the app's process records the audit event
(:meth:`ExportService.record`).

Each response is built from the stored answers by its questionnaire's
:class:`~kiosk.domain.questionnaire.response_template.ResponseTemplate`, which
keeps the engine's verdicts rather than working them out 180,000 times a year;
answers are read as plain driver rows. With two cores the child process hands
the later half of the visits to a second one (:meth:`ExportService.write` with
``split``) and appends its CSV parts in order.

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
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
from operator import attrgetter
from pathlib import Path
from typing import IO, Any, Protocol

import orjson

from kiosk.domain.clock import Clock
from kiosk.domain.questionnaire import Questionnaire
from kiosk.domain.records import (
    AlertRecord,
    CheckinKind,
    CheckinRecord,
    ObservationRecord,
    VisitRecord,
)
from kiosk.services.audit import AuditService
from kiosk.services.fhir_bundle import template_of, visit_bundle
from kiosk.services.owner_only import FILE_MODE, private_folder, write_all
from kiosk.storage.cipher import key_of
from kiosk.storage.db import Database
from kiosk.storage.repositories.export_rows import ExportRepository

CSV_TABLES = ("visits", "checkins", "answers", "observations", "alerts")
CHUNK = 100
"""Visits per chunk: far below every parameter limit, and few enough rows alive at once
that the garbage collector's full passes stay short (at 500 they took 45 ms, and
the GUI thread waits for them: bench/README.md)."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ANSWER_HEADER = ["visit_id", "checkin_id", "link_id", "value", "answered_at"]
_PLAIN = frozenset({int, bool, float})
AnswerRow = tuple[int, str, Any, str]
"""(check-in id, linkId, value, answered_at in ISO 8601), as the export reads answers."""


class ExportCancelled(Exception):
    """The export was cancelled; nothing was left behind."""


class SplitPart(Protocol):
    """The later half of an export, being written elsewhere (another process)."""

    def finish(self, cancelled: Callable[[], bool] | None = None) -> tuple[list[int], int]:
        """Wait for it: the visits it wrote and the check-ins it left out.

        ``cancelled()`` is asked while waiting: Cancel stays prompt.

        Raises:
            ExportCancelled, StorageError, OSError: as the export's own half would.
        """

    def cancel(self) -> None:
        """Stop it and wait until it has ended."""


Split = Callable[[list[int], Path, Callable[[int, int], None]], SplitPart]
"""(visit ids, the partial folder, progress(done, total)) -> the part writing them."""
PART_SUFFIX = ".part"


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


def _open_private(path: Path) -> IO[str]:
    """Open a text file for writing with mode 0600 from the first byte on."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def _write_private(path: Path, data: bytes) -> None:
    """Write a whole small file, mode 0600 from the first byte on (no buffered file object)."""
    write_all(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE), data)


class _CsvFiles:
    """The five CSV files, open for the whole export, one writer each."""

    def __init__(self, folder: Path, stack: ExitStack, *, part: bool = False) -> None:
        # A part (the second process's share) has no header: it is appended as is.
        self.paths = [folder / f"{name}.csv{PART_SUFFIX if part else ''}"
                      for name in CSV_TABLES]
        self.writers = {}
        headers = {"visits": _names(VisitRecord), "checkins": _names(CheckinRecord),
                   "answers": _ANSWER_HEADER, "observations": _names(ObservationRecord),
                   "alerts": _names(AlertRecord)}
        for name, path in zip(CSV_TABLES, self.paths, strict=True):
            handle = stack.enter_context(_open_private(path))
            self.writers[name] = csv.writer(handle, lineterminator="\n")
            if not part:
                self.writers[name].writerow(headers[name])

    def records(self, name: str, records: list[Any], record_type: type) -> None:
        row = attrgetter(*_names(record_type))
        plain = _PLAIN  # numbers and booleans need no cell()
        self.writers[name].writerows([v if type(v) in plain else cell(v) for v in row(r)]
                                     for r in records)

    def answers(self, answers: list[AnswerRow], visit_of: dict[int, int]) -> None:
        # A year holds 1.5 million answers: numbers and booleans (most of them) go
        # straight to the writer, the rest through `cell`.
        self.writers["answers"].writerows(
            (visit_of[checkin_id], checkin_id, cell(link_id),
             value if type(value) in _PLAIN else cell(value), answered)
            for checkin_id, link_id, value, answered in answers)


@dataclass(frozen=True)
class ExportJob:
    """One export as a child process gets it (pickled over its stdin, never argv).

    Attributes:
        url: the database URL.
        key: the SQLCipher key, or None for a plain file or another database.
        questionnaires: the questionnaire of each kind of check-in.
        exports: the folder the export folder goes in.
        record_system: the identifier system of record numbers.
        since: the start of the range.
        until: its end.
        now: the export's time (its folder name and the bundles' timestamp).
        part: for a second process: the visits it writes and the partial folder
            it writes them into (:meth:`ExportService.write_part`).
    """

    url: str
    key: bytes | None = field(repr=False)
    questionnaires: dict[CheckinKind, Questionnaire]
    exports: Path
    record_system: str
    since: datetime
    until: datetime
    now: datetime
    part: tuple[tuple[int, ...], Path] | None = None


class Forms(Protocol):
    """The questionnaires check-ins answer (a :class:`CheckinService` is one)."""

    def questionnaire(self, kind: CheckinKind) -> Questionnaire:
        """The questionnaire of a kind of check-in."""

    def questionnaire_for(self, checkin: CheckinRecord) -> Questionnaire:
        """The questionnaire a stored check-in answers."""


class ExportService:
    """Writes exports of the records of a date range."""

    def __init__(self, db: Database, clock: Clock, *, checkins: Forms,
                 audit: AuditService | None, exports: Path,
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
        """Export every visit opened in ``[since, until)``, chunk by chunk, and audit it.

        Raises:
            ValueError: the range is empty or backwards.
            ExportCancelled: ``cancelled()`` said so; nothing was left behind.
            StorageError: the database could not be read.
            OSError: a file could not be written.
        """
        result = self.write(since, until, self._clock.now(), progress=progress,
                            cancelled=cancelled)
        self.record(result, since, until, staff_id=staff_id)
        return result

    @property
    def uses_default_builder(self) -> bool:
        """Whether bundles come from :meth:`visit_bundle` (a child process can build them)."""
        return self.bundle_builder == self.visit_bundle

    def job(self, since: datetime, until: datetime) -> ExportJob:
        """What a child process needs to write this export (:mod:`export_process`)."""
        if until <= since:
            raise ValueError("The end of the range must be after its start.")
        return ExportJob(url=self._db.url, key=key_of(self._db.engine),
                         questionnaires={kind: self._checkins.questionnaire(kind)
                                         for kind in CheckinKind},
                         exports=self._exports, record_system=self._record_system,
                         since=since, until=until, now=self._clock.now())

    def record(self, result: ExportResult, since: datetime, until: datetime, *,
               staff_id: int | None) -> None:
        """Audit a written export: the range and counts only, never patient data."""
        assert self._audit is not None, "a child process writes, its parent audits"
        self._audit.record("export", staff_id=staff_id, detail=(
            f"{since:%Y-%m-%d} to {until:%Y-%m-%d}: {result.visit_count} visits, "
            f"{len(result.files)} files"))

    def write(self, since: datetime, until: datetime, now: datetime, *,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None,
              split: Split | None = None) -> ExportResult:
        """Write the export folder of ``[since, until)`` as of ``now`` (not audited).

        With ``split``, the later half of the visits (whole chunks) is written by
        the part it starts (another process, on the other core) while this one
        writes the first half; its CSV rows are then appended in order.

        Raises:
            as :meth:`export`.
        """
        if until <= since:
            raise ValueError("The end of the range must be after its start.")
        with self._db.unit() as s:
            ids = ExportRepository(s).visit_ids_between(since, until)
        final = self._exports / f"export-{now:%Y%m%d-%H%M%S}"
        partial = final.with_name(final.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        private_folder(partial)
        private_folder(partial / "fhir")
        try:
            bundles, skipped = self._split_write(partial, ids, now, progress, cancelled, split)
            if final.exists():  # a second export within the same second
                final = final.with_name(f"{final.name}-{uuid.uuid4().hex[:6]}")
            os.replace(partial, final)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        files = [final / f"{name}.csv" for name in CSV_TABLES]
        files += [final / "fhir" / f"visit-{visit_id}.json" for visit_id in bundles]
        return ExportResult(final, tuple(files), len(ids), skipped)

    def write_part(self, ids: list[int], folder: Path, now: datetime, *,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> tuple[list[int], int]:
        """Write these visits' bundles and CSV parts (no headers) into ``folder``.

        The share of a second process (:meth:`write` with ``split``); it returns
        the visits written and the check-ins left out.
        """
        return self._write(folder, ids, now, progress, cancelled, part=True)

    def _split_write(self, folder: Path, ids: list[int], now: datetime,
                     progress: Callable[[int, int], None] | None,
                     cancelled: Callable[[], bool] | None,
                     split: Split | None) -> tuple[list[int], int]:
        chunks = -(-len(ids) // CHUNK)
        if split is None or chunks < 2:
            return self._write(folder, ids, now, progress, cancelled)
        cut = -(-chunks // 2) * CHUNK
        lock = threading.Lock()
        done = [0, 0]

        def report(side: int, count: int, _total: int = 0) -> None:
            with lock:  # two threads report; the sum only grows
                done[side] = count
                if progress is not None:
                    progress(done[0] + done[1], len(ids))

        part = split(ids[cut:], folder, lambda count, total: report(1, count))
        try:
            written, skipped = self._write(folder, ids[:cut], now,
                                           lambda count, total: report(0, count), cancelled)
            theirs, their_skipped = part.finish(cancelled)
        except BaseException:
            part.cancel()  # it stops and ends before the folder is removed
            raise
        for name in CSV_TABLES:
            piece = folder / f"{name}.csv{PART_SUFFIX}"
            with piece.open("rb") as source, (folder / f"{name}.csv").open("ab") as target:
                shutil.copyfileobj(source, target, 1 << 20)
            piece.unlink()
        return written + theirs, skipped + their_skipped

    def _write(self, folder: Path, ids: list[int], now: datetime,
               progress: Callable[[int, int], None] | None,
               cancelled: Callable[[], bool] | None, *,
               part: bool = False) -> tuple[list[int], int]:
        written: list[int] = []
        skipped = 0
        with ExitStack() as stack:
            tables = _CsvFiles(folder, stack, part=part)
            for start in range(0, len(ids), CHUNK):
                if cancelled is not None and cancelled():
                    raise ExportCancelled
                for rows in self._chunk(ids[start:start + CHUNK], tables):
                    if cancelled is not None and cancelled():
                        raise ExportCancelled  # checked per visit too: Cancel is prompt
                    bundle, left_out = self.bundle_builder(rows, now)
                    skipped += left_out
                    # orjson: compact UTF-8, about 8x faster than the json module's
                    # C encoder on a year of bundles (bench/README.md, issue 11).
                    data = orjson.dumps(bundle)
                    _write_private(folder / "fhir" / f"visit-{rows.visit.id}.json", data)
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
            answers = repo.answer_rows(ids)
            observations = repo.observations(ids)
            alerts = repo.alerts(ids)
        # Only the answers that count (disabled items' answers go), in CSV and FHIR alike.
        kept = self._counted(checkins, answers)
        answers = [a for a in answers if a[1] in kept.get(a[0], ())]
        visit_of = {c.id: c.visit_id for c in checkins}
        tables.records("visits", visits, VisitRecord)
        tables.records("checkins", checkins, CheckinRecord)
        tables.answers(answers, visit_of)
        tables.records("observations", observations, ObservationRecord)
        tables.records("alerts", alerts, AlertRecord)
        rows = {v.id: VisitRows(v) for v in visits}
        for c in checkins:
            rows[c.visit_id].checkins.append(c)
        for checkin_id, given in kept.items():
            if given:
                rows[visit_of[checkin_id]].answers[checkin_id] = given
        for o in observations:
            rows[o.visit_id].observations.append(o)
        for al in alerts:
            if al.visit_id in rows:  # a call from an empty bay belongs to no visit
                rows[al.visit_id].alerts.append(al)
        yield from rows.values()

    def _counted(self, checkins: list[CheckinRecord], answers: list[AnswerRow]
                 ) -> dict[int, dict[str, Any]]:
        """Check-in id -> the answers that count (:func:`fhir_bundle.counted_answers`)."""
        by_checkin: dict[int, dict[str, Any]] = {}
        for checkin_id, link_id, value, _ in answers:
            by_checkin.setdefault(checkin_id, {})[link_id] = value
        kept: dict[int, dict[str, Any]] = {}
        for checkin in checkins:
            given = by_checkin.get(checkin.id)
            if given:
                try:
                    q = self._checkins.questionnaire_for(checkin)
                except KeyError:  # its questionnaire is no longer loaded: keep what is stored
                    kept[checkin.id] = given
                else:
                    kept[checkin.id] = template_of(q).counted(given)
        return kept

    def visit_bundle(self, rows: VisitRows, now: datetime) -> tuple[dict[str, Any], int]:
        """One visit's Bundle (:func:`kiosk.services.fhir_bundle.visit_bundle`)."""
        return visit_bundle(
            rows.visit, checkins=rows.checkins, answers=rows.answers,
            observations=rows.observations, alerts=rows.alerts,
            questionnaire_for=self._checkins.questionnaire_for,
            record_system=self._record_system, now=now)
