"""Guided breathing: choose a rhythm and a length, then breathe along with a circle.

The timing comes from :mod:`kiosk.domain.breathing`; this page only shows it.
One precise single-shot timer wakes the page at each phase change, and the
circle animates smoothly between changes, so nothing ticks while the patient
holds their breath and nothing runs at all once :meth:`BreathingPage.stop`
was called.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QButtonGroup, QWidget

from kiosk.domain.breathing import (
    BOX,
    FOUR_SEVEN_EIGHT,
    PATTERNS,
    Pattern,
    PhaseAt,
    PhaseKind,
    circle_level,
    phase_at,
    target_level,
    total_cycles,
)
from kiosk.forms.breathing_page import Ui_BreathingPage
from kiosk.views.widgets.sound import SoundBank

SETUP, RUNNING, DONE = 0, 1, 2


class BreathingPage(QWidget):
    """The guided-breathing activity.

    Attributes:
        form: the Designer form.

    Signals:
        finished: the patient wants to go back to the calming choices.
        phase_changed(str): a new phase began ("in", "hold", "out", "rest").
        session_done: a whole session was breathed through to its end.
    """

    finished = Signal()
    phase_changed = Signal(str)
    session_done = Signal()

    def __init__(self, sounds: SoundBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_BreathingPage()
        self.form.setupUi(self)
        self._sounds = sounds
        self._pattern: Pattern = BOX
        self._cycles = 0
        self._offset = 0.0
        self._clock = QElapsedTimer()
        self._shown: tuple[int, int] | None = None
        self._current: PhaseAt | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._advance)
        self._patterns = QButtonGroup(self)
        self._patterns.addButton(self.form.boxButton)
        self._patterns.addButton(self.form.fourSevenEightButton)
        self._durations = QButtonGroup(self)
        for button in (self.form.oneMinuteButton, self.form.threeMinutesButton,
                       self.form.fiveMinutesButton):
            self._durations.addButton(button)
        self.form.toneButton.toggled.connect(self._update_tone_text)
        self.form.beginButton.clicked.connect(self._begin_from_choices)
        self.form.againButton.clicked.connect(self._show_setup)
        self.form.stopButton.clicked.connect(self._stop_early)
        self.form.backButton.clicked.connect(self._leave)
        self._show_setup()

    # -- the activity contract ------------------------------------------------------------

    def start(self) -> None:
        """The page is shown: offer the choices (nothing moves until the patient starts)."""
        self.stop()
        self._show_setup()

    def stop(self) -> None:
        """Stop the session, the timer and the circle."""
        self._timer.stop()
        self.form.circle.stop()
        self._current = None
        self._shown = None

    def clear(self) -> None:
        """Forget the patient's choices."""
        self.stop()
        self.form.boxButton.setChecked(True)
        self.form.threeMinutesButton.setChecked(True)
        self.form.toneButton.setChecked(False)
        self._show_setup()

    # -- sessions -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """A session is under way."""
        return self._current is not None

    @property
    def current_phase(self) -> PhaseAt | None:
        """Where the running session is, or None."""
        return self._current

    @property
    def cycles(self) -> int:
        """How many cycles the current or last session has."""
        return self._cycles

    def begin(self, pattern_key: str, minutes: float) -> None:
        """Start a session of one pattern for about ``minutes`` minutes."""
        self.stop()
        self._pattern = PATTERNS[pattern_key]
        self._cycles = total_cycles(self._pattern, minutes)
        self._set_step(RUNNING)
        self.seek(0.0)

    def seek(self, seconds: float) -> None:
        """Move the running session to ``seconds`` after its start (tests, screenshots)."""
        if not self._cycles:
            return
        self._offset = seconds
        self._clock.restart()
        self._shown = None
        self._advance()

    def elapsed(self) -> float:
        """Seconds since the session began."""
        return self._offset + self._clock.elapsed() / 1000 if self._clock.isValid() else 0.0

    def _begin_from_choices(self) -> None:
        pattern = FOUR_SEVEN_EIGHT if self.form.fourSevenEightButton.isChecked() else BOX
        minutes = 1 if self.form.oneMinuteButton.isChecked() else \
            5 if self.form.fiveMinutesButton.isChecked() else 3
        self.begin(pattern.key, minutes)

    def _advance(self) -> None:
        at = phase_at(self._pattern, self.elapsed(), self._cycles)
        if at.finished:
            self._finish()
            return
        self._current = at
        if self._shown != (at.cycle, at.index):
            self._shown = (at.cycle, at.index)
            self._show_phase(at)
        self._timer.start(int(at.remaining * 1000) + 1)

    def _show_phase(self, at: PhaseAt) -> None:
        words, guide = self._phase_words(at.kind)
        self.form.phaseLabel.setText(words)
        self.form.guideLabel.setText(guide)
        circle = self.form.circle
        circle.set_level(circle_level(at.kind, at.progress))
        circle.animate_to(target_level(at.kind), int(at.remaining * 1000))
        if self.form.toneButton.isChecked():
            self._sounds.chime()
        self.phase_changed.emit(at.kind.value)

    def _phase_words(self, kind: PhaseKind) -> tuple[str, str]:
        if kind is PhaseKind.INHALE:
            return self.tr("Breathe in"), self.tr("slowly, through your nose")
        if kind is PhaseKind.EXHALE:
            return self.tr("Breathe out"), self.tr("slowly, let it all go")
        if kind is PhaseKind.HOLD:
            return self.tr("Hold"), self.tr("gently, no need to strain")
        return self.tr("Rest"), self.tr("stay empty for a moment")

    def _finish(self) -> None:
        self.stop()
        self.form.circle.set_level(0.0)
        self._set_step(DONE)
        if self.form.toneButton.isChecked():
            self._sounds.chime()
        self.session_done.emit()

    def _stop_early(self) -> None:
        self.stop()
        self._show_setup()

    def _show_setup(self) -> None:
        self._set_step(SETUP)
        self._update_tone_text(self.form.toneButton.isChecked())

    def _set_step(self, step: int) -> None:
        self.form.steps.setCurrentIndex(step)
        shown = {self.form.stopButton: step == RUNNING, self.form.beginButton: step == SETUP,
                 self.form.toneButton: step == SETUP and self._sounds.enabled}
        # Hide before showing, so the row never briefly needs more than the screen's width.
        for visible in (False, True):
            for button, wanted in shown.items():
                if wanted is visible:
                    button.setVisible(visible)

    def _update_tone_text(self, on: bool) -> None:
        self.form.toneButton.setText(self.tr("Soft chime: on") if on else
                                     self.tr("Soft chime: off"))

    def _leave(self) -> None:
        self.stop()
        self.finished.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch (the session keeps running)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            if self._current is not None:
                words, guide = self._phase_words(self._current.kind)
                self.form.phaseLabel.setText(words)
                self.form.guideLabel.setText(guide)
            self._update_tone_text(self.form.toneButton.isChecked())
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Never keep animating behind another page."""
        self.stop()
        if self.form.steps.currentIndex() == RUNNING:
            self._show_setup()
        super().hideEvent(event)
