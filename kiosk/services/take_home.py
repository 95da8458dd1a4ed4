"""The take-home sheet: what it shows, where it goes, and the renderer it needs.

No Qt here (services import no PySide6): the sheet's words, in the visit's
language, and its PDF layout live in :mod:`kiosk.views.documents.take_home_pdf`,
which implements :class:`SheetRenderer`. The discharge service calls the
renderer and writes the bytes. The crisis line and the clinic's phone come
from the clinic settings (never hard-coded to one country, never another
country's line by default). The patient's journal is added only when they
chose to share it. The file name carries the visit id and date, never the
patient's name, and the file is readable by its owner only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from kiosk.services.owner_only import write_private

TAKE_HOME_FOLDER = "take-home"


@dataclass(frozen=True)
class TakeHomeContent:
    """Everything one sheet shows.

    Attributes:
        clinic_name: the clinic's name, at the top and bottom.
        clinic_phone: the number to call with worries (on page 1).
        crisis_lines: the crisis and emergency lines of the clinic's country, in
            the visit's language (on page 1); empty when the clinic set none, and
            the sheet then says to ask the clinic, never another country's line.
        visit_date: the day of the treatment (local date).
        language: the visit's language ("en" or "es"): the whole sheet uses it.
        journal: the patient's journal text, only when they chose to share it.
    """

    clinic_name: str
    clinic_phone: str
    crisis_lines: tuple[str, ...]
    visit_date: date
    language: str = "en"
    journal: str | None = None


class SheetRenderer(Protocol):
    """Lays a take-home sheet out as PDF (the views implement it with Qt)."""

    def take_home_pdf(self, content: TakeHomeContent) -> bytes:
        """Return the PDF bytes of the sheet, in ``content.language``."""
        ...


def take_home_path(exports: Path, visit_id: int, visit_date: date) -> Path:
    """Where the sheet of a visit goes: visit id and date, never the patient's name."""
    return exports / TAKE_HOME_FOLDER / f"take-home-visit-{visit_id}-{visit_date:%Y-%m-%d}.pdf"


def write_take_home(exports: Path, visit_id: int, content: TakeHomeContent,
                    renderer: SheetRenderer) -> Path:
    """Render the sheet and write it owner-only (0600, folder 0700); return its path."""
    return write_private(take_home_path(exports, visit_id, content.visit_date),
                         renderer.take_home_pdf(content))
