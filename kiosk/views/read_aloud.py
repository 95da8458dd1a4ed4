"""Reads the patient's screen aloud through QtTextToSpeech, in the visit's language.

On Linux the voices come from speech-dispatcher with espeak-ng (README); other
platforms use their own engine. Where no engine loads, or no voice speaks the
visit's language, :meth:`ReadAloud.can_speak` is False and the "Read to me"
control hides: it is never shown broken. ``KIOSK_TTS_ENGINE`` names an engine
("mock" in tests, "speechd", ...); the default is Qt's own choice.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

log = logging.getLogger(__name__)
ENGINE_ENV = "KIOSK_TTS_ENGINE"
_TAGS = re.compile(r"<[^>]+>")


class ReadAloud(QObject):
    """One text-to-speech engine, loaded on first use.

    Attributes:
        spoken: every text handed to the engine, newest last (tests, and the
            privacy rule: it is never logged).

    Signals:
        speaking_changed(bool): speech started or ended.
    """

    speaking_changed = Signal(bool)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine if engine is not None else os.environ.get(ENGINE_ENV, "")
        self._speech: Any = None
        self._loaded = False
        self._speaking_state: object = None
        self.spoken: list[tuple[str, str]] = []

    def _engine(self) -> Any:
        if not self._loaded:
            self._loaded = True
            try:  # the module needs the platform's audio libraries (libpulse on Linux)
                from PySide6.QtTextToSpeech import QTextToSpeech
            except ImportError as error:
                log.info("No text to speech here: %s", error)
                return None
            speech = (QTextToSpeech(self._engine_name, self) if self._engine_name
                      else QTextToSpeech(self))
            if speech.state() == QTextToSpeech.State.Error:
                log.info("Text-to-speech engine %r did not start", self._engine_name)
                return None
            self._speaking_state = QTextToSpeech.State.Speaking
            speech.stateChanged.connect(self._state_changed)
            self._speech = speech
        return self._speech

    def _state_changed(self, state: object) -> None:
        # The engine says "stopped" while we are being deleted: nobody listens then.
        with contextlib.suppress(RuntimeError):
            self.speaking_changed.emit(state == self._speaking_state)

    def _locale_for(self, lang: str) -> QLocale | None:
        speech = self._engine()
        if speech is None:
            return None
        wanted = QLocale(lang).language()
        for locale in speech.availableLocales():
            if locale.language() == wanted:
                return locale
        return None

    def can_speak(self, lang: str) -> bool:
        """True when an engine runs and one of its voices speaks ``lang``."""
        locale = self._locale_for(lang)
        if locale is None:
            return False
        speech = self._engine()
        speech.setLocale(locale)
        return bool(speech.availableVoices())

    def say(self, text: str, lang: str) -> bool:
        """Read ``text`` aloud in ``lang`` (stopping anything still being read)."""
        locale = self._locale_for(lang)
        if locale is None or not text.strip():
            return False
        speech = self._engine()
        speech.stop()
        speech.setLocale(locale)
        speech.setRate(-0.15)  # a little slower than usual: patients may be drowsy
        self.spoken.append((text, lang))
        speech.say(text)
        return True

    def stop(self) -> None:
        """Stop reading."""
        if self._speech is not None:
            self._speech.stop()


def screen_text(page: QWidget, overlay: QWidget | None = None) -> str:
    """The words of a screen in reading order: its labels and its answer choices.

    A message card over the page (``overlay``, when shown) is read instead.
    """
    root = overlay if overlay is not None and overlay.isVisible() else page
    parts: list[tuple[int, int, str]] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
        elif isinstance(widget, QAbstractButton) and widget.property("role") == "tile":
            text = widget.text()  # the choices (a scale is read by its end labels)
        else:
            continue
        text = " ".join(_TAGS.sub(" ", text).split())
        if text and not set(text) <= set("● "):
            where = widget.mapTo(root, widget.rect().topLeft())
            parts.append((where.y(), where.x(), text))
    parts.sort()
    return ". ".join(dict.fromkeys(t for _, _, t in parts)).replace("?.", "?").replace("..", ".")
