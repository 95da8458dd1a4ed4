"""The take-home PDF: every aftercare point, the clinic's phone, the crisis line, privacy.

Rendered by the views' Qt renderer (services import no Qt) and read back with QtPdf.
"""

from __future__ import annotations

import stat
from datetime import date

import pytest
from PySide6.QtPdf import QPdfDocument

from kiosk.services.take_home import TakeHomeContent, take_home_path
from kiosk.services.take_home import write_take_home as _write
from kiosk.views.documents.renderer import QtDocuments

I18N = __import__("pathlib").Path(__file__).resolve().parents[2] / "resources" / "i18n"


def write_take_home(exports, visit_id, content):
    return _write(exports, visit_id, content, QtDocuments(I18N))

CRISIS = "In Ireland, call Samaritans free on 116 123, day or night."
PHONE = "+353 1 555 0199"

AFTERCARE = [
    "Do not drive, ride a bike or use machines until tomorrow",
    "responsible adult",
    "No alcohol or cannabis for 24 hours",
    "sedatives", "opioids",
    "big decisions and difficult conversations",
    "Drink some water, and rest",
    "calm and peaceful", "outside their body", "feeling tender",
    "floaty, dizzy", "disconnected from your body",
    "Writing in a notebook", "integration coach",
    "integration session", "24 to 48 hours",
    "sick to your stomach", "call the clinic at " + PHONE,
    "chest pain", "trouble breathing", "severe headache", "confusion", "faint",
]


@pytest.fixture(autouse=True)
def _gui(qapp):
    """The PDF is laid out with Qt's fonts."""


def _content(journal=None):
    return TakeHomeContent(clinic_name="Harbour Clinic", clinic_phone=PHONE,
                           crisis_lines=(CRISIS,), visit_date=date(2026, 1, 5), journal=journal)


def pdf_text(path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return " ".join(text.split())


def test_sheet_holds_every_aftercare_point_phone_and_crisis_line(tmp_path):
    text = pdf_text(write_take_home(tmp_path, 7, _content()))
    missing = [point for point in AFTERCARE if point not in text]
    assert not missing
    assert PHONE in text and CRISIS in text and "Harbour Clinic" in text
    assert "988" not in text  # the crisis line is the clinic's setting, not a US default
    assert "journal" not in text.lower()


def test_shared_journal_is_printed(tmp_path):
    text = pdf_text(write_take_home(tmp_path, 7, _content("I saw the sea.\nI felt light.")))
    assert "Your journal from today" in text
    assert "I saw the sea." in text and "I felt light." in text


def test_file_is_owner_only_and_named_without_the_patient(tmp_path):
    path = write_take_home(tmp_path / "exports", 42, _content())
    assert path == take_home_path(tmp_path / "exports", 42, date(2026, 1, 5))
    assert path.name == "take-home-visit-42-2026-01-05.pdf"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_markup_in_values_is_shown_as_text(tmp_path):
    text = pdf_text(write_take_home(tmp_path, 1, _content("<b>bold?</b> & more")))
    assert "<b>bold?</b> & more" in text
