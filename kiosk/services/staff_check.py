"""What the PIN pad needs from the staff service: who may unlock, and a PIN check.

The patient side depends only on this protocol; the nurse side's staff service
implements it with real accounts (salted scrypt hashes and lock-outs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from kiosk.domain.notice import Notice
from kiosk.domain.records import StaffRecord


@dataclass(frozen=True)
class PinResult:
    """The answer to one PIN attempt.

    Attributes:
        ok: the PIN was right and the account may unlock nurse mode.
        staff: the account, when ``ok``.
        message: what to tell the person at the pad when not ``ok``
            (wrong PIN with tries left, locked until a time, inactive).
        locked_until: set while the account is locked.
        notice: ``message`` untranslated, for a view to translate (None: no message).
    """

    ok: bool
    staff: StaffRecord | None = None
    message: str = ""
    locked_until: datetime | None = None
    notice: Notice | None = None


class StaffDirectory(Protocol):
    """Staff accounts as the PIN pad sees them."""

    def active_staff(self) -> list[StaffRecord]:
        """Accounts that may sign in, in display order."""
        ...

    def verify_pin(self, staff_id: int, pin: str, *, purpose: str = "login") -> PinResult:
        """Check a PIN for one account, counting failures and locking as needed.

        ``purpose`` tells the audit trail a sign-in from a signature.
        """
        ...
