"""Staff accounts: first admin, adding, resetting and unlocking, and PIN checks.

PINs are stored only as salted scrypt hashes (:mod:`kiosk.services.pin_hash`).
Five wrong PINs in a row lock the account for 5 minutes; a further lock before
a good sign-in doubles (10, 20, 40), up to an hour. Counting the wrong PIN and
locking is one atomic statement (:meth:`StaffRepository.count_failure`), so
wrong PINs typed at the same moment on several tablets all count. A right PIN
clears the counters and the doubling; an admin can unlock an account; and the
clinic's one-time recovery code (:mod:`kiosk.services.staff_recovery`) lets an
admin back in when every account is locked. The counters live in the
database, so a restart does not lift a lock.

Messages for the screen are :class:`~kiosk.domain.notice.Notice` objects the
views translate: this module imports no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.clock import Clock
from kiosk.domain.notice import QT_TRANSLATE_NOOP, Notice
from kiosk.domain.records import StaffRecord
from kiosk.services.pin_hash import DEFAULT_PARAMS, ScryptParams, check_pin, hash_pin
from kiosk.services.pin_rules import PIN_MIN_LENGTH, pin_problem
from kiosk.services.staff_check import PinResult
from kiosk.services.staff_recovery import new_code, store_new_code
from kiosk.storage.db import Database
from kiosk.storage.repositories.audit import AuditRepository
from kiosk.storage.repositories.staff import StaffRepository

__all__ = ["FIRST_LOCK", "LONGEST_LOCK", "MAX_TRIES", "PIN_MIN_LENGTH", "ROLES", "FirstRun",
           "StaffError", "StaffService", "check_new_pin", "clean_name"]

MAX_TRIES = 5
FIRST_LOCK = timedelta(minutes=5)
LONGEST_LOCK = timedelta(hours=1)
ROLES = ("nurse", "admin")
MAX_NAME = 80
_CTX = "StaffService"


def _notice(text: str, *args: str) -> Notice:
    return Notice(_CTX, text, args)


class StaffError(ValueError):
    """A staff action was refused; ``notice`` is the message for the person at the screen."""

    def __init__(self, notice: Notice) -> None:
        super().__init__(str(notice))
        self.notice = notice


def check_new_pin(pin: str) -> str:
    """Return the PIN if it is acceptable (:func:`kiosk.services.pin_rules.pin_problem`).

    Raises:
        StaffError: not digits only, too short, or trivial to guess.
    """
    problem = pin_problem(pin)
    if problem is not None:
        raise StaffError(problem)
    return pin


def clean_name(name: str) -> str:
    """Tidy a staff name.

    Raises:
        StaffError: empty or too long.
    """
    text = " ".join(name.split())
    if not text:
        raise StaffError(_notice(QT_TRANSLATE_NOOP("StaffService", "Enter a name.")))
    if len(text) > MAX_NAME:
        raise StaffError(_notice(QT_TRANSLATE_NOOP("StaffService", "The name is too long.")))
    return text


def lock_ends(now: datetime) -> list[datetime]:
    """When a lock taken ``now`` ends, by locks since the last good sign-in."""
    ends, length = [], FIRST_LOCK
    while length < LONGEST_LOCK:
        ends.append(now + length)
        length *= 2
    return [*ends, now + LONGEST_LOCK]


@dataclass(frozen=True)
class FirstRun:
    """The clinic's first admin and its recovery code (shown once, stored hashed)."""

    admin: StaffRecord
    recovery_code: str


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
            return StaffRepository(s).get(staff_id)

    # -- changing --------------------------------------------------------------
    def first_run(self, name: str, pin: str) -> FirstRun:
        """Create the first admin of an empty staff table and the clinic's recovery code.

        Raises:
            StaffError: an account already exists, or the name or PIN is not acceptable.
        """
        name, pin_hash = clean_name(name), hash_pin(check_new_pin(pin), self._params)
        code = new_code()
        now = self._clock.now()
        with self._db.unit() as s:
            repo = StaffRepository(s)
            if repo.count():
                raise StaffError(_notice(QT_TRANSLATE_NOOP(
                    "StaffService", "The first admin has already been set up.")))
            staff = repo.add(name=name, role="admin", pin_hash=pin_hash, now=now)
            audit = AuditRepository(s)
            audit.add("staff_added", now=now, staff_id=staff.id,
                      detail=f"staff {staff.id} admin (first run)")
            store_new_code(s, code, now=now, params=self._params)
            audit.add("recovery_code_issued", now=now, staff_id=staff.id)
        return FirstRun(staff, code)

    def create_first_admin(self, name: str, pin: str) -> StaffRecord:
        """:meth:`first_run` for callers that do not show the recovery code (tests, demo)."""
        return self.first_run(name, pin).admin

    def add_staff(self, name: str, pin: str, *, by_id: int, role: str = "nurse") -> StaffRecord:
        """An admin adds an account.

        Raises:
            StaffError: not an admin, name taken, or the PIN is not acceptable.
        """
        if role not in ROLES:
            raise StaffError(_notice(QT_TRANSLATE_NOOP("StaffService", "Unknown role.")))
        name, pin_hash = clean_name(name), hash_pin(check_new_pin(pin), self._params)
        now = self._clock.now()
        with self._db.unit() as s:
            repo = StaffRepository(s)
            self._require_admin(repo, by_id)
            if repo.by_name(name) is not None:
                raise StaffError(_notice(QT_TRANSLATE_NOOP(
                    "StaffService", "Someone with this name already has an account.")))
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
            raise StaffError(_notice(QT_TRANSLATE_NOOP(
                "StaffService", "You cannot deactivate your own account.")))
        return self._admin_change(staff_id, by_id, "staff_deactivated",
                                  lambda repo: repo.set_active(staff_id, False))

    def reset_pin(self, staff_id: int, new_pin: str, *, by_id: int) -> StaffRecord:
        """An admin sets a new PIN; this also lifts any lock and its history.

        Raises:
            StaffError: not an admin, or the PIN is not acceptable.
        """
        pin_hash = hash_pin(check_new_pin(new_pin), self._params)
        return self._admin_change(staff_id, by_id, "staff_pin_reset",
                                  lambda repo: repo.set_pin(staff_id, pin_hash))

    def unlock(self, staff_id: int, *, by_id: int) -> StaffRecord:
        """An admin lifts an account's lock and its doubling, keeping its PIN.

        Raises:
            StaffError: not an admin, or no such account.
        """
        return self._admin_change(staff_id, by_id, "staff_unlocked",
                                  lambda repo: repo.unlock(staff_id))

    def new_recovery_code(self, *, by_id: int) -> str:
        """An admin replaces the clinic's recovery code; the new one is shown once.

        Raises:
            StaffError: not an admin.
        """
        code = new_code()
        now = self._clock.now()
        with self._db.unit() as s:
            self._require_admin(StaffRepository(s), by_id)
            store_new_code(s, code, now=now, params=self._params)
            AuditRepository(s).add("recovery_code_issued", now=now, staff_id=by_id)
        return code

    def _admin_change(self, staff_id: int, by_id: int, action: str,
                      change: Callable[[StaffRepository], StaffRecord | None]) -> StaffRecord:
        now = self._clock.now()
        with self._db.unit() as s:
            repo = StaffRepository(s)
            self._require_admin(repo, by_id)
            record = change(repo)
            if record is None:
                raise StaffError(_notice(QT_TRANSLATE_NOOP("StaffService", "No such account.")))
            AuditRepository(s).add(action, now=now, staff_id=by_id, detail=f"staff {staff_id}")
            return record

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
            auth = StaffRepository(s).auth(staff_id)
        if auth is None or not auth.record.active:
            return self._refused(QT_TRANSLATE_NOOP("StaffService",
                                                   "This account cannot sign in."))
        locked = auth.record.locked_until
        if locked is not None and locked > now:
            return self._locked_result(locked)
        right = check_pin(pin, auth.pin_hash)  # slow on purpose: outside the transaction
        with self._db.unit() as s:
            repo, audit = StaffRepository(s), AuditRepository(s)
            if right:
                record = repo.clear_after_sign_in(staff_id, now=now)
                if record is None:  # locked (or deactivated) while the hash was checked
                    current = repo.get(staff_id)
                    until = current.locked_until if current else None
                    if until is not None and until > now:
                        return self._locked_result(until)
                    return self._refused(QT_TRANSLATE_NOOP("StaffService",
                                                           "This account cannot sign in."))
                action = "staff_login" if purpose == "login" else f"pin_signed_{purpose}"
                audit.add(action, now=now, staff_id=staff_id)
                return PinResult(True, staff=record)
            count = repo.count_failure(staff_id, now=now, max_tries=MAX_TRIES,
                                       lock_ends=lock_ends(now))
            if count is None:  # another wrong PIN locked it first
                current = repo.get(staff_id)
                until = current.locked_until if current else None
                audit.add("pin_failed", now=now, staff_id=staff_id, detail="while locked")
                return self._locked_result(until or now)
            if count.locked_until is None:
                audit.add("pin_failed", now=now, staff_id=staff_id,
                          detail=f"try {count.failed_tries} of {MAX_TRIES}")
                left = MAX_TRIES - count.failed_tries
                return self._refused(QT_TRANSLATE_NOOP("StaffService",
                                                       "Wrong PIN. %1 tries left."), str(left))
            minutes = int((count.locked_until - now).total_seconds() // 60)
            audit.add("pin_failed", now=now, staff_id=staff_id,
                      detail=f"try {MAX_TRIES} of {MAX_TRIES}")
            audit.add("staff_locked", now=now, staff_id=staff_id, detail=f"{minutes} minutes")
            return self._locked_result(count.locked_until)

    @staticmethod
    def _refused(text: str, *args: str) -> PinResult:
        notice = _notice(text, *args)
        return PinResult(False, message=str(notice), notice=notice)

    @staticmethod
    def _locked_result(until: datetime) -> PinResult:
        stamp = until.astimezone().strftime("%H:%M")
        notice = _notice(QT_TRANSLATE_NOOP("StaffService",
                                           "Too many wrong PINs. Try again after %1."), stamp)
        return PinResult(False, message=str(notice), notice=notice, locked_until=until)

    @staticmethod
    def _require_admin(repo: StaffRepository, by_id: int) -> None:
        actor = repo.get(by_id)
        if actor is None or not actor.active or actor.role != "admin":
            raise StaffError(_notice(QT_TRANSLATE_NOOP(
                "StaffService", "Only an admin can change staff accounts.")))
