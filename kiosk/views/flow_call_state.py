"""The patient's side of the care loop: send a call durably, then show its state.

A tap on Call a nurse goes through the durable queue
(:class:`~kiosk.services.calls.CallDesk`). While the database refuses it the
tablet says calmly to wave or call out, chimes locally (a setting) and retries
every :data:`RETRY_MS`. Once stored, the patient sees "Your call was sent";
when a nurse taps "I'm on my way", "Sam is on the way"; when the nurse resolves
it, the card and the button's "Nurse called" clear. A second tap while a call
is open reassures instead of sending a duplicate. Red-flag answers (urgent or
request alerts) show the same states.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.domain.errors import StorageError
from kiosk.domain.records import AlertRecord, Severity, VisitRecord
from kiosk.services.alerts import BAY_CALL_CAUSE, CALL_NURSE_CAUSE, CALL_NURSE_RULE
from kiosk.services.container import Services
from kiosk.services.events import AlertRaised, AlertResolved, AlertSeen, Event, Resync
from kiosk.views import call_cards
from kiosk.views.flow_cards import ALERT as ALERT_CARD
from kiosk.views.main_window import KioskWindow
from kiosk.views.widgets.message_card import Card, MessageCard
from kiosk.views.widgets.sound import SoundBank

log = logging.getLogger(__name__)

RETRY_MS = 2000
POLL_MS = 400
"""How often the tablet looks at its open calls (a feed event looks at once)."""

PATIENT_FACING = (Severity.URGENT, Severity.REQUEST)


class CallState(QObject):
    """Sends this bay's calls and keeps the patient told.

    Attributes:
        open_calls: the visit's open Call a nurse alerts, oldest first (a red-flag
            answer's alert shows the same states but never stops a call).
        waiting: calls queued locally that the database has not taken yet.

    Signals:
        state_changed(str): "", "waiting", "sent" or "on-way".
    """

    state_changed = Signal(str)
    _feed_event = Signal()

    def __init__(self, services: Services, window: KioskWindow, card: MessageCard, *,
                 station: str, visit: Callable[[], VisitRecord | None]) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.card = card
        self.station = station
        self._visit = visit
        self.open_calls: list[AlertRecord] = []
        self._facing: list[AlertRecord] = []
        self.waiting = 0
        self.state = ""
        self._sounds = SoundBank(services.paths.sounds, enabled=services.settings.care.local_chime)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._flush)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._feed_event.connect(self.refresh)
        self._unsubscribe = [services.feed.subscribe(kind, self._on_event)
                             for kind in (AlertRaised, AlertSeen, AlertResolved, Resync)]

    def _on_event(self, _event: Event) -> None:
        self._feed_event.emit()

    def start(self) -> None:
        """Pick up calls queued before a restart and start watching."""
        self._poll.start()
        if self.services.calls.pending():
            self._flush()
        self.refresh()

    def stop(self) -> None:
        """Stop timers and leave the feed (shutdown, tests)."""
        self._poll.stop()
        self._retry.stop()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []

    def call(self) -> None:
        """The patient tapped Call a nurse."""
        if self.waiting:
            self.card.show_card(call_cards.waiting_card())
            self._sounds.chime("page", 0.5)
            return
        if self.open_calls:
            self.card.show_card(self._state_card(again=True))
            return
        visit = self._visit()
        entry = self.services.calls.entry(
            visit_id=visit.id if visit else None, bay=self.station,
            cause=CALL_NURSE_CAUSE if visit else BAY_CALL_CAUSE, severity=Severity.REQUEST,
            rule_id=CALL_NURSE_RULE)
        result = self.services.calls.send(entry)
        if result.delivered:
            self.refresh()
            self.card.show_card(self._state_card())
        else:
            self._start_waiting(result.pending)

    def queue_alert(self, visit_id: int, checkin_id: int, rule_id: str, cause: str,
                    severity: Severity) -> None:
        """An answer's alert could not be stored with it: send it the durable way."""
        entry = self.services.calls.entry(visit_id=visit_id, bay=self.station, cause=cause,
                                          severity=severity, rule_id=rule_id,
                                          checkin_id=checkin_id)
        result = self.services.calls.send(entry)
        if not result.delivered:
            self._start_waiting(result.pending)

    def _start_waiting(self, pending: int) -> None:
        self.waiting = pending
        self.card.show_card(call_cards.waiting_card())
        self._sounds.chime("page", 0.5)  # someone nearby hears it even without the station
        self._retry.start()
        self._set_state("waiting")

    def _flush(self) -> None:
        result = self.services.calls.flush()
        self.waiting = result.pending
        if result.delivered:
            self._retry.stop()
            was_waiting = self.card.card is not None \
                and self.card.card.key == call_cards.CALL_WAITING
            self.refresh()
            if was_waiting:
                self.card.show_card(self._state_card())
        elif not self._retry.isActive():
            self._start_waiting(result.pending)

    def refresh(self) -> None:
        """Re-read the visit's open calls; update the button and any call card."""
        visit = self._visit()
        try:
            alerts = self.services.alerts.for_visit(visit.id, open_only=True) if visit else \
                [a for a in self.services.alerts.open_alerts()
                 if a.visit_id is None and a.bay == self.station]
        except StorageError:
            return
        facing = sorted((a for a in alerts if a.severity in PATIENT_FACING),
                        key=lambda a: a.raised_at)
        self._facing = facing
        self.open_calls = [a for a in facing if a.rule_id == CALL_NURSE_RULE]
        self.window.set_nurse_called(bool(self.open_calls) or bool(self.waiting))
        calls = facing
        state = "waiting" if self.waiting else (
            "" if not calls else "on-way" if any(a.is_seen for a in calls) else "sent")
        shown = self.card.card.key if self.card.card is not None else None
        if state != self.state:
            # An answer's own card ("a nurse has been asked...") stays until a nurse
            # is on the way; a call's card follows every step.
            replace = call_cards.CALL_KEYS + ((ALERT_CARD,) if state == "on-way" else ())
            if state in ("sent", "on-way") and shown in replace:
                self.card.show_card(self._state_card())
            elif state == "" and shown in call_cards.CALL_KEYS:
                self.card.dismiss()  # resolved: the call's card goes away
        self._set_state(state)

    def _state_card(self, *, again: bool = False) -> Card:
        seen = [a for a in self._facing if a.is_seen]
        if seen:
            name = (seen[0].seen_by or "").split(" ")[0] or None
            return call_cards.on_way_card(name if self.services.settings.care.show_nurse_name
                                          else None)
        return call_cards.sent_card(again=again)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
