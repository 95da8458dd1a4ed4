"""The kiosk window: a frame with the always-visible patient controls and a page stack.

In patient mode the window cannot be closed or left with the keyboard: close,
Escape, Alt+F4 and Ctrl+Q do nothing. Only a nurse PIN leaves patient mode.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.views.widgets.by_name import set_by_name

CALL_BUTTON_HEIGHT = 80
TOP_BAR_HEIGHT = 96  # the themed call button: 80 px plus its padding and border
KIOSK_WINDOW_FLAGS = "Window|FramelessWindowHint|WindowStaysOnTopHint"
"""The full-screen kiosk window's flags, by name: a window, frameless, on top."""
LEAVING_KEYS = ("Esc", "Alt+F4", "Ctrl+Q", "Ctrl+W", QKeySequence.StandardKey.Quit,
                QKeySequence.StandardKey.Close)
"""Keys a patient could use to leave the kiosk (with the platform's Quit and Close)."""


def leaving_sequences() -> list[QKeySequence]:
    """Every key sequence of :data:`LEAVING_KEYS`, without repeats."""
    found: list[QKeySequence] = []
    for key in LEAVING_KEYS:
        sequences = ([QKeySequence(key)] if isinstance(key, str)
                     else QKeySequence.keyBindings(key))
        found.extend(seq for seq in sequences if not seq.isEmpty() and seq not in found)
    return found


class KioskWindow(QWidget):
    """Main window holding the patient chrome and every page.

    Attributes:
        stack: the page stack the flow controller drives.
        patient_mode: while True the window refuses to close or be left.

    Signals:
        call_nurse_clicked: the patient asked for a nurse.
        staff_clicked: someone touched the discreet staff control.
    """

    call_nurse_clicked = Signal()
    staff_clicked = Signal()

    def __init__(self, *, clinic_name: str, patient_mode: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._patient_mode = patient_mode
        central = QWidget(self)
        central.setObjectName("kioskCentral")  # its background is the sheet's (Qt styles
        central.setProperty("resting", False)  # a plain QWidget's background itself)
        self.central = central
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)

        self.top_bar = QWidget(central)
        bar = QHBoxLayout(self.top_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        # Same height with or without the buttons, so pages never jump.
        self.top_bar.setMinimumHeight(TOP_BAR_HEIGHT)
        self.clinic_label = QLabel(clinic_name, self.top_bar)
        self.clinic_label.setProperty("role", "hint")
        self.call_nurse_button = QPushButton(self.top_bar)
        self.call_nurse_button.setObjectName("callNurseButton")
        self.call_nurse_button.setProperty("role", "call-nurse")
        self.call_nurse_button.setMinimumSize(280, CALL_BUTTON_HEIGHT)
        self.staff_button = QPushButton(self.top_bar)
        self.staff_button.setObjectName("staffButton")
        self.staff_button.setProperty("role", "quiet")
        self.staff_button.setMinimumSize(120, 64)
        # Staff in the far corner from Call a nurse: a mis-tap never leads a patient
        # to the staff screens (tests/views/patient/test_top_bar.py measures the gap).
        bar.addWidget(self.staff_button)
        bar.addSpacing(16)
        bar.addWidget(self.clinic_label)
        bar.addStretch(1)
        bar.addWidget(self.call_nurse_button)

        self.stack = QStackedWidget(central)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)
        # A plain widget with the frame filling it: a QMainWindow (docks, menus, status
        # bar; none used) costs a restart about 5 ms more to make.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(central)

        self.nurse_called = False
        self.retranslate()
        self.call_nurse_button.clicked.connect(self.call_nurse_clicked)
        self.staff_button.clicked.connect(self.staff_clicked)
        # Application-wide shortcuts that do nothing take the leaving keys before
        # any widget sees them. Qt matches shortcuts in C++; an application event
        # filter in Python would be called for every event of every widget (it
        # cost a restart about 65 ms, bench/README.md).
        self.leave_guards = [QShortcut(sequence, self) for sequence in leaving_sequences()]
        for guard in self.leave_guards:
            set_by_name(guard, "context", "ApplicationShortcut")
        self.patient_mode = patient_mode

    @property
    def patient_mode(self) -> bool:
        """While True the window refuses to close and the leaving keys do nothing."""
        return self._patient_mode

    @patient_mode.setter
    def patient_mode(self, on: bool) -> None:
        self._patient_mode = on
        for guard in self.leave_guards:
            guard.setEnabled(on)

    def retranslate(self) -> None:
        """Word the title and the top bar in the current language."""
        self.setWindowTitle(self.tr("Recovery Kiosk"))
        self.call_nurse_button.setText(self.tr("Nurse called") if self.nurse_called
                                       else self.tr("Call a nurse"))
        self.staff_button.setText(self.tr("Staff"))

    def set_nurse_called(self, called: bool) -> None:
        """While the patient's call is open the button reads "Nurse called"."""
        if called != self.nurse_called:
            self.nurse_called = called
            self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the top bar's words after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_patient_chrome(self, *, call_nurse: bool, staff: bool = True) -> None:
        """Show or hide the call-a-nurse button and the staff control."""
        self.call_nurse_button.setVisible(call_nurse)
        self.staff_button.setVisible(staff)

    def set_resting(self, resting: bool) -> None:
        """Dim the frame around the pages while the rest screen shows."""
        central = self.central
        if central.property("resting") == resting:
            return
        central.setProperty("resting", resting)
        for widget in (central, self.top_bar, self.clinic_label, self.call_nurse_button,
                       self.staff_button):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def show_kiosk(self, *, windowed: bool) -> None:
        """Show full-screen, frameless and on top, or as a normal window."""
        if windowed:
            self.resize(1280, 800)
            self.show()
            return
        # Frameless and on top: the flags go to the native window by name (a restart
        # paints before the Qt namespace is built, widgets/by_name.py), and the
        # widget learns them in adopt_window_flags once the app is up.
        self.winId()  # the native window, made now with the widget's own flags
        set_by_name(self.windowHandle(), "flags", KIOSK_WINDOW_FLAGS)
        self.showFullScreen()

    def adopt_window_flags(self) -> None:
        """Give the widget the flags its native window has, so a re-made window keeps them."""
        handle = self.windowHandle()
        if handle is not None and handle.flags() != self.windowFlags():
            self.overrideWindowFlags(handle.flags())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Refuse to close in patient mode."""
        if self.patient_mode:
            event.ignore()
            return
        super().closeEvent(event)
