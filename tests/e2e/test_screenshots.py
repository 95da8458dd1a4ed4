"""The screenshot framework renders patient screens at exactly 1280x800."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"tools_{name}", ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("shot", ["patient_checkin_scale", "patient_ready_to_go_feelings",
                                  "patient_staff_pin", "patient_rest_checkin_due"])
def test_patient_shot_fills_the_screen_exactly(qapp, tmp_path, shot):
    from kiosk.views.theme import apply_theme

    apply_theme(qapp, ROOT / "resources" / "theme")  # sizes depend on the theme
    framework = load("screenshots")
    shots = load("shots_patient").SHOTS
    target = framework.render(shot, shots[shot], tmp_path)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


def test_every_shots_module_follows_the_protocol():
    framework = load("screenshots")
    modules, broken = framework.shot_modules()
    names = [name for m in modules for name in m.SHOTS]
    assert len(names) == len(set(names))
    assert all(name.islower() and " " not in name for name in names)
    assert any(name.startswith("patient_") for name in names)
    assert broken == [] or all("shots_patient" not in report for report in broken)
