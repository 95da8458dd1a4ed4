"""Questionnaire loading mode: strict problems wait for the stored setting, lenient skips."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.inputs import Inputs, StartupError, load_forms, settle

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "questionnaires"


@pytest.fixture
def folder(tmp_path):
    for path in RESOURCES.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    bad = {"resourceType": "Questionnaire", "url": "http://x.example/extra", "status": "active",
           "item": [{"linkId": "ok", "type": "boolean", "text": "Fine?"},
                    {"linkId": "pic", "type": "attachment", "text": "A photo"}]}
    (tmp_path / "extra.json").write_text(json.dumps(bad), encoding="utf-8")
    return tmp_path


def _inputs(folder: Path, mode: str) -> Inputs:
    forms, warnings, problems = load_forms(folder, mode)
    return Inputs(Settings(), forms, None, loading=mode, load_warnings=warnings,
                  problems=problems, folder=folder)


def test_strict_keeps_the_problem_until_settled(folder):
    inputs = _inputs(folder, "strict")
    assert "http://x.example/extra" not in inputs.questionnaires
    assert inputs.problems == ("extra.json: item 'pic': the kiosk does not support "
                               "attachment items (no camera or files on the tablet)",)
    with pytest.raises(StartupError, match="attachment"):
        settle(inputs, "strict")


def test_a_stored_lenient_setting_reloads_and_skips_the_item(folder):
    settled = settle(_inputs(folder, "strict"), "lenient")
    extra = settled.questionnaires["http://x.example/extra"]
    assert [i.link_id for i in extra.all_items()] == ["ok"]
    assert [str(w) for w in settled.load_warnings] == [
        "extra.json: item 'pic': the kiosk does not support attachment items "
        "(no camera or files on the tablet) (item skipped)"]
    assert settled.problems == ()


def test_lenient_lists_an_unusable_file_as_a_warning(folder):
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    inputs = _inputs(folder, "lenient")
    assert any(w.file == "broken.json" and w.message.endswith("(file not used)")
               for w in inputs.load_warnings)
