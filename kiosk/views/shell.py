"""The top-level view object: the patient kiosk of one bay, or the nurse station.

The shell owns the window, the patient flow controller, the staff PIN pad and
the nurse area. It switches between patient mode and nurse mode and signs a
nurse out after ``kiosk.nurse_logoff_seconds`` without a touch, returning to
the exact patient screen that was showing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.domain.records import StaffRecord, VisitRecord
from kiosk.services.container import Services
from kiosk.services.events import SettingsChanged
from kiosk.services.staff_check import PinResult, StaffDirectory
from kiosk.views import live
from kiosk.views.flow.calming import CalmingPages, build_calming_pages
from kiosk.views.flow.controller import FlowController
from kiosk.views.flow.quick_screen import QuickScreen
from kiosk.views.flow.screens import Screen
from kiosk.views.i18n import LanguageSwitch, NoTranslations
from kiosk.views.main_window import KioskWindow
from kiosk.views.operations import CollectionOp, QueryOp
from kiosk.views.patient.pin_pad_page import PinPadPage
from kiosk.views.widgets.activity import ActivityMonitor

log = logging.getLogger(__name__)
NurseAreaFactory = Callable[[StaffRecord], QWidget]


class NoStaffDirectory:
    """A staff directory with no accounts (before the staff service exists)."""

    def active_staff(self) -> list[StaffRecord]:
        """Nobody can sign in."""
        return []

    def verify_pin(self, staff_id: int, pin: str) -> PinResult:
        """Every PIN fails."""
        return PinResult(ok=False, message=QCoreApplication.translate(
            "NoStaffDirectory", "No staff accounts exist yet."))


class Shell:
    """Owns the main window for one station.

    Attributes:
        window: the kiosk window.
        flow: the patient flow controller (None on a nurse station).
        pin_page: the staff sign-in page.
        nurse_area: the nurse area while a nurse is signed in, else None.
        signed_in_staff: who is signed in to it (for the sign-out audit event).
        mode: "patient", "pin", "nurse", "board" (the station's glance board) or "setup"
            (first admin being created).
        care: paging, the station's glance board and the tablet's heartbeat.
        first_run_page: the first-admin page while it shows.
        country_step: the first-run country step while it shows.
        translations: the app's language switch (the flow moves it with each visit).
    """

    def __init__(self, services: Services, *, station: str, nurse_station: bool,
                 staff: StaffDirectory, nurse_area_factory: NurseAreaFactory,
                 calming: CalmingPages | None = None, tick_ms: int = 1000,
                 translations: LanguageSwitch | None = None,
                 quick: QuickScreen | None = None) -> None:
        self.services = services
        self.translations: LanguageSwitch = translations or NoTranslations()
        if quick is None:  # a quick restart already speaks the visit's language
            self.translations.use(services.settings.clinic.language)
        self.station = station
        self.nurse_station = nurse_station
        self._factory = nurse_area_factory
        # After a quick restart the window and the patient's page are already on screen.
        self.window = quick.window if quick is not None else KioskWindow(
            clinic_name=services.settings.clinic.name, patient_mode=not nurse_station)
        self.pin_page = PinPadPage(services, staff, self.window.stack,
                                   recover=lambda s, typed: s.staff_recovery.recover(typed))
        self.pin_page.set_cancellable(True)  # back to the patient, or to the station board
        self.window.stack.addWidget(self.pin_page)
        self.nurse_area: QWidget | None = None
        self.signed_in_staff: StaffRecord | None = None
        self.mode = "patient"
        self.flow: FlowController | None = None
        self.tools: QWidget | None = None  # "Read to me" and "Larger text" (bay tablets)
        self._last_touch = services.clock.now()
        self._logoff_after = timedelta(seconds=services.settings.kiosk.nurse_logoff_seconds)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.monitor = ActivityMonitor(app, self.window)
        self.monitor.touched.connect(self.note_activity)
        self.first_run_page: QWidget | None = None
        self.country_step: QWidget | None = None
        self.pin_page.signed_in.connect(self.sign_in)
        self.pin_page.cancelled.connect(self.back_to_patient)
        self.window.staff_clicked.connect(self.open_pin_pad)
        # Before the flow's own handler: a call from the PIN pad leaves it first.
        self.window.call_nurse_clicked.connect(self._call_from_sign_in)
        self._timer = QTimer(self.window)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        live.subscribe(self.window, services.feed, SettingsChanged, self._settings_changed)
        # The log-off clock only matters away from the patient screens; it runs
        # from the PIN pad until patient mode returns (an idle tablet stays quiet).
        if not nurse_station:
            handed = quick.pages() if quick is not None else {}
            self.flow = FlowController(
                services, self.window, station=station, tick_ms=tick_ms,
                calming=calming or build_calming_pages(services, self.window.stack,
                                                       hub=handed.get(Screen.HUB)),
                translations=self.translations, prebuilt=handed)
            from kiosk.views.widgets.patient_tools import install_patient_tools

            self.tools = install_patient_tools(self.window, self.flow,
                                               lambda: self.translations.language)
            self.flow.start()
        from kiosk.views.care_desk import CareDesk

        self.care = CareDesk(self)
        if nurse_station:
            self.show_board()
        # Whether any account exists is asked on the worker; set-up opens once it answers.
        QueryOp(self.window, services, lambda _s: self._needs_first_run(staff)).success(
            lambda needed: self.open_first_run() if needed else None).failure(
            lambda _e: log.warning("could not check for staff accounts at start")).run()

    def visit_id(self) -> int | None:
        """The visit this bay's tablet shows, if any."""
        visit = self.flow.visit if self.flow is not None else None
        return visit.id if visit is not None else None

    def show_board(self) -> None:
        """The station's always-on glance board (nobody signed in)."""
        self.mode = "board"
        self._timer.stop()
        self.care.show_glance()
        self.window.set_patient_chrome(call_nurse=False, staff=False)

    def _call_from_sign_in(self) -> None:
        if self.mode == "pin" and self.flow is not None:
            self.back_to_patient()  # the flow then sends the call from the patient screen

    def _settings_changed(self, _event: SettingsChanged) -> None:
        """New settings are in force: the log-off delay and clinic name follow at once."""
        settings = self.services.settings
        self._logoff_after = timedelta(seconds=settings.kiosk.nurse_logoff_seconds)
        self.window.clinic_label.setText(settings.clinic.name)

    @staticmethod
    def _needs_first_run(staff: StaffDirectory) -> bool:
        check = getattr(staff, "needs_first_run", None)
        return bool(check()) if check is not None else False

    def open_first_run(self) -> None:
        """No staff account exists yet: the clinic's country, then the first admin's PIN."""
        from kiosk.services.crisis_lines import clinic_crisis_words
        from kiosk.views.nurse.country_step import CountryStep

        if self.flow is not None:
            self.flow.suspend()
        clinic = self.services.settings.clinic
        if clinic_crisis_words(self.services.paths.resources, clinic, clinic.language):
            self._open_first_admin()
            return
        step = CountryStep(self.services, self.window.stack)
        self.country_step = step
        self.window.stack.addWidget(step)
        self.window.stack.setCurrentWidget(step)
        self.window.set_patient_chrome(call_nurse=False, staff=False)
        self.mode = "setup"
        step.done.connect(self._country_chosen)

    def _country_chosen(self) -> None:
        step, self.country_step = self.country_step, None
        self._open_first_admin()
        if step is not None:
            self.window.stack.removeWidget(step)
            step.deleteLater()

    def _open_first_admin(self) -> None:
        from kiosk.views.nurse.first_run_page import FirstRunPage

        page = FirstRunPage(self.services, self.window.stack)
        self.first_run_page = page
        self.window.stack.addWidget(page)
        self.window.stack.setCurrentWidget(page)
        self.window.set_patient_chrome(call_nurse=False, staff=False)
        self.mode = "setup"
        page.admin_created.connect(self._first_admin_created)

    def _first_admin_created(self, admin: StaffRecord) -> None:
        from kiosk.services.setup_marker import mark_set_up

        mark_set_up(self.services.paths.data_dir, self.services.db.url)
        page, self.first_run_page = self.first_run_page, None
        if page is not None:
            self.window.stack.removeWidget(page)
            page.deleteLater()
        self.sign_in(admin)

    def show(self, *, windowed: bool) -> None:
        """Show the window (full-screen unless windowed)."""
        self.window.show_kiosk(windowed=windowed)
        self.window.adopt_window_flags()

    def note_activity(self) -> None:
        """Someone touched the screen: restart the idle clocks."""
        self._last_touch = self.services.clock.now()
        if self.flow is not None and self.mode == "patient":
            self.flow.note_activity()

    def open_pin_pad(self) -> None:
        """Show the staff sign-in (the patient page is kept as it is)."""
        if self.flow is not None:
            self.flow.suspend()
        # Staff screens speak the clinic's language, whatever the patient's visit speaks.
        self.translations.use(self.services.settings.clinic.language)
        self.mode = "pin"
        self.window.top_bar.setVisible(True)
        self._timer.start()
        self._last_touch = self.services.clock.now()
        self.pin_page.start()
        self.window.stack.setCurrentWidget(self.pin_page)
        # A patient may still be looking at a bay tablet's PIN pad: Call a nurse stays.
        self.window.set_patient_chrome(call_nurse=not self.nurse_station, staff=False)

    def sign_in(self, staff: StaffRecord) -> None:
        """Open the nurse area for ``staff`` and leave patient mode."""
        self.signed_in_staff = staff
        area = self._factory(staff)
        self.nurse_area = area
        self.window.stack.addWidget(area)
        self.window.stack.setCurrentWidget(area)
        self.window.patient_mode = False
        # The patient header stays while a nurse has the tablet: a patient may be
        # looking, and Call a nurse is on every screen they can see (issue 10).
        self.mode = "nurse"
        self._timer.start()
        self._last_touch = self.services.clock.now()
        signal = getattr(area, "logout_requested", None)
        if signal is not None:
            signal.connect(lambda: self.sign_out())
        has_page = getattr(area, "has_page", None)
        if has_page is not None and has_page("start_visit"):
            page = getattr(area, "page")("start_visit")  # noqa: B009 (any nurse-area widget)
            page.visit_started.connect(self._visit_started)
        self.care.nurse_signed_in(staff)

    def _visit_started(self, visit_id: int) -> None:
        """A nurse opened a visit on this bay's tablet: show that patient's welcome."""
        if self.flow is not None:
            QueryOp(self.window, self.services, lambda s: s.visits.get(visit_id)).success(
                self._started_here).run()

    def _started_here(self, visit: VisitRecord | None) -> None:
        if self.flow is None or visit is None or visit.bay != self.station:
            return
        self.flow.reload_visit()
        self.sign_out()

    def sign_out(self, action: str = "staff_logout") -> None:
        """Close the nurse area and go back to the patient screen (or the PIN pad).

        Args:
            action: what the audit trail records (``staff_logout``, or
                ``staff_auto_logoff`` when the nurse area was left untouched).
        """
        staff, self.signed_in_staff = self.signed_in_staff, None
        if staff is not None:  # on the worker: signing out never waits on the database
            staff_id = staff.id
            CollectionOp(self.window, self.services, lambda s: s.audit.record(
                action, staff_id=staff_id)).failure(
                lambda _e: log.warning("sign-out not audited: database unavailable")).run()
        area, self.nurse_area = self.nurse_area, None
        if area is not None:
            self.window.stack.removeWidget(area)
            area.deleteLater()
        self.care.nurse_signed_out()
        if self.nurse_station:
            self.show_board()  # never an empty PIN pad: the board stays on
        else:
            self.back_to_patient()

    def back_to_patient(self) -> None:
        """Patient mode again, on exactly the screen that was showing (the station: its board)."""
        self.care.sign_in_cancelled()
        if self.flow is None:
            if self.nurse_station and self.mode == "pin":
                self.show_board()
            return
        self.window.patient_mode = True
        self.window.top_bar.setVisible(True)
        self.mode = "patient"
        self._timer.stop()
        visit = self.flow.visit
        lang = visit.language if visit is not None else self.services.settings.clinic.language
        if lang != self.translations.language:
            self.flow.use_language(lang)
        self.flow.resume()

    def tick(self) -> None:
        """Sign a nurse out (or leave an abandoned PIN pad) after a while untouched."""
        if self.mode in ("patient", "setup", "board"):
            return
        if self.services.clock.now() - self._last_touch < self._logoff_after:
            return
        if self.mode == "nurse":
            self.sign_out("staff_auto_logoff")
        else:
            self.back_to_patient()

    def stop(self) -> None:
        """Stop timers and listening (tests, shutdown)."""
        self._timer.stop()
        self.monitor.stop()
        self.care.stop()
        if self.flow is not None:
            self.flow.stop()


def build_shell(services: Services, *, station: str, nurse_station: bool,
                staff: StaffDirectory | None = None,
                nurse_area_factory: NurseAreaFactory | None = None,
                calming: CalmingPages | None = None,
                translations: LanguageSwitch | None = None,
                quick: QuickScreen | None = None) -> Shell:
    """Build the shell for a bay tablet or the nurse station.

    The staff directory defaults to ``services.staff``; the nurse area to the
    nurse side's; the language switch to none (English texts, as in most tests).
    ``quick`` hands over the window and page a quick restart already painted.
    """
    directory: StaffDirectory = staff or services.staff
    if nurse_area_factory is None:
        from kiosk.views.nurse.nurse_area import build_nurse_area

        def nurse_area_factory(record: StaffRecord) -> QWidget:
            return build_nurse_area(services, record,
                                    station=None if nurse_station else station)

    return Shell(services, station=station, nurse_station=nurse_station, staff=directory,
                 nurse_area_factory=nurse_area_factory, calming=calming,
                 translations=translations, quick=quick)
