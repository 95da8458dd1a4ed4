"""The questionnaire cache in the data folder: used only for the very same files."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from kiosk import forms_cache
from kiosk.inputs import load_forms

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "questionnaires"
URL = "https://recovery-kiosk.example/fhir/Questionnaire/recovery-checkin"


@pytest.fixture
def folder(tmp_path):
    forms = tmp_path / "forms"
    forms.mkdir()
    for path in RESOURCES.glob("*.json"):
        shutil.copy(path, forms / path.name)
    return forms


@pytest.fixture
def data(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    return data


def _parses(monkeypatch) -> list[int]:
    """Counts the real parses of a folder."""
    calls: list[int] = []
    real = forms_cache.cached_forms

    def counting(folder, mode, data_dir, load):
        return real(folder, mode, data_dir, lambda: (calls.append(1), load())[1])

    monkeypatch.setattr("kiosk.inputs.cached_forms", counting)
    return calls


def test_second_load_reads_the_cache_and_gives_the_same_forms(folder, data, monkeypatch):
    parses = _parses(monkeypatch)
    first = load_forms(folder, "strict", data)
    second = load_forms(folder, "strict", data)
    assert parses == [1]
    assert second == first == load_forms(folder, "strict")
    assert URL in second[0]
    cache = data / forms_cache.CACHE_NAME
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert [p.name for p in data.iterdir()] == [forms_cache.CACHE_NAME]


def test_changed_bytes_are_parsed_again_even_with_the_same_size_and_time(folder, data,
                                                                          monkeypatch):
    parses = _parses(monkeypatch)
    load_forms(folder, "strict", data)
    path = folder / "recovery_checkin.json"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    assert '"Recovery check-in"' in text
    path.write_text(text.replace('"Recovery check-in"', '"Recovery check-iX"', 1),
                    encoding="utf-8")
    assert path.stat().st_size == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    forms, _, _ = load_forms(folder, "strict", data)
    assert parses == [1, 1]
    assert forms[URL].title.default == "Recovery check-iX"


def test_mode_and_new_files_are_part_of_the_key(folder, data, monkeypatch):
    parses = _parses(monkeypatch)
    load_forms(folder, "strict", data)
    load_forms(folder, "lenient", data)
    bad = {"resourceType": "Questionnaire", "url": "http://x.example/extra",
           "status": "active", "item": [{"linkId": "pic", "type": "attachment", "text": "?"}]}
    (folder / "extra.json").write_text(json.dumps(bad), encoding="utf-8")
    _, _, problems = load_forms(folder, "lenient", data)
    _, _, strict_problems = load_forms(folder, "strict", data)
    assert parses == [1, 1, 1, 1]
    assert any("attachment" in line for line in strict_problems)
    assert problems == ()


def test_damaged_or_writable_cache_is_not_used(folder, data, monkeypatch):
    parses = _parses(monkeypatch)
    expected = load_forms(folder, "strict", data)
    cache = data / forms_cache.CACHE_NAME
    cache.write_bytes(b"not a pickle")
    assert load_forms(folder, "strict", data) == expected
    os.chmod(cache, 0o666)
    assert load_forms(folder, "strict", data) == expected
    assert parses == [1, 1, 1]
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600  # written again, owner-only


def test_no_data_folder_no_cache(folder, tmp_path, monkeypatch):
    parses = _parses(monkeypatch)
    missing = tmp_path / "none"
    load_forms(folder, "strict", missing)
    load_forms(folder, "strict", missing)
    assert parses == [1, 1]
    assert not missing.exists()
