"""When to invite the patient to a due check-in, and when to let the screen rest.

Pure decisions over times from the injectable clock (no Qt, no database), so
tests of 15-minute check-ins and 3-minute rest run in milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from kiosk.config import Settings
from kiosk.domain.records import CheckinKind, CheckinRecord

SNOOZE = timedelta(minutes=5)


class Place(StrEnum):
    """What kind of screen the patient is on, as far as invitations care."""

    QUIET = "quiet"          # hub or thanks: invite after a minute without a touch
    ACTIVITY = "activity"    # an activity: invite when it ends
    RESTING = "resting"      # rest mode: show a gentle line, invite on waking
    BUSY = "busy"            # welcome, a check-in, goodbye, idle: never interrupt


@dataclass(frozen=True)
class SchedulePolicy:
    """The timing rules of the patient screens.

    Attributes:
        interval: time between recurring check-ins.
        invite_idle: how long without a touch before an idle patient is invited.
        rest_after: how long without a touch before the screen rests.
    """

    interval: timedelta
    invite_idle: timedelta
    rest_after: timedelta

    @classmethod
    def from_settings(cls, settings: Settings) -> SchedulePolicy:
        """The rules the clinic settings in force ask for."""
        return cls(interval=timedelta(minutes=settings.checkin.interval_minutes),
                   invite_idle=timedelta(seconds=settings.checkin.invite_idle_seconds),
                   rest_after=timedelta(seconds=settings.kiosk.rest_after_seconds))

    def should_invite(self, offer: CheckinRecord | None, place: Place, *, now: datetime,
                      last_touch: datetime, snoozed_until: datetime | None,
                      eager: bool = False) -> bool:
        """Whether to show the invitation card now.

        Args:
            offer: the due check-in (or pending ready-to-go questions), if any.
            place: where the patient is.
            now: the current time.
            last_touch: when the patient last touched the screen.
            snoozed_until: the patient asked for a few minutes until then.
            eager: an activity has just ended (invite without waiting).
        """
        if offer is None or place in (Place.BUSY, Place.RESTING, Place.ACTIVITY):
            return False
        if snoozed_until is not None and now < snoozed_until:
            return False
        if eager or offer.kind is CheckinKind.READY_TO_GO:
            return True
        return now - last_touch >= self.invite_idle

    def snooze_until(self, offer: CheckinRecord, now: datetime) -> datetime:
        """A few minutes from now, but never beyond the next due time."""
        wanted = now + SNOOZE
        if offer.kind is CheckinKind.READY_TO_GO:
            return wanted
        next_due = offer.due_at + self.interval
        return min(wanted, next_due) if next_due > now else wanted

    def should_rest(self, *, now: datetime, last_touch: datetime, restable: bool) -> bool:
        """Whether the screen should dim into rest mode."""
        return restable and now - last_touch >= self.rest_after
