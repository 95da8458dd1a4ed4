"""The patient's screen, painted before the database layer is loaded.

After a crash the bay tablet shows its patient the screen they were on in about
a third of the time a full start takes (``kiosk/quick_start.py``): the question
of an unfinished check-in, or the welcome, calming hub or goodbye screen. The
window and the page are the real ones and stay: when the services exist, the
shell takes them over (:func:`kiosk.views.shell.build_shell` with ``quick=``)
and the flow keeps the page as it is, with whatever the patient has chosen
since. Until then, choosing an answer works at once; a tap that needs the
services (Next, Skip, Back, Begin, an activity, Call a nurse, Staff) first
finishes the start and is then handed to the flow as if it had just happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QWidget

from kiosk.domain.questionnaire import Answers, Questionnaire
from kiosk.views.main_window import KioskWindow

SCREENS = ("checkin", "welcome", "hub", "goodbye")
"""The screens a quick restart can paint (``BayPeek.screen``)."""



class QuickScreen(QObject):
    """The window and page of a quick restart, until the shell takes them.

    Attributes:
        window: the kiosk window (full-screen once shown).
        screen: which screen it is (one of :data:`SCREENS`).
        page: the page showing it.
        handed_over: True once the shell owns the window and page.
    """

    def __init__(self, screen: str, *, clinic_name: str, lang: str, first_name: str = "",
                 questionnaire: Questionnaire | None = None, answers: Answers | None = None,
                 finish: Callable[[], None]) -> None:
        window = KioskWindow(clinic_name=clinic_name, patient_mode=True)
        super().__init__(window)
        self.window = window
        self.screen = screen
        self.page, intents = _page(screen, window.stack, clinic_name=clinic_name, lang=lang,
                                   first_name=first_name, questionnaire=questionnaire,
                                   answers=answers or {})
        window.stack.addWidget(self.page)
        window.set_patient_chrome(call_nurse=True)
        self.handed_over = False
        self._finish = finish
        for signal in (*intents, window.call_nurse_clicked, window.staff_clicked):
            signal.connect(lambda *args, s=signal: self._tap(s, *args))

    def pages(self) -> dict[str, QWidget]:
        """The page by screen name, for the flow to adopt."""
        return {self.screen: self.page}

    def hand_over(self) -> None:
        """The shell owns the window and page now; taps go straight to it."""
        self.handed_over = True

    def _tap(self, signal: SignalInstance, *args: object) -> None:
        if self.handed_over:
            return
        self._finish()
        if self.handed_over:  # the flow listens now: give it the tap
            signal.emit(*args)


Intents = tuple[SignalInstance, ...]
"""A page's signals that ask the flow for something (a tap the flow must see)."""


def _page(screen: str, parent: QWidget, *, clinic_name: str, lang: str, first_name: str,
          questionnaire: Questionnaire | None, answers: Answers) -> tuple[QWidget, Intents]:
    """Build the page of ``screen`` as the flow would show it, with its intent signals."""
    if screen == "checkin":
        from kiosk.views.patient.checkin_page import CheckinPage

        item = questionnaire.resume_item(answers) if questionnaire is not None else None
        if questionnaire is None or item is None:
            raise ValueError("nothing left to ask in this check-in")
        checkin = CheckinPage(parent)
        checkin.show_step(questionnaire, answers, item, lang=lang)
        return checkin, (checkin.answered, checkin.skipped, checkin.continued,
                         checkin.back_requested)
    if screen == "welcome":
        from kiosk.views.patient.welcome_page import WelcomePage

        welcome = WelcomePage(parent)
        welcome.setup_page(first_name, clinic_name)
        return welcome, (welcome.begin_requested,)
    if screen == "hub":
        from kiosk.views.patient.calming_hub_page import CalmingHubPage

        hub = CalmingHubPage(parent)
        return hub, (hub.activity_chosen, hub.checkin_requested)
    if screen == "goodbye":
        from kiosk.views.patient.goodbye_page import GoodbyePage

        goodbye = GoodbyePage(parent)
        goodbye.setup_page(first_name)
        return goodbye, ()
    raise ValueError(f"no quick page for screen {screen!r}")
