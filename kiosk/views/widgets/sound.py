"""Soft sounds for the calming pages, or silence when the tablet cannot play them.

QtMultimedia is optional: if it does not import (missing audio libraries), no
sound server runs, or no audio output exists (offscreen tests, a tablet without
speakers), every call quietly does nothing and the reason is logged once at INFO
(:attr:`SoundBank.off_reason` says it for the screen). No player is
created without a device, so Qt never warns about a missing one.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl

from kiosk.views.widgets.audio_probe import quiet_multimedia, sound_server_missing

log = logging.getLogger(__name__)

LOOPS = ("rain", "waves")
CHIME = "tone"


def _load_multimedia() -> tuple[Any, Any] | str:
    """Return (QMediaDevices, QSoundEffect), or why sound is unavailable.

    Never lets QtMultimedia warn (see :mod:`kiosk.views.widgets.audio_probe`).
    """
    missing = sound_server_missing()
    if missing is not None:
        return missing
    with quiet_multimedia():
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except (ImportError, OSError) as exc:
            return f"Qt Multimedia is not available ({type(exc).__name__})"
        if not QMediaDevices.audioOutputs():
            return "no audio output device"
    return QMediaDevices, QSoundEffect


class SoundBank:
    """Plays the ambient loops and the breathing chime.

    Attributes:
        sounds_dir: folder holding ``rain.wav``, ``waves.wav`` and ``tone.wav``.
        enabled: the clinic allows sound at all; when False nothing ever plays.
    """

    def __init__(self, sounds_dir: Path, enabled: bool) -> None:
        self.sounds_dir = sounds_dir
        self.enabled = enabled
        self._effect_class: Any = None
        self._effects: dict[str, Any] = {}
        self._loop: str | None = None
        self._checked = False
        self._why_off: str | None = None

    @property
    def available(self) -> bool:
        """Sound is enabled and the tablet can play it."""
        return self.enabled and self._backend() is not None

    @property
    def off_reason(self) -> str | None:
        """Why sound is off (disabled, no device...), or None when it can play."""
        if not self.enabled:
            return "sound is turned off in the settings"
        self._backend()
        return self._why_off

    @property
    def current_loop(self) -> str | None:
        """The ambient loop playing now, if any."""
        return self._loop

    def play_loop(self, name: str) -> None:
        """Play one ambient loop ("rain" or "waves") over and over, replacing any other."""
        if name not in LOOPS:
            raise ValueError(f"unknown sound loop {name!r}")
        if self._loop == name:
            return
        self.stop()
        effect = self._effect(name)
        if effect is None:
            return
        effect.setLoopCount(self._effect_class.Loop.Infinite.value)
        effect.setVolume(0.45)
        effect.play()
        self._loop = name

    def stop(self) -> None:
        """Stop the ambient loop."""
        if self._loop is not None and self._loop in self._effects:
            self._effects[self._loop].stop()
        self._loop = None

    def chime(self, name: str = CHIME, volume: float = 0.35) -> bool:
        """Play one short sound once (the soft tone by default). True if it played."""
        effect = self._effect(name)
        if effect is None:
            return False
        effect.setVolume(volume)
        effect.play()
        return True

    def _backend(self) -> Any:
        if not self._checked:
            self._checked = True
            found = _load_multimedia()
            if isinstance(found, str):
                self._why_off = found
                log.info("Sound is off: %s", found)
            else:
                self._effect_class = found[1]
        return self._effect_class

    def _effect(self, name: str) -> Any:
        if not self.enabled:
            return None
        effect_class = self._backend()
        if effect_class is None:
            return None
        if name not in self._effects:
            effect = effect_class()
            effect.setSource(QUrl.fromLocalFile(str(self.sounds_dir / f"{name}.wav")))
            self._effects[name] = effect
        return self._effects[name]
