"""Switches the language of every screen at run time (the visit's, or the clinic's).

:class:`Translations` installs our compiled Linguist file
(``resources/i18n/kiosk_<lang>.qm``, built by ``make i18n``) plus Qt's own
``qtbase_<lang>.qm`` for Qt's built-in texts. English is the source language:
``use("en")`` simply removes the translators. Qt then sends
``QEvent.LanguageChange`` to every widget; each page re-reads its texts in
``changeEvent``. The event is delivered before :meth:`Translations.use`
returns, so texts a caller sets right after the switch are never overwritten
by a late retranslation.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
CATALOG = "kiosk"


class LanguageSwitch(Protocol):
    """Anything that can switch the app's language (the flow depends only on this)."""

    @property
    def language(self) -> str:
        """The language the screens show now."""
        ...

    def use(self, lang: str) -> None:
        """Show every screen in ``lang`` from now on."""
        ...


class NoTranslations:
    """A language switch that keeps the source texts (tests, tools).

    Attributes:
        language: the language last asked for (nothing is installed).
    """

    def __init__(self) -> None:
        self.language = SOURCE_LANGUAGE

    def use(self, lang: str) -> None:
        """Remember ``lang``; the screens stay in English."""
        self.language = lang


class Translations:
    """Installs the translators of one language at a time.

    Attributes:
        i18n_dir: the folder holding ``kiosk_<lang>.qm``.
        language: the language installed now ("en" = none).
    """

    def __init__(self, app: QCoreApplication, i18n_dir: Path) -> None:
        self._app = app
        self.i18n_dir = i18n_dir
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []
        self._loaded: dict[str, list[QTranslator]] = {}

    def available(self, lang: str) -> bool:
        """True for English and for every language with a compiled file."""
        return lang == SOURCE_LANGUAGE or (self.i18n_dir / f"{CATALOG}_{lang}.qm").is_file()

    def use(self, lang: str) -> None:
        """Switch to ``lang``; an unknown language falls back to English (and is logged)."""
        lang = (lang or SOURCE_LANGUAGE).lower()
        if lang == self.language:
            return
        translators = self._translators(lang)
        if lang != SOURCE_LANGUAGE and not translators:
            log.warning("No translation for language %r; showing English", lang)
            lang = SOURCE_LANGUAGE
            if lang == self.language:
                return
        for old in self._installed:
            self._app.removeTranslator(old)
        self._installed = list(translators)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = lang
        # Qt posts LanguageChange to the windows; deliver it now, so pages have
        # re-read their texts before the caller fills in new ones.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _translators(self, lang: str) -> list[QTranslator]:
        if lang == SOURCE_LANGUAGE:
            return []
        if lang not in self._loaded:
            found: list[QTranslator] = []
            ours = QTranslator()
            if ours.load(str(self.i18n_dir / f"{CATALOG}_{lang}.qm")):
                found.append(ours)
                qt_own = QTranslator()
                qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                if qt_own.load(f"qtbase_{lang}", qt_dir):
                    found.append(qt_own)
            self._loaded[lang] = found
        return self._loaded[lang]
