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


def test_no_sound_server_means_qt_multimedia_is_never_loaded(qapp, monkeypatch):
    monkeypatch.setattr(sound, "sound_server_missing", lambda: "no sound server is running")
    bank = SoundBank(SOUNDS, enabled=True)
    assert not bank.chime()
    assert bank.off_reason == "no sound server is running"


def test_sound_server_socket_decides(tmp_path):
    from kiosk.views.widgets.audio_probe import sound_server_missing

    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert sound_server_missing(env) == "no sound server is running"
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    assert sound_server_missing(env) is None
    assert sound_server_missing({"PULSE_SERVER": "tcp:speaker:4713"}) is None


def test_multimedia_start_up_noise_is_kept_out_of_the_qt_log(qapp, qtlog):
    from PySide6.QtCore import qInfo, qWarning

    from kiosk.views.widgets.audio_probe import quiet_multimedia

    with quiet_multimedia():
        qWarning("PulseAudioService: pa_context_connect() failed")
        qInfo("something else entirely")  # (info: a passed-on warning would fail the test)
    assert [r.message for r in qtlog.records] == ["something else entirely"]


def test_real_probe_reports_sound_off_without_a_sound_server(qapp, monkeypatch):
    # On this machine (CI, offscreen) with or without libpulse0: no server, no warning.
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent-runtime-dir")
    bank = SoundBank(SOUNDS, enabled=True)
    assert not bank.available
    assert bank.off_reason in ("no sound server is running", "no audio output device") \
        or bank.off_reason.startswith("Qt Multimedia is not available")


def test_real_qt_multimedia_probe_never_warns(qapp, monkeypatch):
    # As if a server socket existed: QtMultimedia really loads and looks for devices
    # (with libpulse0 but no server it warns internally; none of that reaches the log).
    monkeypatch.setattr(sound, "sound_server_missing", lambda: None)
    bank = SoundBank(SOUNDS, enabled=True)
    bank.chime()
    assert bank.off_reason is None or "Sound is off" not in bank.off_reason
