"""Runs one check-in on the check-in page: saves each answer, then shows the next item.

Every answer is committed through the check-in service before the next item
appears. If the database does not take it, the answer stays on screen, a calm
card says saving is taking a moment, and the save is retried until it works.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.errors import StorageError
from kiosk.domain.questionnaire import AnswerError, AnswerValue, Item
from kiosk.domain.records import CheckinRecord, CheckinStatus, Severity
from kiosk.services.container import Services
from kiosk.views import flow_cards as cards
from kiosk.views.flow_checkin import CheckinRun
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
        self._pending: tuple[str, AnswerValue | None] | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._save_pending)
        self.page.answered.connect(self._answered)
        self.page.skipped.connect(lambda link_id: self._answered(link_id, None))
        self.page.continued.connect(self._advance)
        self.page.back_requested.connect(self._back)

    def begin(self, record: CheckinRecord, lang: str | None, *, resumed: bool = False) -> None:
        """Open ``record`` at its first unanswered item (a restart lands where it left off)."""
        checkins = self.services.checkins
        try:
            if record.status is CheckinStatus.DUE:
                record = checkins.start(record.id)
            answers = checkins.answers(record.id)
        except StorageError:
            self.card.show_card(cards.saving_card())
            QTimer.singleShot(RETRY_MS, lambda: self._retry_begin(record, lang, resumed))
            return
        self.run = CheckinRun(record, checkins.questionnaire_for(record), answers, lang)
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

    def _save_pending(self) -> None:
        run, pending = self.run, self._pending
        if run is None or pending is None:
            return
        link_id, value = pending
        checkins = self.services.checkins
        try:
            if value is None:
                checkins.clear_answer(run.checkin.id, link_id)
                new_alerts: tuple = ()
            else:
                new_alerts = checkins.record_answer(run.checkin.id, link_id, value).new_alerts
        except StorageError:
            log.warning("an answer could not be saved yet; retrying")
            self.card.show_card(cards.saving_card())
            if value is not None:
                self._queue_alerts(link_id, value)
            self._retry.start()
            return
        except AnswerError:
            log.warning("answer to %s refused by the questionnaire", link_id)
            self._pending = None
            self.page.set_busy(False)
            return
        self._pending = None
        if self.card.card is not None and self.card.card.key == cards.SAVING:
            self.card.dismiss()
        if value is None:
            run.answers.pop(link_id, None)
        else:
            run.answers[link_id] = value
        self.answer_saved.emit(link_id)
        for alert in new_alerts:  # stored with the answer: every station pages now
            self.services.alerts.announce(alert)
        if new_alerts:
            self.card.show_card(cards.alert_card(new_alerts))
        self._advance(link_id)

    def _queue_alerts(self, link_id: str, value: AnswerValue) -> None:
        """The database refused the answer: its red flags go the call's durable way.

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
        checkins = self.services.checkins
        try:
            for link_id in run.stale_answers():
                checkins.clear_answer(run.checkin.id, link_id)
            checkins.complete(run.checkin.id)
        except StorageError:
            log.warning("a finished check-in could not be closed yet; retrying")
            self.card.show_card(cards.saving_card())
            QTimer.singleShot(RETRY_MS, self._finish)
            return
        if self.card.card is not None and self.card.card.key == cards.SAVING:
            self.card.dismiss()
        self.run = None
        self.page.clear()
        self.finished.emit(run.is_ready_to_go)
