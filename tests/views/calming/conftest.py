"""Fixtures for the calming pages: a sound bank that records instead of playing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.views.widgets.sound import SoundBank

ROOT = Path(__file__).resolve().parents[3]


class RecordingSoundBank(SoundBank):
    """Remembers every request; never touches QtMultimedia."""

    def __init__(self) -> None:
        super().__init__(ROOT / "resources" / "sounds", enabled=True)
        self.calls: list[str] = []

    def play_loop(self, name: str) -> None:
        self.calls.append(f"loop:{name}")
        self._loop = name

    def stop(self) -> None:
        self.calls.append("stop")
        self._loop = None

    def chime(self) -> None:
        self.calls.append("chime")


@pytest.fixture
def fake_sounds() -> RecordingSoundBank:
    return RecordingSoundBank()


@pytest.fixture
def no_sounds() -> SoundBank:
    return SoundBank(ROOT / "resources" / "sounds", enabled=False)
