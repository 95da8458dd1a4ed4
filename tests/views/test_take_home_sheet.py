"""Issue 12 mismatch 9: the take-home sheet of the patient in front of you, read back with QtPdf.

In the visit's language (Spanish complete), body text of 12 pt or more, the
clinic's phone and the crisis line of the clinic's country on page 1, every
aftercare point of CLINICAL.md section 8.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from kiosk.domain.records import CheckinKind, Treatment
from kiosk.services.take_home import TakeHomeContent
from kiosk.views.documents.pdf import html_to_pdf
from kiosk.views.documents.renderer import QtDocuments
from tests.support.board_demo import READY_ANSWERS, admin_and_nurse, checkin

PIN = "135790"
PHONE = "+34 910 555 019"

SPANISH_AFTERCARE = [
    "No maneje, no ande en bicicleta ni use máquinas hasta mañana",
    "adulto responsable", "Nada de alcohol ni cannabis durante 24 horas",
    "sedantes", "opioides", "decisiones importantes y las conversaciones difíciles",
    "Tome un poco de agua y descanse", "en calma y en paz", "fuera de su cuerpo",
    "recuerdos antiguos", "mareado o mareada", "desconectado o desconectada",
    "Escribir en un cuaderno", "acompañante de integración", "de 24 a 48 horas",
    "llame a la clínica al " + PHONE, "dolor en el pecho", "dificultad para respirar",
    "dolor de cabeza muy fuerte", "confusión", "se desmaya",
]


@pytest.fixture(autouse=True)
def _gui(qapp):
    """The PDF is laid out with Qt's fonts."""


def _pages(path: Path) -> list[str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [" ".join(document.getAllText(i).text().split())
             for i in range(document.pageCount())]
    document.close()
    return pages


def _discharge(services, *, language: str, country: str, typed: str = ""):
    clinic = dataclasses.replace(services.settings.clinic, phone=PHONE, country=country,
                                 crisis_line=typed, name="Clínica Serena")
    services.settings = dataclasses.replace(services.settings, clinic=clinic)
    # Cheap staff before the discharge service is built: it checks PINs there.
    _boss, nurse = admin_and_nurse(services, PIN)
    visit = services.visits.start(patient_label="Lucía G.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE, language=language)
    checkin(services, visit.id, READY_ANSWERS, CheckinKind.READY_TO_GO)
    services.observations.set_escort(visit.id, True, staff_id=nurse.id)
    outcome = services.discharge.discharge(
        visit.id, staff_id=nurse.id, pin=PIN,
        documents=QtDocuments(services.paths.resources / "i18n"),
        override_reason="Reviewed by the doctor, ride is here")
    return _pages(outcome.sheet)


def test_a_spanish_visit_gets_a_spanish_sheet_with_phone_and_spains_line_on_page_1(services):
    pages = _discharge(services, language="es", country="ES")
    first, everything = pages[0], " ".join(pages)
    assert "De vuelta a casa después de su tratamiento" in first
    assert PHONE in first
    assert "Llame al 024, la línea de atención a la conducta suicida" in first
    assert "Si está en peligro inmediato, llame al 112." in first
    missing = [p for p in SPANISH_AFTERCARE if p not in everything]
    assert not missing
    for english in ("Going home", "For the rest of today", "Do not drive", "Questions?"):
        assert english not in everything
    assert "988" not in everything and "911" not in everything


@pytest.mark.parametrize(("language", "country", "typed", "expected", "absent"), [
    ("en", "GB", "", "Call Samaritans free on 116 123", "988"),
    ("es", "GB", "", "Llame gratis a Samaritans al 116 123", "988"),
    ("en", "US", "", "Call or text 988", "116 123"),
    ("en", "XK", "Call 0800 123 456, day or night.", "Call 0800 123 456", "988"),
    ("en", "", "", "Ask the clinic for the crisis line where you live", "988"),
])
def test_page_1_uses_the_line_of_the_clinics_country(services, language, country, typed,
                                                     expected, absent):
    pages = _discharge(services, language=language, country=country, typed=typed)
    assert expected in pages[0]
    assert PHONE in pages[0]
    assert absent not in " ".join(pages)


def _line_height(pdf: bytes, tmp_path: Path, phrase: str) -> float:
    path = tmp_path / "probe.pdf"
    path.write_bytes(pdf)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = document.getAllText(0).text()
    start = text.index(phrase)
    height = document.getSelectionAtIndex(0, start, len(phrase)).boundingRectangle().height()
    document.close()
    return height


def test_body_text_is_at_least_12_pt(tmp_path):
    phrase = "Drink some water, and rest."
    content = TakeHomeContent(clinic_name="Harbour Clinic", clinic_phone=PHONE,
                              crisis_lines=("Call 116 123.",),
                              visit_date=__import__("datetime").date(2026, 1, 5))
    docs = QtDocuments(Path(__file__).resolve().parents[2] / "resources" / "i18n")
    sheet = _line_height(docs.take_home_pdf(content), tmp_path, phrase)
    twelve = _line_height(html_to_pdf(f"<p>{phrase}</p>", title="t", creator="c",
                                      stylesheet="", body_pt=12), tmp_path, phrase)
    eleven = _line_height(html_to_pdf(f"<p>{phrase}</p>", title="t", creator="c",
                                      stylesheet="", body_pt=11), tmp_path, phrase)
    assert eleven < twelve  # the probe tells the sizes apart
    assert sheet >= twelve
