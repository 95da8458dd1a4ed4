"""Where a patient's nurse call stands, as the bay tablet tells them.

The tablet's call card and its "Nurse called" button follow one status
(:class:`kiosk.views.flow.call_state.CallState` keeps it):

* ``NONE``: nothing open for the patient (or it was resolved);
* ``WAITING``: a call or a red-flag answer's alert is in the local queue and
  the database has not taken it yet (the tablet says to wave or call out);
* ``SENT``: stored, and no nurse has answered yet;
* ``ON_WAY``: a nurse tapped "I'm on my way" on one of them.

The status is worked out from the facts (:meth:`CallStatus.of`). Any status
may become ``WAITING``: the database can refuse or stall at any moment. The
three others may follow one another in any order as nurses see and resolve
alerts (a seen call resolved while another alert still waits unseen goes from
``ON_WAY`` back to ``SENT``). One move is refused: leaving ``WAITING`` while
anything is still queued locally, so a patient is never told "sent", nor sees
the card clear, before the database has every call.
"""

from __future__ import annotations

from enum import StrEnum


class CallStatusError(ValueError):
    """A status change the facts do not allow (a bug in the caller)."""


class CallStatus(StrEnum):
    """The patient's call status (the values are what the e2e tablet prints)."""

    NONE = "none"
    WAITING = "waiting"
    SENT = "sent"
    ON_WAY = "on-way"

    @classmethod
    def of(cls, *, queued: bool, open_alerts: bool, seen: bool) -> CallStatus:
        """The status for these facts.

        Args:
            queued: something waits in the local queue for the database.
            open_alerts: the patient has an open call or red-flag alert.
            seen: a nurse is on the way for one of them.
        """
        if queued:
            return cls.WAITING
        if not open_alerts:
            return cls.NONE
        return cls.ON_WAY if seen else cls.SENT

    def may_become(self, other: CallStatus, *, queued: bool) -> bool:
        """Whether this status may change to ``other`` (see the module text)."""
        return other is not self and (other is CallStatus.WAITING or not queued)

    def to(self, other: CallStatus, *, queued: bool) -> CallStatus:
        """``other``, after checking the change is allowed (the same status: no change).

        Raises:
            CallStatusError: leaving ``WAITING`` while something is still queued.
        """
        if other is self:
            return self
        if not self.may_become(other, queued=queued):
            raise CallStatusError(f"nurse call: {self.value} cannot become {other.value} "
                                  "while a call waits in the local queue")
        return other
