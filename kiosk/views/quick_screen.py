"""A patient's unfinished check-in, painted before the database layer is loaded.

After a crash the bay tablet shows the question the patient was on in about a
third of the time a full start takes (``kiosk/quick_start.py``). The window
and the check-in page are the real ones and stay: when the services exist, the
shell takes them over (:func:`kiosk.views.shell.build_shell` with ``quick=``)
and the flow keeps the item on screen with whatever the patient has chosen
since. Until then, choosing an answer works at once; a tap that needs the
database (Next, Skip, Back, Call a nurse, Staff) first finishes the start and
is then handed to the flow as if it had just happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from kiosk.domain.questionnaire import Answers, Questionnaire
from kiosk.views.main_window import KioskWindow
from kiosk.views.patient.checkin_page import CheckinPage


class QuickScreen(QObject):
    """The window and check-in page of a quick restart, until the shell takes them.

    Attributes:
        window: the kiosk window (full-screen once shown).
        page: the check-in page showing the resumed item.
        link_id: the linkId of that item.
        handed_over: True once the shell owns the window and page.
    """

    def __init__(self, *, clinic_name: str, questionnaire: Questionnaire, answers: Answers,
                 lang: str, finish: Callable[[], None]) -> None:
        window = KioskWindow(clinic_name=clinic_name, patient_mode=True)
        super().__init__(window)
        self.window = window
        item = questionnaire.resume_item(answers)
        if item is None:
            raise ValueError("nothing left to ask in this check-in")
        self.page = CheckinPage(self.window.stack)
        self.window.stack.addWidget(self.page)
        self.page.show_step(questionnaire, answers, item, lang=lang)
        self.window.set_patient_chrome(call_nurse=True)
        self.link_id = item.link_id
        self.handed_over = False
        self._finish = finish
        page = self.page
        page.answered.connect(lambda link, value: self._tap(page.answered, link, value))
        page.skipped.connect(lambda link: self._tap(page.skipped, link))
        page.continued.connect(lambda link: self._tap(page.continued, link))
        page.back_requested.connect(lambda: self._tap(page.back_requested))
        window.call_nurse_clicked.connect(lambda: self._tap(window.call_nurse_clicked))
        window.staff_clicked.connect(lambda: self._tap(window.staff_clicked))

    def hand_over(self) -> None:
        """The shell owns the window and page now; taps go straight to it."""
        self.handed_over = True

    def _tap(self, signal: Any, *args: object) -> None:
        if self.handed_over:
            return
        self._finish()
        if self.handed_over:  # the flow listens now: give it the tap
            signal.emit(*args)
