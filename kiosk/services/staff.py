"""Staff accounts: first admin, adding and resetting nurses, and PIN checks with lock-outs.

PINs are stored only as salted scrypt hashes (:mod:`kiosk.services.pin_hash`).
Five wrong PINs in a row lock the account for 5 minutes; each further lock
doubles (10, 20, ...). The counters live in the database, so a restart does
not lift a lock. A correct PIN clears ``failed_tries`` but keeps
``lock_count``, so a second lock later the same day is longer; an admin's PIN
reset clears both.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from kiosk.domain.clock import Clock
from kiosk.domain.records import StaffRecord
from kiosk.services.pin_hash import DEFAULT_PARAMS, ScryptParams, check_pin, hash_pin
from kiosk.services.staff_check import PinResult
from kiosk.storage.db import Database
from kiosk.storage.models import Staff
from kiosk.storage.repositories.audit import AuditRepository
from kiosk.storage.repositories.staff import StaffRepository, to_record

PIN_MIN_LENGTH = 6
MAX_TRIES = 5
FIRST_LOCK = timedelta(minutes=5)
ROLES = ("nurse", "admin")
MAX_NAME = 80


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffService", text)


class StaffError(ValueError):
    """A staff action was refused; the message is for the person at the screen."""


def check_new_pin(pin: str) -> str:
    """Return the PIN if it is acceptable.

    Raises:
        StaffError: not digits only, or shorter than six digits.
    """
    if not pin.isdigit() or not pin.isascii():
        raise StaffError(_tr("The PIN must be digits only."))
    if len(pin) < PIN_MIN_LENGTH:
        raise StaffError(_tr("The PIN needs at least %1 digits.").replace(
            "%1", str(PIN_MIN_LENGTH)))
    if len(set(pin)) == 1:
        raise StaffError(_tr("Choose a PIN that is not one digit repeated."))
    return pin


def clean_name(name: str) -> str:
    """Tidy a staff name.

    Raises:
        StaffError: empty or too long.
    """
    text = " ".join(name.split())
    if not text:
        raise StaffError(_tr("Enter a name."))
    if len(text) > MAX_NAME:
        raise StaffError(_tr("The name is too long."))
    return text


class StaffService:
    """Implements :class:`kiosk.services.staff_check.StaffDirectory` on real accounts."""

    def __init__(self, db: Database, clock: Clock,
                 params: ScryptParams = DEFAULT_PARAMS) -> None:
        self._db = db
        self._clock = clock
        self._params = params

    # -- reading ---------------------------------------------------------------
    def needs_first_run(self) -> bool:
        """True while no account exists: the first admin must be created."""
        with self._db.unit() as s:
            return StaffRepository(s).count() == 0

    def active_staff(self) -> list[StaffRecord]:
        """Accounts that may sign in, sorted by name."""
        with self._db.unit() as s:
            return StaffRepository(s).list(active_only=True)

    def all_staff(self) -> list[StaffRecord]:
        """Every account, active or not, sorted by name."""
        with self._db.unit() as s:
            return StaffRepository(s).list(active_only=False)

    def get(self, staff_id: int) -> StaffRecord | None:
        """One account, or None."""
        with self._db.unit() as s:
            row = StaffRepository(s).row(staff_id)
            return to_record(row) if row else None

    # -- changing --------------------------------------------------------------
    def create_first_admin(self, name: str, pin: str) -> StaffRecord:
        """Create the first admin of an empty staff table.

        Raises:
            StaffError: an account already exists, or the name or PIN is not acceptable.
        """
        name, pin_hash = clean_name(name), hash_pin(check_new_pin(pin), self._params)
        now = self._clock.now()
        with self._db.unit() as s:
            repo = StaffRepository(s)
            if repo.count():
                raise StaffError(_tr("The first admin has already been set up."))
            staff = repo.add(name=name, role="admin", pin_hash=pin_hash, now=now)
            AuditRepository(s).add("staff_added", now=now, staff_id=staff.id,
                                   detail=f"staff {staff.id} admin (first run)")
        return staff

    def add_staff(self, name: str, pin: str, *, by_id: int, role: str = "nurse") -> StaffRecord:
        """An admin adds an account.

        Raises:
            StaffError: not an admin, name taken, or the PIN is not acceptable.
        """
        if role not in ROLES:
            raise StaffError(_tr("Unknown role."))
        name, pin_hash = clean_name(name), hash_pin(check_new_pin(pin), self._params)
        now = self._clock.now()
        with self._db.unit() as s:
            repo = StaffRepository(s)
            self._require_admin(repo, by_id)
            if repo.by_name(name) is not None:
                raise StaffError(_tr("Someone with this name already has an account."))
            staff = repo.add(name=name, role=role, pin_hash=pin_hash, now=now)
            AuditRepository(s).add("staff_added", now=now, staff_id=by_id,
                                   detail=f"staff {staff.id} {role}")
        return staff

    def deactivate(self, staff_id: int, *, by_id: int) -> StaffRecord:
        """An admin stops an account from signing in (history keeps its name).

        Raises:
            StaffError: not an admin, or deactivating oneself.
        """
        if staff_id == by_id:
            raise StaffError(_tr("You cannot deactivate your own account."))
        now = self._clock.now()
        with self._db.unit() as s:
            repo = StaffRepository(s)
            self._require_admin(repo, by_id)
            row = self._existing(repo, staff_id)
            row.active = False
            s.flush()
            AuditRepository(s).add("staff_deactivated", now=now, staff_id=by_id,
                                   detail=f"staff {staff_id}")
            return to_record(row)

    def reset_pin(self, staff_id: int, new_pin: str, *, by_id: int) -> StaffRecord:
        """An admin sets a new PIN; this also lifts any lock and its history.

        Raises:
            StaffError: not an admin, or the PIN is not acceptable.
        """
        pin_hash = hash_pin(check_new_pin(new_pin), self._params)
        now = self._clock.now()
        with self._db.unit() as s:
            repo = StaffRepository(s)
            self._require_admin(repo, by_id)
            row = self._existing(repo, staff_id)
            row.pin_hash = pin_hash
            row.failed_tries, row.lock_count, row.locked_until = 0, 0, None
            s.flush()
            AuditRepository(s).add("staff_pin_reset", now=now, staff_id=by_id,
                                   detail=f"staff {staff_id}")
            return to_record(row)

    # -- PIN check -------------------------------------------------------------
    def verify_pin(self, staff_id: int, pin: str, *, purpose: str = "login") -> PinResult:
        """Check a PIN, counting failures and locking after five in a row.

        Args:
            staff_id: the account.
            pin: the digits entered.
            purpose: what the PIN is for, kept in the audit trail
                (``login`` -> ``staff_login``, ``discharge`` -> ``pin_signed_discharge``).
        """
        now = self._clock.now()
        with self._db.unit() as s:
            row = StaffRepository(s).row(staff_id)
            if row is None or not row.active:
                return PinResult(False, message=_tr("This account cannot sign in."))
            if row.locked_until is not None and row.locked_until > now:
                return self._locked_result(row.locked_until)
            stored = row.pin_hash
        right = check_pin(pin, stored)  # slow on purpose: outside the transaction
        with self._db.unit() as s:
            row = StaffRepository(s).row(staff_id)
            assert row is not None
            audit = AuditRepository(s)
            if right:
                row.failed_tries, row.locked_until = 0, None
                action = "staff_login" if purpose == "login" else f"pin_signed_{purpose}"
                audit.add(action, now=now, staff_id=staff_id)
                s.flush()
                return PinResult(True, staff=to_record(row))
            row.failed_tries = (row.failed_tries or 0) + 1
            audit.add("pin_failed", now=now, staff_id=staff_id,
                      detail=f"try {row.failed_tries} of {MAX_TRIES}")
            if row.failed_tries < MAX_TRIES:
                left = MAX_TRIES - row.failed_tries
                return PinResult(False, message=_tr("Wrong PIN. %1 tries left.").replace(
                    "%1", str(left)))
            row.lock_count = (row.lock_count or 0) + 1
            lock = FIRST_LOCK * 2 ** (row.lock_count - 1)
            row.failed_tries, row.locked_until = 0, now + lock
            audit.add("staff_locked", now=now, staff_id=staff_id,
                      detail=f"{int(lock.total_seconds() // 60)} minutes")
            return self._locked_result(row.locked_until)

    @staticmethod
    def _locked_result(until: datetime) -> PinResult:
        stamp = until.astimezone().strftime("%H:%M")
        return PinResult(False, message=_tr("Too many wrong PINs. Try again after %1.")
                         .replace("%1", stamp), locked_until=until)

    @staticmethod
    def _require_admin(repo: StaffRepository, by_id: int) -> None:
        actor = repo.row(by_id)
        if actor is None or not actor.active or actor.role != "admin":
            raise StaffError(_tr("Only an admin can change staff accounts."))

    @staticmethod
    def _existing(repo: StaffRepository, staff_id: int) -> Staff:
        row = repo.row(staff_id)
        if row is None:
            raise StaffError(_tr("No such account."))
        return row
