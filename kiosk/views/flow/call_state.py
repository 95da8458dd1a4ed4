"""The patient's side of the care loop: send a call durably, then show its state.

A tap on Call a nurse is first written to the durable local queue on the GUI
thread (a small fsync'd file, no database), then stored by the database
worker (:class:`~kiosk.services.calls.CallDesk`). While the database refuses it the
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

from kiosk.domain.nurse_call import CallStatus
from kiosk.domain.records import AlertRecord, Severity, VisitRecord
from kiosk.services.alerts import BAY_CALL_CAUSE, CALL_NURSE_CAUSE, CALL_NURSE_RULE
from kiosk.services.call_queue import QueuedAlert
from kiosk.services.calls import SendResult
from kiosk.services.container import Services
from kiosk.services.events import AlertRaised, AlertResolved, AlertSeen, Resync
from kiosk.views import call_cards, live
from kiosk.views.flow.cards import ALERT as ALERT_CARD
from kiosk.views.main_window import KioskWindow
from kiosk.views.operations import CollectionOp, QueryOp
from kiosk.views.widgets.message_card import Card, MessageCard
from kiosk.views.widgets.sound import SoundBank

log = logging.getLogger(__name__)

RETRY_MS = 2000

PATIENT_FACING = (Severity.URGENT, Severity.REQUEST)


class CallState(QObject):
    """Sends this bay's calls and keeps the patient told.

    Attributes:
        open_calls: the visit's open Call a nurse alerts, oldest first (a red-flag
            answer's alert shows the same states but never stops a call).
        waiting: calls queued locally that the database has not taken yet.
        state: where the patient's call stands (:class:`~kiosk.domain.nurse_call.CallStatus`).

    Signals:
        state_changed(CallStatus): :attr:`state` changed.
    """

    state_changed = Signal(object)

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
        self.state = CallStatus.NONE
        self._flushing = False
        self._reading = False
        self._read_again = False
        self._sounds = SoundBank(services.paths.sounds, enabled=services.settings.care.local_chime)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._flush)
        self._changes = live.Coalescer(self.refresh, parent=self)
        live.subscribe(self, services.feed, (AlertRaised, AlertSeen, AlertResolved, Resync),
                       self._changes.poke)

    def start(self) -> None:
        """Send calls queued before a restart, and read this bay's open calls."""
        if self.services.calls.pending():
            self.waiting = self.services.calls.pending()
            self._flush()
        self.refresh()

    def stop(self) -> None:
        """Stop retrying (shutdown, tests)."""
        self._retry.stop()

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
        self._send(self.services.calls.entry(
            visit_id=visit.id if visit else None, bay=self.station,
            cause=CALL_NURSE_CAUSE if visit else BAY_CALL_CAUSE, severity=Severity.REQUEST,
            rule_id=CALL_NURSE_RULE), announce=True)

    def queue_alert(self, visit_id: int, checkin_id: int, rule_id: str, cause: str,
                    severity: Severity) -> None:
        """An answer's alert is not stored with it yet: send it the durable way."""
        self._send(self.services.calls.entry(
            visit_id=visit_id, bay=self.station, cause=cause, severity=severity,
            rule_id=rule_id, checkin_id=checkin_id), announce=False)

    def _send(self, entry: QueuedAlert, *, announce: bool) -> None:
        self.services.calls.enqueue(entry)  # durable before anything else happens
        self.waiting += 1
        if announce:  # something at once; "sent" once stored, or "wave" if that is slow
            self.card.show_card(call_cards.sending_card())
        self._flush(announce=announce)

    def _flush(self, *, announce: bool = False) -> None:
        if self._flushing:
            return
        self._flushing = True
        CollectionOp(self, self.services, lambda s: s.calls.flush()).success(
            lambda result: self._flushed(result, announce)).failure(
            lambda _error: self._flushed(None, announce)).hint(
            self._start_waiting, lambda: None).run()

    def _flushed(self, result: SendResult | None, announce: bool) -> None:
        self._flushing = False
        if result is None or not result.delivered:
            self.waiting = result.pending if result is not None else max(self.waiting, 1)
            self._start_waiting()
            return
        self.waiting = 0
        self._retry.stop()
        was_waiting = self.card.card is not None \
            and self.card.card.key == call_cards.CALL_WAITING
        if announce or was_waiting:
            self.card.show_card(call_cards.sent_card())
        self.refresh()

    def _start_waiting(self) -> None:
        """The database is slow or refusing: calm words, a local chime, keep trying."""
        if self.card.card is None or self.card.card.key != call_cards.CALL_WAITING:
            self.card.show_card(call_cards.waiting_card())
            self._sounds.chime("page", 0.5)  # someone nearby hears it even without the station
        if not self._retry.isActive():
            self._retry.start()
        self.window.set_nurse_called(True)
        self._set_state(CallStatus.WAITING)

    def refresh(self) -> None:
        """Re-read this bay's open alerts (on the worker); button and card follow."""
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        visit = self._visit()
        visit_id, station = (visit.id if visit else None), self.station

        def read(s: Services) -> list[AlertRecord]:
            if visit_id is not None:
                return s.alerts.for_visit(visit_id, open_only=True)
            return [a for a in s.alerts.open_alerts()
                    if a.visit_id is None and a.bay == station]

        QueryOp(self, self.services, read).success(self._apply).failure(
            lambda _error: self._read_done()).run()

    def _read_done(self) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _apply(self, alerts: list[AlertRecord]) -> None:
        self._read_done()
        facing = sorted((a for a in alerts if a.severity in PATIENT_FACING),
                        key=lambda a: a.raised_at)
        self._facing = facing
        self.open_calls = [a for a in facing if a.rule_id == CALL_NURSE_RULE]
        self.window.set_nurse_called(bool(self.open_calls) or bool(self.waiting))
        state = CallStatus.of(queued=bool(self.waiting), open_alerts=bool(facing),
                              seen=any(a.is_seen for a in facing))
        shown = self.card.card.key if self.card.card is not None else None
        if state != self.state:
            # An answer's own card ("a nurse has been asked...") stays until a nurse
            # is on the way; a call's card follows every step.
            on_way = state is CallStatus.ON_WAY
            replace = call_cards.CALL_KEYS + ((ALERT_CARD,) if on_way else ())
            if state in (CallStatus.SENT, CallStatus.ON_WAY) and shown in replace:
                self.card.show_card(self._state_card())
            elif state is CallStatus.NONE and shown in call_cards.CALL_KEYS:
                self.card.dismiss()  # resolved: the call's card goes away
        self._set_state(state)

    def _state_card(self, *, again: bool = False) -> Card:
        seen = [a for a in self._facing if a.is_seen]
        if seen:
            name = (seen[0].seen_by or "").split(" ")[0] or None
            return call_cards.on_way_card(name if self.services.settings.care.show_nurse_name
                                          else None)
        return call_cards.sent_card(again=again)

    def _set_state(self, state: CallStatus) -> None:
        if state is not self.state:
            self.state = self.state.to(state, queued=bool(self.waiting))
            self.state_changed.emit(state)
