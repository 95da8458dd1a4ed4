"""The patient's own helpers in the top bar: "Read to me" and "Larger text".

They show on the patient's pages only (not on the PIN pad, nurse pages, the
rest screen or the idle tablet). "Read to me" hides where no voice speaks the
visit's language. Both go back to normal when the next patient's visit starts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QWidget
from shiboken6 import isValid

from kiosk.views.accessibility import name
from kiosk.views.read_aloud import ReadAloud, screen_text
from kiosk.views.text_size import TextSize
from kiosk.views.widgets.tick import follow_checked


class PatientTools(QWidget):
    """Two top-bar buttons acting on the patient page shown in ``stack``.

    Attributes:
        read_button: reads the screen aloud.
        larger_button: toggles larger text (checkable).
        reader: the text-to-speech wrapper.
        sizes: the text size of the patient pages.
    """

    def __init__(self, stack: QStackedWidget, *, is_patient_page: Callable[[QWidget], bool],
                 language: Callable[[], str], overlay: QWidget | None, stylesheet: str,
                 reader: ReadAloud | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patientTools")
        self._stack = stack
        self._is_patient_page = is_patient_page
        self._language = language
        self._overlay = overlay
        self.reader = reader or ReadAloud(parent=self)
        self.sizes = TextSize(stylesheet)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("readAloudButton")
        self.larger_button = QPushButton(self)
        self.larger_button.setObjectName("largerTextButton")
        self.larger_button.setCheckable(True)
        follow_checked(self.larger_button, keep_space=False)  # no empty gap when off
        for button in (self.read_button, self.larger_button):
            button.setProperty("role", "tool")
            button.setMinimumHeight(72)
            row.addWidget(button)
        self.read_button.hide()  # until a voice for the visit's language is found
        self.read_button.clicked.connect(self.read_screen)
        self.larger_button.toggled.connect(self.set_larger)
        stack.currentChanged.connect(lambda _i: self.refresh())
        self.retranslate()
        # The engine loads after the first paint: a restart is never slowed by it.
        QTimer.singleShot(0, self, self.refresh)

    def retranslate(self) -> None:
        """Word the buttons in the current language."""
        self.read_button.setText(self.tr("Read to me"))
        self.larger_button.setText(self.tr("Larger text"))
        name(self.read_button, self.tr("Read to me"),
             self.tr("Reads the words on this screen aloud"))
        name(self.larger_button, self.tr("Larger text"),
             self.tr("Makes the words on the screen bigger"))

    def changeEvent(self, event: QEvent) -> None:
        """Re-word after a language switch; the voice follows the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            QTimer.singleShot(0, self, self.refresh)
        super().changeEvent(event)

    def refresh(self) -> None:
        """Show the tools on a patient page, in that page's text size."""
        if not isValid(self._stack):  # the window is closing
            return
        page = self._stack.currentWidget()
        on_patient = page is not None and self._is_patient_page(page)
        self.setVisible(on_patient)
        if page is None or not on_patient:
            self.reader.stop()
            return
        self.sizes.apply(page)
        self.read_button.setVisible(self.reader.can_speak(self._language()))

    def set_larger(self, larger: bool) -> None:
        """Switch every patient page to the larger (or normal) text."""
        self.sizes.larger = larger
        if self.larger_button.isChecked() != larger:
            self.larger_button.setChecked(larger)
        # The tick makes the button wider: lay the bar out again now, not a turn later.
        for holder in (self, self.parentWidget()):
            layout = holder.layout() if holder is not None else None
            if layout is not None:
                layout.invalidate()
                layout.activate()
        page = self._stack.currentWidget()
        if page is not None and self._is_patient_page(page):
            self.sizes.apply(page)

    def read_screen(self) -> None:
        """Read the words of the page shown (or of the card over it)."""
        page = self._stack.currentWidget()
        if page is not None:
            self.reader.say(screen_text(page, self._overlay), self._language())

    def reset(self) -> None:
        """A new patient: normal text, nothing being read."""
        self.reader.stop()
        self.set_larger(False)


def install_patient_tools(window: QWidget, flow: object, language: Callable[[], str],
                          reader: ReadAloud | None = None) -> PatientTools:
    """Put the tools in the window's top bar, after the clinic name, for ``flow``'s pages."""
    from PySide6.QtWidgets import QApplication

    from kiosk.views.flow.controller import FlowController

    assert isinstance(flow, FlowController)
    app = QApplication.instance()
    sheet = app.styleSheet() if isinstance(app, QApplication) else ""
    quiet = (flow.rest, flow.idle)

    def is_patient_page(page: QWidget) -> bool:
        return page not in quiet and any(page is p for p in flow.pages.values())

    top_bar = getattr(window, "top_bar")  # noqa: B009 (the kiosk window's bar)
    tools = PatientTools(window.stack, is_patient_page=is_patient_page,  # type: ignore[attr-defined]
                         language=language, overlay=flow.card, stylesheet=sheet,
                         reader=reader, parent=top_bar)
    layout = top_bar.layout()
    if isinstance(layout, QHBoxLayout):
        layout.insertWidget(1, tools)
    flow.screen_changed.connect(lambda screen: tools.reset() if screen == "idle" else None)
    return tools
