from __future__ import annotations

import logging
import wave
from pathlib import Path

import pytest

from kiosk.views.widgets import sound
from kiosk.views.widgets.sound import SoundBank

SOUNDS = Path(__file__).resolve().parents[3] / "resources" / "sounds"


@pytest.mark.parametrize(("name", "low", "high"), [
    ("rain", 10, 20), ("waves", 10, 20), ("tone", 0.3, 2)])
def test_shipped_sounds_are_small_mono_16_bit_loops(name, low, high):
    path = SOUNDS / f"{name}.wav"
    assert path.stat().st_size < 1_000_000
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        assert low <= wav.getnframes() / 22050 <= high


def test_without_an_audio_device_everything_is_silent(qapp, monkeypatch, caplog):
    monkeypatch.setattr(sound, "_load_multimedia", lambda: "no audio output device")
    bank = SoundBank(SOUNDS, enabled=True)
    with caplog.at_level(logging.INFO, logger="kiosk.views.widgets.sound"):
        bank.play_loop("rain")
        bank.chime()
        bank.stop()
        bank.play_loop("waves")
    assert not bank.available and bank.current_loop is None
    assert [r.getMessage() for r in caplog.records] == ["Sound is off: no audio output device"]


def test_disabled_bank_never_looks_for_a_device(monkeypatch):
    def boom():
        raise AssertionError("must not probe audio when sound is disabled")
    monkeypatch.setattr(sound, "_load_multimedia", boom)
    bank = SoundBank(SOUNDS, enabled=False)
    bank.play_loop("rain")
    bank.chime()
    bank.stop()
    assert not bank.available


def test_real_probe_does_not_fail_offscreen(qapp):
    bank = SoundBank(SOUNDS, enabled=True)
    bank.play_loop("waves")  # a device may or may not exist; either way no warning, no error
    bank.stop()
    assert bank.current_loop is None


def test_unknown_loop_is_a_programming_error():
    with pytest.raises(ValueError):
        SoundBank(SOUNDS, enabled=True).play_loop("thunder")
