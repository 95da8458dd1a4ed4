"""The patient's calm fault state: the tablet can no longer save, so a nurse is needed.

Once the database is found broken (:class:`~kiosk.domain.errors.DatabaseFault`),
the tablet stops claiming anything is saved: the page keeps the patient's
answers on screen (the pending answer is never cleared), a calm card asks them
to call a nurse, and the soft chime sounds once so a nurse nearby looks over.
The card has no button and stays: every later save would fail the same way,
and any other card (a failed call for a nurse) gives way to it again. The station learns
of it through the fault marker (:mod:`kiosk.services.faults`).
"""

from __future__ import annotations

import contextlib
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.services.faults import FaultReporter
from kiosk.views.widgets.message_card import Card, MessageCard

FAULT = "fault"
translate = QCoreApplication.translate


class Chime(Protocol):
    """What the fault state needs of a sound bank: one soft tone."""

    def chime(self) -> object:
        """Play the soft tone once."""


def fault_card() -> Card:
    """Nothing more can be saved: ask calmly for a nurse; the answers stay."""
    return Card(FAULT, translate("FlowCards", "Please call a nurse"),
                translate("FlowCards", "This tablet needs a nurse to look at it. Please wave "
                                       "or call out, and a nurse will come to you. Your "
                                       "answers are still here on the screen."),
                (), fault_card)


class FaultState(QObject):
    """Shows :func:`fault_card` (and chimes once) when the reporter sees a fault.

    Attributes:
        active: a fault was seen; the tablet no longer confirms saves.

    Signals:
        raised(str): the fault's message (emitted on the GUI thread).
    """

    raised = Signal(str)

    def __init__(self, reporter: FaultReporter, card: MessageCard, chime: Chime | None,
                 parent: QObject) -> None:
        super().__init__(parent)
        self.active = False
        self._card = card
        self._chime = chime
        # A fault found on a worker thread arrives here queued, on the GUI thread.
        self.raised.connect(self._show)
        reporter.on_fault(self._from_any_thread)

    def _from_any_thread(self, message: str) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone (shutdown)
            self.raised.emit(message)

    def _show(self, _message: str) -> None:
        first = not self.active
        self.active = True
        self.show_card()
        if first and self._chime is not None:
            self._chime.chime()

    def show_card(self) -> None:
        """Put the fault card up (again, once another card was dismissed)."""
        if self._card.card is None or self._card.card.key != FAULT:
            self._card.show_card(fault_card())
