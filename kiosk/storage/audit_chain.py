"""The audit trail's hash chain: each event stores the hash of the one before it.

An event's hash is SHA-256 over its own fields and the previous event's hash,
so editing any stored field, deleting an event from the middle or inserting
one changes what the next event should have stored. :func:`verify_chain` walks
the events in id order and names the first one whose stored hashes do not fit.

What it cannot see: the newest events cut off the end with nothing after them
(the next event written notices nothing either). The append-only triggers of
migration 0007 and, on PostgreSQL, the grants in ``docs/postgres-roles.sql``
stop the app's own connection from doing that; the chain is what catches it
being done behind the app's back with a plain SQL tool.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, text

GENESIS = "0" * 64
"""The "previous hash" of the very first event."""


def event_hash(prev_hash: str, *, at: datetime, staff_id: int | None, action: str,
               visit_id: int | None, detail: str | None) -> str:
    """The hash of one event given the hash of the one before it."""
    stamp = at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    fields = [prev_hash, stamp, "" if staff_id is None else str(staff_id), action,
              "" if visit_id is None else str(visit_id),
              "\x00" if detail is None else detail]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    """The first event whose stored hashes do not fit the chain.

    Attributes:
        event_id: the event's id.
        reason: what does not fit, in one line for an admin.
    """

    event_id: int
    reason: str

    def __str__(self) -> str:
        return f"audit event {self.event_id}: {self.reason}"


@dataclass(frozen=True)
class ChainReport:
    """The result of walking the chain.

    Attributes:
        checked: how many events were checked.
        first_break: the first break, or None when the chain is whole.
    """

    checked: int
    first_break: ChainBreak | None

    @property
    def ok(self) -> bool:
        """True when no break was found."""
        return self.first_break is None


Row = tuple[int, datetime, int | None, str, int | None, str | None, str | None, str | None]


def check_rows(rows: Iterable[Row]) -> ChainReport:
    """Check events given as (id, at, staff_id, action, visit_id, detail, prev, hash)."""
    expected_prev = GENESIS
    checked = 0
    for event_id, at, staff_id, action, visit_id, detail, prev, stored in rows:
        checked += 1
        if prev != expected_prev:
            why = ("the event before it was deleted or changed" if prev
                   else "it has no chain hash (added outside the kiosk)")
            return ChainReport(checked, ChainBreak(event_id, why))
        if not isinstance(at, datetime):
            at = datetime.fromisoformat(str(at))
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        wanted = event_hash(prev, at=at, staff_id=staff_id, action=action,
                            visit_id=visit_id, detail=detail)
        if stored != wanted:
            return ChainReport(checked, ChainBreak(event_id, "its stored fields were changed"))
        expected_prev = stored
    return ChainReport(checked, None)


def verify_chain(connection: Connection) -> ChainReport:
    """Walk every audit event of the database in id order (streamed, not loaded at once)."""
    result = connection.execution_options(stream_results=True, yield_per=2000).execute(text(
        "SELECT id, at, staff_id, action, visit_id, detail, prev_hash, hash "
        "FROM audit_event ORDER BY id"))
    return check_rows(tuple(r) for r in result)  # type: ignore[misc]
