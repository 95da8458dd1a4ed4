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

Every file is 0600. The export is audited as ``export`` with the date range and
counts only, never patient data.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, fields
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

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
from kiosk.services.owner_only import private_folder, write_private
from kiosk.storage.db import Database
from kiosk.storage.repositories.export_rows import ExportRepository

CSV_TABLES = ("visits", "checkins", "answers", "observations", "alerts")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


def csv_bytes(header: list[str], rows: list[list[Any]]) -> bytes:
    """A CSV file's bytes (UTF-8, Unix line ends inside, quoted as needed)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[cell(v) for v in row] for row in rows])
    return out.getvalue().encode("utf-8")


def _record_rows(records: list[Any], record_type: type) -> tuple[list[str], list[list[Any]]]:
    names = [f.name for f in fields(record_type)]
    return names, [[getattr(r, n) for n in names] for r in records]


class ExportService:
    """Writes exports of the records of a date range."""

    def __init__(self, db: Database, clock: Clock, *, checkins: CheckinService,
                 audit: AuditService, exports: Path,
                 record_system: str = "urn:recovery-kiosk:record-number") -> None:
        self._record_system = record_system
        self._db = db
        self._clock = clock
        self._checkins = checkins
        self._audit = audit
        self._exports = exports

    def export(self, since: datetime, until: datetime, *,
               staff_id: int | None) -> ExportResult:
        """Export every visit opened in ``[since, until)``.

        Raises:
            ValueError: the range is empty or backwards.
            StorageError: the database could not be read.
            OSError: a file could not be written.
        """
        if until <= since:
            raise ValueError("The end of the range must be after its start.")
        with self._db.unit() as s:
            repo = ExportRepository(s)
            visits = repo.visits_between(since, until)
            ids = [v.id for v in visits]
            checkins = repo.checkins(ids)
            answers = repo.answers([c.id for c in checkins])
            observations = repo.observations(ids)
            alerts = repo.alerts(ids)
        now = self._clock.now()
        folder = private_folder(self._exports / f"export-{now:%Y%m%d-%H%M%S}")
        answers = counted_answers(checkins, answers, self._checkins.questionnaire_for)
        files = self._write_csvs(folder, visits, checkins, answers, observations, alerts)
        bundles, skipped = self._write_bundles(folder, visits, checkins, answers, now,
                                               observations, alerts)
        self._audit.record("export", staff_id=staff_id, detail=(
            f"{since:%Y-%m-%d} to {until:%Y-%m-%d}: {len(visits)} visits, "
            f"{len(files) + len(bundles)} files"))
        return ExportResult(folder, tuple(files + bundles), len(visits), skipped)

    @staticmethod
    def _write_csvs(folder: Path, visits: list[VisitRecord], checkins: list[CheckinRecord],
                    answers: list[AnswerRecord], observations: list[ObservationRecord],
                    alerts: list[AlertRecord]) -> list[Path]:
        visit_of = {c.id: c.visit_id for c in checkins}
        answer_rows = [[visit_of[a.checkin_id], a.checkin_id, a.link_id, a.value,
                        a.answered_at] for a in answers]
        tables = {
            "visits": _record_rows(visits, VisitRecord),
            "checkins": _record_rows(checkins, CheckinRecord),
            "answers": (["visit_id", "checkin_id", "link_id", "value", "answered_at"],
                        answer_rows),
            "observations": _record_rows(observations, ObservationRecord),
            "alerts": _record_rows(alerts, AlertRecord),
        }
        return [write_private(folder / f"{name}.csv", csv_bytes(*tables[name]))
                for name in CSV_TABLES]

    def _write_bundles(self, folder: Path, visits: list[VisitRecord],
                       checkins: list[CheckinRecord], answers: list[AnswerRecord],
                       now: datetime, observations: list[ObservationRecord],
                       alerts: list[AlertRecord]) -> tuple[list[Path], int]:
        by_checkin: dict[int, dict[str, Any]] = {}
        for a in answers:
            by_checkin.setdefault(a.checkin_id, {})[a.link_id] = a.value
        written, skipped = [], 0
        for visit in visits:
            bundle, left_out = visit_bundle(
                visit, checkins=[c for c in checkins if c.visit_id == visit.id],
                answers=by_checkin,
                observations=[o for o in observations if o.visit_id == visit.id],
                alerts=[a for a in alerts if a.visit_id == visit.id],
                questionnaire_for=self._checkins.questionnaire_for,
                record_system=self._record_system, now=now)
            skipped += left_out
            data = json.dumps(bundle, ensure_ascii=False, indent=2).encode("utf-8")
            written.append(write_private(folder / "fhir" / f"visit-{visit.id}.json", data))
        return written, skipped
