"""The Spravato REMS monitoring record of esketamine visits, and its "BP due" reminder.

:class:`RemsService` fills :class:`kiosk.domain.rems.RemsRecord` from a visit's
stored records (the nurse reviews it on the discharge page before signing),
writes it at discharge as a one-page PDF (through the views' renderer) plus one
row of the clinic's REMS CSV (:mod:`kiosk.services.rems_csv`), and raises the
"BP due" review alert when the ~40-minute blood pressure is not in by 45
minutes (CLINICAL.md section 4). Files are owner-only and named by visit id
and date, never by the patient's name.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol

from kiosk.domain.clock import Clock
from kiosk.domain.messages import Message
from kiosk.domain.records import AlertRecord, Severity, Treatment
from kiosk.domain.rems import BP_DUE_RULE, RemsRecord, bp_due, build_rems
from kiosk.services.owner_only import write_private
from kiosk.services.rems_csv import append_row
from kiosk.storage.db import Database
from kiosk.storage.repositories.alerts import AlertRepository
from kiosk.storage.repositories.observations import ObservationRepository
from kiosk.storage.repositories.visits import VisitRepository

REMS_FOLDER = "rems"
REMS_CSV = "rems-monitoring-records.csv"
BP_DUE_CAUSE = Message("cause.bp_due").english()


class RemsRenderer(Protocol):
    """Lays a REMS record out as a one-page PDF (implemented by the views, with Qt)."""

    def rems_pdf(self, record: RemsRecord) -> bytes:
        """Return the PDF bytes of ``record``."""
        ...


def rems_pdf_path(exports: Path, record: RemsRecord) -> Path:
    """Where a visit's REMS PDF goes: visit id and date, never the patient's name."""
    day = record.dosed_at.astimezone().date()
    return exports / REMS_FOLDER / f"rems-visit-{record.visit_id}-{day:%Y-%m-%d}.pdf"


class RemsService:
    """Builds, writes and watches over REMS monitoring records."""

    def __init__(self, db: Database, clock: Clock, *, exports: Path) -> None:
        self._db = db
        self._clock = clock
        self._exports = exports

    def record(self, visit_id: int, *, ready_at: datetime | None = None,
               nurse_name: str | None = None) -> RemsRecord | None:
        """The REMS record of an esketamine visit as it stands; None for IV ketamine.

        Raises:
            LookupError: no such visit.
        """
        with self._db.unit() as s:
            visit = VisitRepository(s).require(visit_id)
            if visit.treatment is not Treatment.ESKETAMINE:
                return None
            observations = ObservationRepository(s).for_visit(visit_id)
            alerts = AlertRepository(s).for_visit(visit_id, open_only=False)
        return build_rems(visit, observations, alerts, ready_at=ready_at, nurse_name=nurse_name)

    def missing(self, visit_id: int) -> list[Message] | None:
        """What the REMS record of a visit still needs now (None: not an esketamine visit)."""
        record = self.record(visit_id)
        return None if record is None else record.missing(self._clock.now())

    def write(self, record: RemsRecord, renderer: RemsRenderer) -> tuple[Path, Path]:
        """Write the one-page PDF and append the CSV row; return both paths."""
        pdf = write_private(rems_pdf_path(self._exports, record), renderer.rems_pdf(record))
        csv_path = append_row(self._exports / REMS_FOLDER / REMS_CSV, record)
        return pdf, csv_path

    def raise_bp_due(self) -> list[AlertRecord]:
        """Raise "BP due" (review) for each esketamine visit whose 40-minute BP is late.

        One alert per visit at most: a visit that already has one (open or
        acknowledged) gets no second.
        """
        now = self._clock.now()
        raised = []
        with self._db.unit() as s:
            alerts = AlertRepository(s)
            observations = ObservationRepository(s)
            for visit in VisitRepository(s).active():
                if visit.treatment is not Treatment.ESKETAMINE:
                    continue
                if not bp_due(visit, observations.for_visit(visit.id), now):
                    continue
                if any(a.rule_id == BP_DUE_RULE
                       for a in alerts.for_visit(visit.id, open_only=False)):
                    continue
                raised.append(alerts.add(visit_id=visit.id, cause=BP_DUE_CAUSE,
                                         severity=Severity.REVIEW, now=now,
                                         rule_id=BP_DUE_RULE))
        return raised
