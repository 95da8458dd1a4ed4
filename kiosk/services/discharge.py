"""Discharge: the readiness verdict, the nurse's PIN signature, an override reason, the sheet.

The kiosk never discharges by itself. :meth:`DischargeService.discharge` needs
the signed-in nurse's PIN every time; when the verdict is not Ready it also
needs a written reason (kept on the visit and audited as ``discharge_override``
by :meth:`VisitService.end`), and it refuses while a criterion that may not be
waived (``Criterion.hard``) is unmet. It writes the take-home PDF before it
closes the visit, so a visit is never discharged without its sheet; for
esketamine it also writes the REMS monitoring record (one-page PDF and a CSV
row) once the nurse has answered its respiratory-depression question.

No Qt here: the PDFs are laid out by the renderer the caller passes (the views'
:class:`kiosk.views.documents.renderer.QtDocuments`). A refusal carries a
``kind`` the views translate; its message is plain English for logs and tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.config import Settings
from kiosk.domain.clock import Clock
from kiosk.domain.messages import Message
from kiosk.domain.notice import Notice
from kiosk.domain.readiness import Criterion, Readiness, Verdict
from kiosk.domain.records import CheckinRecord, Treatment, VisitRecord, VisitStatus
from kiosk.services.audit import AuditService
from kiosk.services.checkins import CheckinService
from kiosk.services.crisis_lines import clinic_crisis_words
from kiosk.services.journal import JournalService
from kiosk.services.rems import RemsRenderer, RemsService
from kiosk.services.staff_check import StaffDirectory
from kiosk.services.take_home import SheetRenderer, TakeHomeContent, write_take_home
from kiosk.services.visits import VisitService

MIN_OVERRIDE_CHARS = 10

REFUSALS = {
    "closed": "This visit is already closed.",
    "hard": "This cannot be overridden: %1",
    "reason": ("The patient is not marked ready. Write why you are discharging now "
               "(at least %1 characters)."),
    "pin": "%1",
    "rems": ("The esketamine REMS record needs an answer first: was there respiratory "
             "depression (yes or no)?"),
}
"""English words of each refusal kind (``%1``: the detail); the views translate by kind."""


class Documents(SheetRenderer, RemsRenderer, Protocol):
    """Lays out the take-home sheet and the REMS record (the views implement it)."""


class DischargeRefused(ValueError):
    """The discharge cannot go ahead.

    Attributes:
        kind: "closed", "hard", "reason", "pin" or "rems" (see :data:`REFUSALS`).
        detail: the words that fill ``%1`` (unmet items, a count, the PIN message).
        notice: the staff service's PIN message, untranslated, for the view ("pin").
        items: the unmet items of a "hard" refusal as messages, for the view to translate
            (``detail`` holds them in English).
    """

    def __init__(self, kind: str, detail: str = "", *, notice: Notice | None = None,
                 items: tuple[Message, ...] = ()) -> None:
        self.kind = kind
        self.detail = detail
        self.notice = notice
        self.items = items
        super().__init__(REFUSALS[kind].replace("%1", detail))


@dataclass(frozen=True)
class DischargeOutcome:
    """A finished discharge.

    Attributes:
        visit: the visit, now discharged.
        sheet: the take-home PDF written for the patient.
        overridden: True when the nurse discharged before the verdict was Ready.
        rems_pdf: the REMS monitoring record (esketamine only).
        rems_csv: the clinic's REMS CSV the row was added to (esketamine only).
    """

    visit: VisitRecord
    sheet: Path
    overridden: bool
    rems_pdf: Path | None = None
    rems_csv: Path | None = None


def needs_override(readiness: Readiness) -> bool:
    """True when a discharge now would need a written reason."""
    return readiness.verdict is not Verdict.READY


def blocking_criteria(readiness: Readiness) -> list[Criterion]:
    """The unmet criteria an override must not waive."""
    return [c for c in readiness.criteria if not c.met and c.hard]


class DischargeService:
    """Signs a visit out.

    Args:
        visits: opens and closes visits.
        checkins: sends the ready-to-go questionnaire to the tablet.
        journal: the patient's journal (on the sheet only when shared).
        audit: the audit trail.
        staff: checks the nurse's PIN.
        readiness: gives the current readiness of a visit by id.
        settings: the clinic settings in force.
        exports: the folder that receives the take-home sheets.
        clock: where "now" comes from.
        rems: builds and writes the esketamine REMS record.
        resources: the bundled resources (the crisis-line table).

    Attributes:
        settings: the clinic settings in force (replace to apply new ones).
    """

    def __init__(self, *, visits: VisitService, checkins: CheckinService,
                 journal: JournalService, audit: AuditService, staff: StaffDirectory,
                 readiness: Callable[[int], Readiness], settings: Settings,
                 exports: Path, clock: Clock, rems: RemsService, resources: Path) -> None:
        self._visits = visits
        self._checkins = checkins
        self._journal = journal
        self._audit = audit
        self._staff = staff
        self._readiness = readiness
        self.settings = settings
        self._exports = exports
        self._clock = clock
        self._rems = rems
        self._resources = resources

    def crisis_lines(self, lang: str) -> list[str]:
        """The crisis-line words a sheet in ``lang`` prints (empty: the clinic set none)."""
        return clinic_crisis_words(self._resources, self.settings.clinic, lang)

    def readiness(self, visit_id: int) -> Readiness:
        """The readiness verdict and every criterion for a visit, now."""
        return self._readiness(visit_id)

    def request_ready_to_go(self, visit_id: int, *, staff_id: int | None) -> CheckinRecord:
        """Ask the bay's tablet to show the ready-to-go questionnaire."""
        checkin = self._checkins.request_ready_to_go(visit_id)
        self._audit.record("ready_to_go_requested", staff_id=staff_id, visit_id=visit_id)
        return checkin

    def take_home_content(self, visit: VisitRecord) -> TakeHomeContent:
        """What the visit's take-home sheet shows, in the visit's language."""
        settings = self.settings
        shared = self._journal.load(visit.id)
        return TakeHomeContent(
            clinic_name=settings.clinic.name, clinic_phone=settings.clinic.phone,
            crisis_lines=tuple(self.crisis_lines(visit.language)),
            visit_date=self._clock.now().astimezone().date(), language=visit.language,
            journal=shared.text if shared is not None and shared.shared else None)

    def discharge(self, visit_id: int, *, staff_id: int, pin: str, documents: Documents,
                  override_reason: str | None = None) -> DischargeOutcome:
        """Sign a visit out, write its take-home sheet (and REMS record) and close it.

        Args:
            visit_id: the visit.
            staff_id: the signing nurse.
            pin: the nurse's PIN, typed now.
            documents: lays out the PDFs (the views' Qt renderer).
            override_reason: why, when the verdict is not Ready.

        Raises:
            DischargeRefused: visit not open, a hard criterion unmet, a missing or
                short override reason, the REMS question unanswered, or a wrong
                PIN (nothing is changed).
            StorageError: the database refused the change.
            OSError: a file could not be written (the visit stays open).
            LookupError: the visit's language has no translation for the sheet.
        """
        visit = self._visits.get(visit_id)
        if visit is None or visit.status is not VisitStatus.RECOVERING:
            raise DischargeRefused("closed")
        readiness = self._readiness(visit_id)
        reason = self._check_override(readiness, override_reason)
        esketamine = visit.treatment is Treatment.ESKETAMINE
        if esketamine and visit.respiratory_depression is None:
            raise DischargeRefused("rems")
        result = self._staff.verify_pin(staff_id, pin, purpose="discharge")
        if not result.ok:
            raise DischargeRefused("pin", result.message or "That PIN is not right.",
                                   notice=result.notice)
        sheet = write_take_home(self._exports, visit_id, self.take_home_content(visit),
                                documents)
        self._audit.record("sheet_saved", staff_id=staff_id, visit_id=visit_id)
        rems_pdf = rems_csv = None
        if esketamine:
            record = self._rems.record(
                visit_id, ready_at=self._clock.now(),
                nurse_name=result.staff.name if result.staff is not None else None)
            if record is not None:
                rems_pdf, rems_csv = self._rems.write(record, documents)
                self._audit.record("rems_record_written", staff_id=staff_id,
                                   visit_id=visit_id)
        closed = self._visits.end(visit_id, VisitStatus.DISCHARGED, staff_id=staff_id,
                                  override_reason=reason)
        return DischargeOutcome(visit=closed, sheet=sheet, overridden=reason is not None,
                                rems_pdf=rems_pdf, rems_csv=rems_csv)

    @staticmethod
    def _check_override(readiness: Readiness, reason: str | None) -> str | None:
        """Return the reason to keep (None when Ready), or refuse."""
        if not needs_override(readiness):
            return None
        blocking = blocking_criteria(readiness)
        if blocking:
            raise DischargeRefused("hard", "; ".join(c.label for c in blocking),
                                   items=tuple(c.detail for c in blocking))
        text = (reason or "").strip()
        if len(" ".join(text.split())) < MIN_OVERRIDE_CHARS:
            raise DischargeRefused("reason", str(MIN_OVERRIDE_CHARS))
        return text
