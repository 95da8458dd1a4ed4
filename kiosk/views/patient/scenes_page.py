"""Calming scenes: slow moving pictures with optional rain or wave sounds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QButtonGroup, QWidget

from kiosk.forms.scenes_page import Ui_ScenesPage
from kiosk.views.widgets.sound import SoundBank


class ScenesPage(QWidget):
    """Soft drifting waves or gentle rain, with a sound on/off choice (off at first).

    Attributes:
        form: the Designer form.

    Signals:
        finished: the patient wants to go back to the calming choices.
    """

    finished = Signal()

    def __init__(self, sounds: SoundBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ScenesPage()
        self.form.setupUi(self)
        self._sounds = sounds
        self._active = False
        group = QButtonGroup(self)
        group.addButton(self.form.wavesButton)
        group.addButton(self.form.rainButton)
        self.form.wavesButton.clicked.connect(lambda: self.choose("waves"))
        self.form.rainButton.clicked.connect(lambda: self.choose("rain"))
        self.form.soundButton.setVisible(sounds.enabled)
        self.form.soundButton.toggled.connect(self._sound_toggled)
        self.form.backButton.clicked.connect(self._leave)

    @property
    def scene(self) -> str:
        """The scene shown."""
        return self.form.scene.scene

    @property
    def sound_on(self) -> bool:
        """The patient switched the sound on."""
        return self.form.soundButton.isChecked()

    def start(self) -> None:
        """The page is shown: the scene starts moving (sound only if switched on)."""
        self._active = True
        self.form.scene.start()
        self._update_sound()

    def stop(self) -> None:
        """Stop the motion and the sound."""
        self._active = False
        self.form.scene.stop()
        self._sounds.stop()

    def clear(self) -> None:
        """Back to the first scene with the sound off."""
        self.stop()
        self.form.soundButton.setChecked(False)
        self.form.wavesButton.setChecked(True)
        self.form.scene.set_scene("waves")
        self.form.scene.set_time(0.0)

    def choose(self, scene: str) -> None:
        """Show a scene (and play its sound if the sound is on)."""
        self.form.scene.set_scene(scene)
        button = self.form.rainButton if scene == "rain" else self.form.wavesButton
        button.setChecked(True)
        self._update_sound()

    def _sound_toggled(self, on: bool) -> None:
        self._show_sound_text(on)
        self._update_sound()

    def _show_sound_text(self, on: bool) -> None:
        self.form.soundButton.setText(self.tr("Sound: on") if on else self.tr("Sound: off"))

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._show_sound_text(self.sound_on)
        super().changeEvent(event)

    def _update_sound(self) -> None:
        if self._active and self.sound_on:
            self._sounds.play_loop(self.scene)
        else:
            self._sounds.stop()

    def _leave(self) -> None:
        self.stop()
        self.finished.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        """Never move or play behind another page."""
        if self._active:
            self.stop()
        super().hideEvent(event)
