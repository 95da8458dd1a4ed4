"""Translating a service's :class:`~kiosk.domain.notice.Notice` for the screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.notice import Notice, fill


def notice_text(notice: Notice | None, fallback: str = "") -> str:
    """The notice in the app's language with its values filled in (``fallback`` if None)."""
    if notice is None:
        return fallback
    return fill(QCoreApplication.translate(notice.context, notice.text), notice.args)
