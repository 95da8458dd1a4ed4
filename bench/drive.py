"""Driving the real patient shell like a calm patient: real buttons, real database.

Used by the tap-to-next and long-day benchmarks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from bench.fixtures import BAY, prepared_at
from bench.qt_probe import PaintWatch, themed_app, wait_until

CALM_CODES = ("calm", "okay", "better", "same", "none", "no", "maybe")
CALM_SCALE = 1


class PatientDriver:
    """A bay tablet (the real shell, full-screen) with one recovering patient.

    Attributes:
        app: the themed QApplication.
        prepared: the app's services on a real SQLite file (synchronous=FULL).
        shell: the real shell built as kiosk/app.py builds it.
        watch: paint-time recorder.
        visit_id: the patient's visit.
    """

    def __init__(self, data: Path) -> None:
        from datetime import timedelta

        from kiosk.domain.records import Treatment
        from kiosk.views.shell import build_shell

        self.app: QApplication = themed_app()
        self.prepared = prepared_at(data)
        services = self.prepared.services
        now = services.clock.now()
        self.visit_id = services.visits.start(
            patient_label="Maya R.", bay=BAY, treatment=Treatment.IV_KETAMINE,
            infusion_end=now - timedelta(minutes=5), baseline_systolic=124,
            baseline_diastolic=78, baseline_pulse=72).id
        self.watch = PaintWatch(self.app)
        self.shell: Any = build_shell(services, station=BAY, nurse_station=False)
        self.shell.show(windowed=False)
        services.start_live()  # as kiosk/app.py does: the change feed's watcher runs too
        self.settle()
        if getattr(self.shell, "flow", None) is None or self.current() is not \
                self.flow.page(self.flow.screen):
            raise RuntimeError(f"the tablet shows {type(self.current()).__name__}, "
                               "not the patient flow")

    @property
    def flow(self) -> Any:
        """The patient flow controller."""
        return self.shell.flow

    @property
    def page(self) -> Any:
        """The check-in page."""
        return self.flow.checkin.page

    def current(self) -> QWidget:
        """The page the window shows now."""
        widget = self.shell.window.stack.currentWidget()
        assert widget is not None
        return widget

    def settle(self) -> None:
        """Let every posted event run, deferred deletes included.

        ``processEvents`` alone never runs ``deleteLater``; the app's event
        loop does, so a harness that skipped them would leak what the app frees.
        """
        from PySide6.QtCore import QEvent

        # The database worker's results arrive as posted events: let it finish first.
        self.prepared.services.worker.wait_idle(10)
        for _ in range(3):
            self.app.processEvents()
            self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def begin_checkin(self) -> None:
        """Open a fresh check-in as the hub's "check in now" does."""
        services = self.prepared.services
        record = services.checkins.start_now(self.visit_id)
        self.flow.checkin.begin(record, "en")
        self.settle()

    def in_checkin(self) -> bool:
        """True while a check-in item is on screen."""
        return self.flow.checkin.run is not None and self.page.item is not None

    def choose_calm_answer(self) -> bool:
        """Tap a calm answer on the item shown; False for an information screen."""
        page = self.page
        control = page.control
        if control is None:
            return False
        if control.scale is not None:
            buttons = control.scale.buttons
            buttons[min(CALM_SCALE, len(buttons) - 1)].click()
        elif control.tiles is not None:
            tiles: dict[str, QPushButton] = control.tiles.tiles
            code = next((c for c in CALM_CODES if c in tiles), next(iter(tiles)))
            tiles[code].click()
        elif control.text_edit is not None:
            control.text_edit.setPlainText("fine")
        self.shell.note_activity()
        return True

    def tap_next(self) -> tuple[float, float]:
        """Tap Next; return (tap time, paint time of the next screen) in perf_counter s.

        The answer is committed on the database worker (the flow shows the next
        item once it has landed); the clock stops when the next item's question
        (or the page that follows the last item) has painted.
        """
        import time

        page = self.page
        self.watch.reset()
        # Whatever follows may paint inside the click: watch every candidate first.
        self.watch.watch(page.form.questionLabel, *self.flow.pages.values())
        old = page.link_id
        start = time.perf_counter()
        page.form.nextButton.click()
        # The answer is saved on the database worker; the next screen follows its commit.
        wait_until(self.app, lambda: not (self.in_checkin() and page.link_id == old
                                          and self.current() is page), 10)
        target = page.form.questionLabel if self.in_checkin() else self.current()
        painted = self.watch.wait_painted(target, start)
        return start, painted

    def finish_screen(self) -> None:
        """Leave the thanks screen for the calming hub (as the patient would)."""
        self.settle()

    # --- calming and rest ------------------------------------------------------------

    def start_breathing(self) -> None:
        """Open the breathing exercise and begin a one-minute session with its button."""
        from kiosk.views.flow.screens import Screen

        self.flow.move_to(Screen.BREATHING)
        self.settle()
        page = self.flow.page(Screen.BREATHING)
        page.form.oneMinuteButton.click()
        page.form.beginButton.click()
        self.shell.note_activity()
        self.settle()

    def stop_breathing(self) -> None:
        """Stop the session early and go back to the calming choices."""
        from kiosk.views.flow.screens import Screen

        page = self.flow.page(Screen.BREATHING)
        if page.running:
            page.form.stopButton.click()
        self.flow.move_to(Screen.HUB)
        self.settle()

    def enter_rest(self) -> None:
        """Dim to rest mode, as the flow does after a while untouched."""
        self.flow.enter_rest()
        self.settle()

    def wake(self) -> None:
        """A touch on the rest screen."""
        self.flow.wake()
        self.settle()

    def next_patient(self) -> None:
        """Discharge the patient and open the next visit in this bay; the tablet follows."""
        from datetime import timedelta

        from kiosk.domain.records import Treatment, VisitStatus

        services = self.prepared.services
        services.visits.end(self.visit_id, VisitStatus.DISCHARGED, staff_id=None)
        self.flow.tick()
        self.settle()
        now = services.clock.now()
        self.visit_id = services.visits.start(
            patient_label="Jonah T.", bay=BAY, treatment=Treatment.ESKETAMINE,
            infusion_end=now - timedelta(minutes=5), baseline_systolic=118,
            baseline_diastolic=76, baseline_pulse=70).id
        self.flow.tick()
        self.settle()
