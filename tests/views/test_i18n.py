"""Spanish on the patient tablet: a visit in "es" is Spanish everywhere, then back to English.

Drives the real shell, flow and calming pages with the committed translation
file, and checks the .ts/.qm pair itself (compiled, complete for the patient).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.domain.records import StaffRecord, Treatment, VisitStatus
from kiosk.services.staff_check import PinResult
from kiosk.views.flow import cards
from kiosk.views.flow.screens import Screen
from kiosk.views.i18n import Translations
from kiosk.views.patient.expect_page import ExpectPage
from kiosk.views.shell import Shell, build_shell
from tests.support.test_driver import answer_until, widget_texts

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "kiosk_es.ts"
BIN = Path(sys.executable).parent
PATIENT_CONTEXTS = frozenset({
    "BreathingPage", "CallCards", "CalmingHubPage", "CheckinPage", "ExpectPage", "FlowCards",
    "GoodbyePage", "GroundingPage", "IdlePage", "JournalPage", "KioskWindow",
    "NoStaffDirectory", "PinPad", "PinPadPage", "RestPage", "ScenesPage", "TakeHome",
    "ThanksPage",
    "WelcomePage"})
CALM = {"overall-feeling": "calm", "nausea": 1, "nausea-trend": "better", "vomiting": False}


class OneNurse:
    """A staff directory with one account and no accepted PIN."""

    def active_staff(self) -> list[StaffRecord]:
        return [StaffRecord(1, "Ana Nurse", "nurse", True, 0, None)]

    def verify_pin(self, staff_id: int, pin: str) -> PinResult:
        return PinResult(ok=False, message="no")


def _messages() -> dict[str, list[ET.Element]]:
    root = ET.parse(TS).getroot()
    return {c.findtext("name", ""): c.findall("message") for c in root.iter("context")}


def _english_sources() -> set[str]:
    """Patient source texts whose Spanish differs (a leftover of these is a bug)."""
    found = set()
    for context, messages in _messages().items():
        if context in PATIENT_CONTEXTS:
            for m in messages:
                if m.findtext("source") != m.findtext("translation"):
                    found.add(m.findtext("source", ""))
    return found


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    switch = Translations(qapp, I18N)
    yield switch
    switch.use("en")


@pytest.fixture
def shell(services, qtbot, translations) -> Iterator[Shell]:
    """A bay tablet with the real calming pages and the real language switch."""
    made: list[Shell] = []

    def make() -> Shell:
        s = build_shell(services, station="Bay 1", nurse_station=False, staff=OneNurse(),
                        nurse_area_factory=lambda _staff: QWidget(),
                        translations=translations)
        qtbot.addWidget(s.window)
        s.window.resize(1280, 800)
        s.window.show()
        made.append(s)
        return s

    services.visits.start(patient_label="Maya R.", bay="Bay 1", language="es",
                          treatment=Treatment.IV_KETAMINE, baseline_systolic=120,
                          baseline_pulse=70)
    yield make()
    for s in made:
        s.stop()
        s.window.patient_mode = False


def _leftovers(root: QWidget, clinic: str) -> set[str]:
    return (set(widget_texts(root)) & _english_sources()) - {clinic}


def test_a_spanish_visit_is_spanish_everywhere_then_english_again(shell, services):
    flow, window = shell.flow, shell.window
    assert flow is not None and flow.screen is Screen.WELCOME
    assert flow.welcome.form.greetingLabel.text() == "Hola, Maya"
    assert flow.welcome.form.startButton.text() == "Quiero empezar"
    assert window.call_nurse_button.text() == "Llamar a enfermería"
    hub = flow.calming.hub.form  # type: ignore[attr-defined]
    assert hub.breathingTile.text() == "Respiración lenta"
    assert hub.checkinButton.text() == "Responder ahora"

    flow.welcome.form.startButton.click()
    page = flow.checkin.page
    assert page.form.nextButton.text() == "Continuar"  # the information screen first
    assert page.form.questionLabel.text().startswith("Es hora de un control rápido")
    answer_until(flow, "nausea", CALM)
    scale = page.control.scale if page.control else None
    assert scale is not None
    assert scale.lower_label.text() == "0 – nada"
    assert scale.upper_label.text() == "10 – lo peor posible"
    assert (page.form.nextButton.text(), page.form.backButton.text()) == ("Siguiente", "Atrás")
    assert page.form.progressLabel.text().endswith("respondidas")
    answer_until(flow, "vomiting", CALM)
    tiles = page.control.tiles if page.control else None
    assert tiles is not None
    assert (tiles.tiles["yes"].text(), tiles.tiles["no"].text()) == ("Sí", "No")
    assert _leftovers(window, services.settings.clinic.name) == set()

    window.call_nurse_button.click()
    assert flow.card.title_label.text() == "Su llamada se ha enviado"
    assert window.call_nurse_button.text() == "Enfermería avisada"
    assert flow.card.buttons["ok"].text() == "De acuerdo"
    flow.card.buttons["ok"].click()

    flow.enter_rest()
    assert flow.rest.form.restLabel.text().startswith("Descansando.")
    flow.wake()
    expect = flow.calming.activities["expect"]
    assert isinstance(expect, ExpectPage)
    assert expect.sections[0].title == "Sentir calma"
    flow.goodbye.setup_page("Maya")
    assert flow.goodbye.form.titleLabel.text() == "Cuídese mucho, Maya"
    assert _leftovers(window, services.settings.clinic.name) == set()

    visit = flow.visit
    assert visit is not None
    services.visits.end(visit.id, VisitStatus.DISCHARGED, staff_id=None)
    flow.tick()
    assert flow.screen is Screen.IDLE
    assert flow.idle.form.readyLabel.text() == "This tablet is ready for the next patient"
    assert window.call_nurse_button.text() == "Call a nurse"
    assert hub.breathingTile.text() == "Slow breathing"
    assert expect.sections[0].title == "Feeling calm"
    assert "Hola" not in flow.welcome.form.greetingLabel.text()

    services.visits.start(patient_label="Ben T.", bay="Bay 1", language="en",
                          treatment=Treatment.IV_KETAMINE)
    flow.tick()
    assert flow.screen is Screen.WELCOME
    assert flow.welcome.form.greetingLabel.text() == "Welcome, Ben"
    assert flow.welcome.form.startButton.text() == "I'm ready to begin"
    flow.welcome.form.startButton.click()
    assert page.form.nextButton.text() == "Continue"


def test_a_screen_on_show_follows_a_switch_while_it_shows(shell, translations):
    flow = shell.flow
    assert flow is not None
    flow.welcome.form.startButton.click()
    answer_until(flow, "vomiting", CALM)
    page = flow.checkin.page
    flow.card.show_card(cards.invite_card(False))
    shell.window.staff_button.click()
    shell.pin_page.choose(OneNurse().active_staff()[0])
    translations.use("en")
    tiles = page.control.tiles if page.control else None
    assert tiles is not None and tiles.tiles["yes"].text() == "Yes"
    assert page.form.nextButton.text() == "Next"
    assert page.form.progressLabel.text().endswith("answered")
    assert flow.card.title_label.text() == "It's time for a short check-in"
    assert flow.card.buttons["later"].text() == "In a few minutes"
    assert shell.pin_page.form.titleLabel.text() == "Ana Nurse, enter your PIN"
    translations.use("es")
    assert shell.pin_page.form.titleLabel.text() == "Ana Nurse, escriba su PIN"
    assert shell.pin_page.pad.keys["enter"].text() == "Entrar"
    assert shell.pin_page.pad.keys["clear"].text() == "Borrar"
    assert flow.card.buttons["start"].text() == "Empezar ahora"
    assert page.form.progressLabel.text().endswith("respondidas")


def test_an_unknown_language_shows_english(translations, qtbot, paths):
    translations.use("fr")
    assert translations.language == "en"
    page = ExpectPage(paths.content)
    qtbot.addWidget(page)
    page.set_language("fr")
    assert page.sections[0].title == "Feeling calm"


def test_the_committed_qm_is_the_compiled_ts(tmp_path):
    out = tmp_path / "kiosk_es.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(out),
                    "-nounfinished", "-silent"], check=True)
    assert out.read_bytes() == (I18N / "kiosk_es.qm").read_bytes(), "run make i18n"


def test_every_patient_text_has_a_finished_spanish_translation():
    messages = _messages()
    assert messages.keys() >= PATIENT_CONTEXTS
    for context in PATIENT_CONTEXTS:
        for m in messages[context]:
            source, translation = m.findtext("source", ""), m.find("translation")
            assert translation is not None and (translation.text or "").strip(), source
            assert translation.get("type") is None, f"{context}: {source!r} unfinished"
            text = translation.text or ""
            assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", source))
            assert text.count("\n") == source.count("\n"), source


def test_the_ts_holds_every_patient_text_in_the_code(tmp_path):
    fresh = tmp_path / "fresh_es.ts"
    sources = sorted(str(p) for p in (ROOT / "kiosk").rglob("*.py")
                     if "forms" not in p.parts)
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources,
                    *sorted(str(p) for p in (ROOT / "ui").glob("*.ui")),
                    "-ts", str(fresh), "-silent"], check=True)
    now = {(c.findtext("name"), m.findtext("source"))
           for c in ET.parse(fresh).getroot().iter("context")
           for m in c.findall("message") if c.findtext("name") in PATIENT_CONTEXTS}
    committed = {(name, m.findtext("source")) for name, ms in _messages().items()
                 for m in ms if name in PATIENT_CONTEXTS}
    assert now - committed == set(), "new patient texts: run make i18n and translate them"


@pytest.mark.parametrize("shot", ["patient_es_hub", "patient_es_breathing",
                                  "patient_es_checkin_scale"])
def test_spanish_screens_fit_1280x800_and_leave_english_behind(qapp, tmp_path, shot):
    import importlib.util

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage

    from kiosk.views.theme import apply_theme

    def load(name: str):
        spec = importlib.util.spec_from_file_location(f"tools_{name}",
                                                      ROOT / "tools" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    apply_theme(qapp, ROOT / "resources" / "theme")  # Spanish is wider: sizes need the theme
    target = load("screenshots").render(shot, load("shots_patient").SHOTS[shot], tmp_path)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    assert QCoreApplication.translate("KioskWindow", "Call a nurse") == "Call a nurse"
