"""Injectable time, so 15-minute check-ins and 2-hour stays test in milliseconds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the current time as an aware UTC datetime."""

    def now(self) -> datetime:
        """Return the current time (timezone-aware, UTC)."""
        ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        """Return the current UTC time."""
        return datetime.now(UTC)


class FakeClock:
    """A clock tests move by hand.

    Attributes:
        current: the time ``now()`` returns.
    """

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        """Return the fake current time."""
        return self.current

    def advance(self, **delta: float) -> datetime:
        """Move time forward by a ``timedelta(**delta)`` and return the new time."""
        self.current += timedelta(**delta)
        return self.current
