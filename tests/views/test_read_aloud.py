"""'Read to me' reads the screen in the visit's language (QtTextToSpeech's mock engine)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from kiosk.domain.records import Treatment
from kiosk.views.i18n import Translations
from kiosk.views.read_aloud import ReadAloud, screen_text
from kiosk.views.shell import NoStaffDirectory, Shell, build_shell
from tests.support.pulse_stub import ensure_libpulse
from tests.support.test_driver import answer_until

# Qt Multimedia, under QtTextToSpeech, links libpulse.so.0 even for the mock engine;
# without it a do-nothing stand-in is loaded (tests/support/pulse_stub.py says why).
SPEECH = ensure_libpulse()
if not SPEECH:
    try:
        from PySide6 import QtTextToSpeech  # noqa: F401
    except ImportError as error:
        SPEECH = str(error)
needs_speech = pytest.mark.skipif(bool(SPEECH), reason=f"QtTextToSpeech: {SPEECH}")
I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
CALM = {"overall-feeling": "calm"}


@pytest.fixture
def make_shell(services, qtbot, qapp) -> Iterator:
    translations = Translations(qapp, I18N)
    made: list[Shell] = []

    def make(language: str) -> Shell:
        services.visits.start(patient_label="Maya R.", bay="Bay 1", language=language,
                              treatment=Treatment.IV_KETAMINE)
        shell = build_shell(services, station="Bay 1", nurse_station=False,
                            staff=NoStaffDirectory(), translations=translations)
        qtbot.addWidget(shell.window)
        shell.window.resize(1280, 800)
        shell.window.show()
        made.append(shell)
        return shell

    yield make
    for shell in made:
        shell.stop()
        shell.window.patient_mode = False
    translations.use("en")


@needs_speech
def test_read_to_me_says_the_question_and_its_ends_in_english(make_shell, qtbot):
    shell = make_shell("en")
    shell.flow.welcome.form.startButton.click()
    answer_until(shell.flow, "nausea", CALM)
    scale = shell.flow.checkin.page.control.scale
    qtbot.waitUntil(scale.lower_label.isVisible)  # a new control shows on the next loop
    tools = shell.tools
    tools.refresh()
    assert tools.isVisible() and tools.read_button.isVisible()
    with qtbot.waitSignal(tools.reader.speaking_changed, timeout=2000) as started:
        tools.read_button.click()
    assert started.args == [True]
    text, lang = tools.reader.spoken[-1]
    assert lang == "en"
    assert text.startswith("Your body")
    assert "How sick to your stomach do you feel right now?" in text
    assert "0 – not at all" in text and "10 – as bad as it could be" in text
    assert tools.reader._engine().locale().language() == QLocale.Language.English


def test_choices_are_read_and_a_card_is_read_instead_of_the_page(make_shell, qtbot):
    shell = make_shell("en")
    shell.flow.welcome.form.startButton.click()
    answer_until(shell.flow, "overall-feeling", {})
    page = shell.flow.checkin.page
    qtbot.waitUntil(lambda: "Calm" in screen_text(page))
    text = screen_text(page)
    assert "How are you feeling right now?" in text and "Calm" in text
    shell.window.call_nurse_button.click()
    card_text = screen_text(page, shell.flow.card)
    assert shell.flow.card.title_label.text() in card_text and "How are you" not in card_text


@needs_speech
def test_no_spanish_voice_hides_read_to_me_on_a_spanish_visit(make_shell):
    shell = make_shell("es")  # the mock engine speaks English, Norwegian and Finnish only
    tools = shell.tools
    tools.refresh()
    assert tools.isVisible() and not tools.read_button.isVisible()
    assert "Hola, Maya" in screen_text(shell.flow.welcome)


@pytest.mark.qt_log_ignore("(?i)text-to-speech")
def test_no_engine_means_no_button_and_no_error(qtbot):
    reader = ReadAloud("no-such-engine")
    assert not reader.can_speak("en")
    assert reader.say("Hello", "en") is False


def test_without_qttexttospeech_read_to_me_stays_hidden(make_shell, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_speech(name, *args, **kwargs):
        if name == "PySide6.QtTextToSpeech":
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_speech)
    shell = make_shell("en")
    shell.tools.refresh()
    assert shell.tools.isVisible() and not shell.tools.read_button.isVisible()
