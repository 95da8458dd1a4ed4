"""Staff screens speak the clinic's language; the patient's visit keeps its own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.domain.records import StaffRecord, Treatment
from kiosk.services.staff_check import PinResult
from kiosk.views.i18n import Translations
from kiosk.views.shell import build_shell

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


class OneNurse:
    """One account; every PIN fails."""

    def active_staff(self) -> list[StaffRecord]:
        return [StaffRecord(1, "Ana Nurse", "nurse", True, 0, None)]

    def verify_pin(self, staff_id: int, pin: str) -> PinResult:
        return PinResult(ok=False, message="no")


@pytest.fixture
def translations(qapp):
    switch = Translations(qapp, I18N)
    yield switch
    switch.use("en")


def _shell(services, qtbot, translations):
    shell = build_shell(services, station="Bay 1", nurse_station=False, staff=OneNurse(),
                        nurse_area_factory=lambda _staff: QWidget(), translations=translations)
    qtbot.addWidget(shell.window)
    return shell


def test_the_pin_pad_of_a_spanish_visit_speaks_the_clinic_language(services, qtbot,
                                                                    translations):
    services.visits.start(patient_label="Lucía M.", bay="Bay 1", language="es",
                          treatment=Treatment.IV_KETAMINE)
    shell = _shell(services, qtbot, translations)
    flow = shell.flow
    assert flow.welcome.form.startButton.text() == "Quiero empezar"
    shell.window.staff_button.click()
    assert shell.pin_page.form.titleLabel.text() == "Who is signing in?"
    shell.pin_page.cancelled.emit()
    assert flow.welcome.form.startButton.text() == "Quiero empezar"
    assert shell.window.call_nurse_button.text() == "Llamar a enfermería"
    shell.stop()
    shell.window.patient_mode = False


def test_a_spanish_clinic_sees_spanish_nurse_screens(services, qtbot, translations):
    from kiosk.views.nurse.nurse_area import build_nurse_area
    from tests.support.board_demo import admin

    services.settings = replace(services.settings, clinic=replace(services.settings.clinic,
                                                                  language="es"))
    services.visits.start(patient_label="Ben T.", bay="Bay 1", language="en",
                          treatment=Treatment.IV_KETAMINE)
    shell = _shell(services, qtbot, translations)
    shell.window.staff_button.click()
    assert shell.pin_page.form.titleLabel.text() == "¿Quién va a entrar?"
    area = build_nurse_area(services, admin(services))
    qtbot.addWidget(area)
    titles = [area.form.navList.item(n).text() for n in range(area.form.navList.count())]
    assert "Tablero" in titles and "Iniciar una visita" in titles
    assert area.form.lockButton.text().startswith("Bloquear")
    shell.pin_page.cancelled.emit()
    assert shell.flow.welcome.form.startButton.text() == "I'm ready to begin"
    shell.stop()
    shell.window.patient_mode = False


def test_every_text_of_the_app_has_a_finished_spanish_translation():
    import re
    import xml.etree.ElementTree as ET

    for context in ET.parse(I18N / "kiosk_es.ts").getroot().iter("context"):
        for m in context.findall("message"):
            source, translation = m.findtext("source", ""), m.find("translation")
            assert translation is not None and translation.get("type") is None, \
                f"{context.findtext('name')}: {source!r} is not translated"
            forms = [f.text or "" for f in translation.findall("numerusform")] \
                or [translation.text or ""]
            for text in forms:
                assert text.strip(), source
                assert sorted(set(re.findall(r"%\d", text))) == \
                    sorted(set(re.findall(r"%\d", source))), source
