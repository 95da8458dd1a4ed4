"""The clinic's one-time recovery code: the way back in when every admin is locked out.

At first run the clinic is shown a random code once (100 bits, in five groups
of four letters and digits, to be kept in the clinic's safe); only its scrypt
hash is stored. Typing it on the sign-in page lifts the lock of every admin
account, who then signs in with their own PIN as usual (each person still signs
in as themselves). The code then stops working and a new one is shown once.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from kiosk.domain.clock import Clock
from kiosk.domain.records import StaffRecord
from kiosk.services.pin_hash import DEFAULT_PARAMS, ScryptParams, check_pin, hash_pin
from kiosk.storage.db import Database
from kiosk.storage.repositories.audit import AuditRepository
from kiosk.storage.repositories.recovery import RecoveryRepository
from kiosk.storage.repositories.staff import StaffRepository

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base 32: no I, L, O or U to misread."""
GROUPS, GROUP_SIZE = 5, 4


def new_code() -> str:
    """A fresh random code, e.g. ``7KQ2-M9XD-4TRB-ZP3W-HC8N``."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_SIZE))
    return "-".join(chars[i:i + GROUP_SIZE] for i in range(0, len(chars), GROUP_SIZE))


def normalise(typed: str) -> str:
    """The code as stored: upper case, no spaces or dashes, O read as 0 and I, L as 1."""
    text = "".join(ch for ch in typed.upper() if ch.isalnum())
    text = text.replace("O", "0").replace("I", "1").replace("L", "1")
    return "-".join(text[i:i + GROUP_SIZE] for i in range(0, len(text), GROUP_SIZE))


def store_new_code(session: Session, code: str, *, now: datetime,
                   params: ScryptParams = DEFAULT_PARAMS) -> None:
    """Hash ``code`` and make it the clinic's only unused code (inside the caller's unit)."""
    RecoveryRepository(session).replace(hash_pin(normalise(code), params), now=now)


@dataclass(frozen=True)
class Recovered:
    """A recovery that worked.

    Attributes:
        admins: the admin accounts now unlocked.
        new_code: the clinic's next recovery code, to show once.
    """

    admins: list[StaffRecord]
    new_code: str


class StaffRecovery:
    """Uses the recovery code; every use and failed try is audited (never the code)."""

    def __init__(self, db: Database, clock: Clock,
                 params: ScryptParams = DEFAULT_PARAMS) -> None:
        self._db = db
        self._clock = clock
        self._params = params

    def recover(self, typed: str) -> Recovered | None:
        """Unlock every admin if ``typed`` is the unused recovery code; else None."""
        code = normalise(typed)
        now = self._clock.now()
        with self._db.unit() as s:
            candidates = RecoveryRepository(s).unused()
        match = next((i for i, stored in candidates if check_pin(code, stored)), None)
        fresh = new_code()
        with self._db.unit() as s:
            audit = AuditRepository(s)
            if match is None or not RecoveryRepository(s).use(match, now=now):
                audit.add("recovery_failed", now=now)
                return None
            admins = StaffRepository(s).unlock_admins()
            store_new_code(s, fresh, now=now, params=self._params)
            audit.add("recovery_used", now=now, detail=f"{len(admins)} admin accounts unlocked")
            audit.add("recovery_code_issued", now=now)
        return Recovered(admins, fresh)
