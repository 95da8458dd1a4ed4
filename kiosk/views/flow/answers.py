"""Runs one check-in on the check-in page: saves each answer, then shows the next item.

Every answer is committed through the check-in service before the next item
appears. The save runs on the database worker (:mod:`kiosk.views.operations`),
so the screen never waits: the chosen answer stays on screen, and only if the
save takes longer than a moment does a calm card say so. The worker retries a
save the database cannot take yet until it lands; a save that fails outright
is retried from here every :data:`RETRY_MS`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.errors import DatabaseFault, StorageError
from kiosk.domain.questionnaire import AnswerError, AnswerValue, Item
from kiosk.domain.records import CheckinRecord, Severity
from kiosk.services.checkin_run import CheckinRun
from kiosk.services.checkins import AnswerOutcome
from kiosk.services.container import Services
from kiosk.views.flow import cards
from kiosk.views.operations import CollectionOp
from kiosk.views.patient.checkin_page import CheckinPage
from kiosk.views.widgets.message_card import MessageCard

log = logging.getLogger(__name__)

RETRY_MS = 3000


QueueAlert = Callable[[int, int, str, str, Severity], None]
"""(visit id, check-in id, rule id, cause, severity): send an alert the durable way."""


class CheckinDriver(QObject):
    """Moves through one check-in and keeps the database in step with the screen.

    Attributes:
        page: the check-in page.
        run: the check-in in progress, or None.

    Signals:
        item_shown(bool): an item is on the page (True for the ready-to-go questions).
        answer_saved(str): the answer to this linkId is committed.
        resumed(str): after a restart, the check-in picked up at this linkId.
        finished(bool): the check-in is complete (True for ready-to-go).
    """

    item_shown = Signal(bool)
    answer_saved = Signal(str)
    resumed = Signal(str)
    finished = Signal(bool)

    def __init__(self, services: Services, card: MessageCard, stack: QWidget, *,
                 page: CheckinPage | None = None) -> None:
        super().__init__(stack)
        self.services = services
        self.card = card
        self.page = page or CheckinPage(stack)
        self.run: CheckinRun | None = None
        self.queue_alert: QueueAlert | None = None  # set by the flow: the durable call path
        self._queued_rules: set[str] = set()
        self._closing: CheckinRun | None = None
        self._pending: tuple[str, AnswerValue | None] | None = None
        # Told of a broken database (kiosk/views/flow/fault.py); the flow sets it.
        self.fault_seen: Callable[[str], None] = lambda _message: None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._save_pending)
        self.page.answered.connect(self._answered)
        self.page.skipped.connect(lambda link_id: self._answered(link_id, None))
        self.page.continued.connect(self._advance)
        self.page.back_requested.connect(self._back)

    def begin(self, record: CheckinRecord, lang: str | None, *, resumed: bool = False) -> None:
        """Open ``record`` at its first unanswered item (a restart lands where it left off).

        The check-in is marked started and its answers read on the worker; the
        item shows when they are back.
        """
        def load(s: Services) -> CheckinRun:
            return s.checkins.open_run(record, lang)

        def failed(_error: Exception) -> None:
            self.card.show_card(cards.saving_card())
            QTimer.singleShot(RETRY_MS, lambda: self._retry_begin(record, lang, resumed))

        CollectionOp(self, self.services, load).success(
            lambda run: self._opened(run, resumed)).hint(
            self._show_saving, self._hide_saving).failure(failed).run()

    def _opened(self, run: CheckinRun, resumed: bool) -> None:
        self.run = run
        self._queued_rules = set()
        item = self.run.resume_item()
        if item is None:
            self._finish()
            return
        if resumed and self.page.showing(item.link_id):
            # The quick restart painted this very item before the services
            # existed (kiosk/quick_start.py); keep what the patient chose since.
            self.run.current = item.link_id
            self.item_shown.emit(self.run.is_ready_to_go)
        else:
            self._show(item)
        if resumed:
            log.info("resumed at %s", item.link_id)
            self.resumed.emit(item.link_id)

    def _retry_begin(self, record: CheckinRecord, lang: str | None, resumed: bool) -> None:
        if self.card.card is not None and self.card.card.key == cards.SAVING:
            self.card.dismiss()
            self.begin(record, lang, resumed=resumed)

    def clear(self) -> None:
        """Forget the check-in and every answer on screen."""
        self._retry.stop()
        self._pending = None
        self.run = None
        self.page.clear()

    def stop(self) -> None:
        """Stop retrying (shutdown)."""
        self._retry.stop()

    def _show(self, item: Item) -> None:
        run = self.run
        assert run is not None
        run.current = item.link_id
        self.page.show_step(run.questionnaire, run.answers, item, lang=run.lang)
        self.item_shown.emit(run.is_ready_to_go)

    def _answered(self, link_id: str, value: AnswerValue | None) -> None:
        if self.run is None or self._pending is not None:
            return
        self._pending = (link_id, value)
        self.page.set_busy(True)
        self._save_pending()

    def _show_saving(self) -> None:
        if self.card.card is None:
            self.card.show_card(cards.saving_card())

    def _hide_saving(self) -> None:
        if self.card.card is not None and self.card.card.key == cards.SAVING:
            self.card.dismiss()

    @property
    def saving(self) -> bool:
        """True while an answer is on its way to the database."""
        return self._pending is not None

    def _save_pending(self) -> None:
        run, pending = self.run, self._pending
        if run is None or pending is None:
            return
        link_id, value = pending
        checkin_id = run.checkin.id

        def save(s: Services) -> AnswerOutcome:
            if value is None:
                s.checkins.clear_answer(checkin_id, link_id)
                return AnswerOutcome(new_alerts=())
            return s.checkins.record_answer(checkin_id, link_id, value)

        def slow() -> None:
            # The database is slow or refusing: red flags go the call's durable way now.
            self._show_saving()
            if value is not None:
                self._queue_alerts(link_id, value)

        CollectionOp(self, self.services, save).success(
            lambda outcome: self._saved(run, link_id, value, outcome)).failure(
            lambda error: self._not_saved(run, link_id, error)).hint(
            slow, self._hide_saving).run()

    def _not_saved(self, run: CheckinRun, link_id: str, error: Exception) -> None:
        if run is not self.run:
            return
        if isinstance(error, AnswerError):
            log.warning("answer to %s refused by the questionnaire", link_id)
            self._pending = None
            self.page.set_busy(False)
            return
        if isinstance(error, DatabaseFault):
            # Not saved and no retry can save it: the answer stays on screen (still
            # pending, the page busy) and the fault state asks for a nurse. Its red
            # flags wait in the durable queue until a sound database takes them.
            if self._pending is not None and self._pending[1] is not None:
                self._queue_alerts(link_id, self._pending[1])
            self.fault_seen(str(error))
            return
        if not isinstance(error, StorageError):
            raise error
        log.warning("an answer could not be saved yet; retrying")
        self.card.show_card(cards.saving_card())
        value = self._pending[1] if self._pending is not None else None
        if value is not None:
            self._queue_alerts(link_id, value)
        self._retry.start()

    def _saved(self, run: CheckinRun, link_id: str, value: AnswerValue | None,
               outcome: AnswerOutcome) -> None:
        if run is not self.run:
            return  # the visit ended meanwhile: the answer is stored, nothing to show
        new_alerts = outcome.new_alerts
        self._pending = None
        self._hide_saving()
        if value is None:
            run.answers.pop(link_id, None)
        else:
            run.answers[link_id] = value
        self.answer_saved.emit(link_id)
        if new_alerts:
            self.card.show_card(cards.alert_card(new_alerts))
        self._advance(link_id)

    def _queue_alerts(self, link_id: str, value: AnswerValue) -> None:
        """The answer is not stored yet: its red flags go the call's durable way.

        Whichever reaches the database first (the queued alert or the answer on a
        retry), the alert is stored once: both check the rule per check-in.
        """
        run = self.run
        if run is None or self.queue_alert is None:
            return
        hits = run.questionnaire.alerts({**run.answers, link_id: value})
        for hit in hits:
            if hit.rule_id not in self._queued_rules:
                self._queued_rules.add(hit.rule_id)
                self.queue_alert(run.checkin.visit_id, run.checkin.id, hit.rule_id,
                                 hit.cause, hit.severity)

    def _advance(self, after: str) -> None:
        if self.run is None:
            return
        item = self.run.next_after(after)
        if item is None:
            self._finish()
        else:
            self._show(item)

    def _back(self) -> None:
        run = self.run
        if run is None or run.current is None:
            return
        item = run.previous_before(run.current)
        if item is not None:
            self._show(item)

    def _finish(self) -> None:
        run = self.run
        if run is None:
            return
        if self._closing is run:
            return  # its completion is on its way already
        self._closing = run

        def close(s: Services) -> None:
            # One transaction: stale answers go and the check-in completes together.
            s.checkins.finish_run(run)

        def failed(error: Exception) -> None:
            self._closing = None
            if isinstance(error, DatabaseFault):
                self.fault_seen(str(error))
                return
            log.warning("a finished check-in could not be closed yet; retrying")
            self.card.show_card(cards.saving_card())
            QTimer.singleShot(RETRY_MS, lambda: self._finish() if self.run is run else None)

        CollectionOp(self, self.services, close).success(lambda _r: self._closed(run)).failure(
            failed).hint(self._show_saving, self._hide_saving).run()

    def _closed(self, run: CheckinRun) -> None:
        self._closing = None
        if run is not self.run:
            return
        self._hide_saving()
        self.run = None
        self.page.clear()
        self.finished.emit(run.is_ready_to_go)
