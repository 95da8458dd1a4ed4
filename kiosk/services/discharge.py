"""Discharge: the readiness verdict, the nurse's PIN signature, an override reason, the sheet.

The kiosk never discharges by itself. :meth:`DischargeService.discharge` needs
the signed-in nurse's PIN every time; when the verdict is not Ready it also
needs a written reason (kept on the visit and audited as ``discharge_override``
by :meth:`VisitService.end`), and it refuses while a criterion that may not be
waived (``Criterion.hard``) is unmet. It writes the take-home PDF before it
closes the visit, so a visit is never discharged without its sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kiosk.config import Settings
from kiosk.domain.clock import Clock
from kiosk.domain.notice import fill
from kiosk.domain.readiness import Readiness, Verdict
from kiosk.domain.records import CheckinRecord, VisitRecord, VisitStatus
from kiosk.services.audit import AuditService
from kiosk.services.checkins import CheckinService
from kiosk.services.journal import JournalService
from kiosk.services.staff_check import StaffDirectory
from kiosk.services.take_home import TakeHomeContent, write_take_home
from kiosk.services.visits import VisitService

MIN_OVERRIDE_CHARS = 10


def _t(text: str) -> str:
    return QCoreApplication.translate("Discharge", text)


class DischargeRefused(ValueError):
    """The discharge cannot go ahead; the message tells the nurse why, in plain words."""


@dataclass(frozen=True)
class DischargeOutcome:
    """A finished discharge.

    Attributes:
        visit: the visit, now discharged.
        sheet: the take-home PDF written for the patient.
        overridden: True when the nurse discharged before the verdict was Ready.
    """

    visit: VisitRecord
    sheet: Path
    overridden: bool


def needs_override(readiness: Readiness) -> bool:
    """True when a discharge now would need a written reason."""
    return readiness.verdict is not Verdict.READY


def blocking_criteria(readiness: Readiness) -> list[str]:
    """Words of the unmet criteria an override must not waive."""
    return [c.label for c in readiness.criteria if not c.met and c.hard]


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

    Attributes:
        settings: the clinic settings in force (replace to apply new ones).
    """

    def __init__(self, *, visits: VisitService, checkins: CheckinService,
                 journal: JournalService, audit: AuditService, staff: StaffDirectory,
                 readiness: Callable[[int], Readiness], settings: Settings,
                 exports: Path, clock: Clock) -> None:
        self._visits = visits
        self._checkins = checkins
        self._journal = journal
        self._audit = audit
        self._staff = staff
        self._readiness = readiness
        self.settings = settings
        self._exports = exports
        self._clock = clock

    def readiness(self, visit_id: int) -> Readiness:
        """The readiness verdict and every criterion for a visit, now."""
        return self._readiness(visit_id)

    def request_ready_to_go(self, visit_id: int, *, staff_id: int | None) -> CheckinRecord:
        """Ask the bay's tablet to show the ready-to-go questionnaire."""
        checkin = self._checkins.request_ready_to_go(visit_id)
        self._audit.record("ready_to_go_requested", staff_id=staff_id, visit_id=visit_id)
        return checkin

    def discharge(self, visit_id: int, *, staff_id: int, pin: str,
                  override_reason: str | None = None) -> DischargeOutcome:
        """Sign a visit out, write its take-home sheet and close it.

        Raises:
            DischargeRefused: visit not open, a hard criterion unmet, a missing or
                short override reason, or a wrong PIN (nothing is changed).
            StorageError: the database refused the change.
            OSError: the sheet could not be written (the visit stays open).
        """
        visit = self._visits.get(visit_id)
        if visit is None or visit.status is not VisitStatus.RECOVERING:
            raise DischargeRefused(_t("This visit is already closed."))
        readiness = self._readiness(visit_id)
        reason = self._check_override(readiness, override_reason)
        result = self._staff.verify_pin(staff_id, pin, purpose="discharge")
        if not result.ok:
            notice = result.notice  # the staff service's words, in the app's language
            raise DischargeRefused(
                fill(QCoreApplication.translate(notice.context, notice.text), notice.args)
                if notice is not None else result.message or _t("That PIN is not right."))
        settings = self.settings
        shared = self._journal.load(visit_id)
        content = TakeHomeContent(
            clinic_name=settings.clinic.name, clinic_phone=settings.clinic.phone,
            crisis_line=settings.clinic.crisis_line,
            visit_date=self._clock.now().astimezone().date(),
            journal=shared.text if shared is not None and shared.shared else None)
        sheet = write_take_home(self._exports, visit_id, content)
        self._audit.record("sheet_saved", staff_id=staff_id, visit_id=visit_id)
        closed = self._visits.end(visit_id, VisitStatus.DISCHARGED, staff_id=staff_id,
                                  override_reason=reason)
        return DischargeOutcome(visit=closed, sheet=sheet, overridden=reason is not None)

    @staticmethod
    def _check_override(readiness: Readiness, reason: str | None) -> str | None:
        """Return the reason to keep (None when Ready), or refuse."""
        if not needs_override(readiness):
            return None
        blocking = blocking_criteria(readiness)
        if blocking:
            raise DischargeRefused(
                _t("This cannot be overridden: %1").replace("%1", "; ".join(blocking)))
        text = (reason or "").strip()
        if len(" ".join(text.split())) < MIN_OVERRIDE_CHARS:
            raise DischargeRefused(
                _t("The patient is not marked ready. Write why you are discharging now "
                   "(at least %1 characters).").replace("%1", str(MIN_OVERRIDE_CHARS)))
        return text
