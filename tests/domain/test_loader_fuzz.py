"""Fuzzed settings files, questionnaires and questionnaire folders never crash a loader.

Each outcome is either a good result or the loader's own error with short,
one-line messages. A few hundred examples run in every ``make test``; the
``slow`` variants (``pytest -m slow``) run thousands.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.config import ConfigError, Settings, load_settings
from kiosk.domain.questionnaire import QuestionnaireError, load_directory, load_questionnaire
from kiosk.domain.questionnaire.engine import Questionnaire

ROOT = Path(__file__).resolve().parents[2]
SETTINGS_TEXT = (ROOT / "docs" / "settings.example.toml").read_text(encoding="utf-8")
QUESTIONNAIRE = json.loads((ROOT / "resources" / "questionnaires" /
                            "recovery_checkin.json").read_text(encoding="utf-8"))
MAX_LINE = 400  # the loaders' own cap is 300; the tmp path adds a little
FEW = settings(max_examples=150, deadline=None, derandomize=True,
               suppress_health_check=[HealthCheck.function_scoped_fixture,
                                      HealthCheck.too_slow])
MANY = settings(FEW, max_examples=2500)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=20) | st.sampled_from(["\ud800", "x" * 700, "group", "choice"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12)
nasty_text = st.one_of(
    st.integers(50, 5000).map(lambda n: "[" * n + "]" * n),  # deep nesting
    st.integers(4301, 6000).map(lambda n: "1" * n),  # an integer Python will not parse
    st.integers(1, 200).map(lambda n: '{"item": ' * n + "1" + "}" * n),
    st.just('"\\ud800"'))


def _paths(value: Any, here: tuple = ()) -> list[tuple]:
    found = [here]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*here, index))
    return found


QUESTIONNAIRE_PATHS = _paths(QUESTIONNAIRE)[1:]


def _replace(data: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    copy: Any = dict(data) if isinstance(data, dict) else list(data)
    copy[head] = _replace(copy[head], rest, value)
    return copy


@st.composite
def mutated_questionnaire_text(draw) -> str:
    kind = draw(st.sampled_from(["value", "nasty", "chars"]))
    if kind == "value":
        data = QUESTIONNAIRE
        for _ in range(draw(st.integers(1, 3))):
            path = draw(st.sampled_from(QUESTIONNAIRE_PATHS))
            value = draw(json_values)
            with contextlib.suppress(KeyError, IndexError, TypeError):
                data = _replace(data, path, value)  # unless an earlier change removed it
        return json.dumps(data)
    if kind == "nasty":
        path = draw(st.sampled_from(QUESTIONNAIRE_PATHS))
        text = json.dumps(_replace(QUESTIONNAIRE, path, "@@HOLE@@"))
        return text.replace('"@@HOLE@@"', draw(nasty_text))
    text = json.dumps(QUESTIONNAIRE)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(max_size=3)) + text[at + draw(st.integers(0, 3)):]
    return text


def _check_questionnaire(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        result = load_questionnaire(path)
    except QuestionnaireError as exc:
        assert exc.problems
        for problem in exc.problems:
            line = str(problem)
            assert "\n" not in line and len(line) <= MAX_LINE, line[:100]
    else:
        assert isinstance(result, Questionnaire)


@FEW
@given(text=mutated_questionnaire_text())
def test_mutated_questionnaires_never_crash(tmp_path, text):
    _check_questionnaire(tmp_path / "q.json", text)


@pytest.mark.slow(thorough=True)
@MANY
@given(text=mutated_questionnaire_text())
def test_mutated_questionnaires_never_crash_many(tmp_path, text):
    _check_questionnaire(tmp_path / "q.json", text)


toml_values = st.one_of(
    st.integers().map(str), st.integers(31, 6000).map(lambda n: "9" * n),
    st.text(max_size=30).map(json.dumps), st.just('"' + "y" * 900 + '"'),
    st.sampled_from(["true", "false", "inf", "nan", "1979-05-27", "[1, 2]", "{ a = 1 }",
                     "[" * 600 + "]" * 600, '"\\ud800"', "0x_1", "1e999"]))


@st.composite
def mutated_settings_text(draw) -> str:
    lines = SETTINGS_TEXT.splitlines()
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(lines) - 1))
        line = lines[index]
        kind = draw(st.sampled_from(["value", "key", "chars", "section"]))
        if kind == "value" and "=" in line:
            lines[index] = line.split("=", 1)[0] + "= " + draw(toml_values)
        elif kind == "key":
            lines[index] = draw(st.text(max_size=12)) + " = " + draw(toml_values)
        elif kind == "section":
            lines[index] = "[" + draw(st.text(max_size=12)) + "]"
        else:
            at = draw(st.integers(0, len(line)))
            lines[index] = line[:at] + draw(st.text(max_size=4)) + line[at:]
    return "\n".join(lines)


def _check_settings(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        result = load_settings(path)
    except ConfigError as exc:
        line = str(exc)
        assert "\n" not in line and len(line) <= MAX_LINE, line[:100]
    else:
        assert isinstance(result, Settings)


@FEW
@given(text=mutated_settings_text())
def test_mutated_settings_files_never_crash(tmp_path, text):
    _check_settings(tmp_path / "clinic.toml", text)


@pytest.mark.slow(thorough=True)
@MANY
@given(text=mutated_settings_text())
def test_mutated_settings_files_never_crash_many(tmp_path, text):
    _check_settings(tmp_path / "clinic.toml", text)


entries = st.lists(st.tuples(
    st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=8),
    st.sampled_from(["questionnaire", "bytes", "folder", "dangling", "empty"]),
    mutated_questionnaire_text(), st.binary(max_size=64)), max_size=5)


def _check_folder(folder: Path, made: list) -> None:
    folder.mkdir()
    for n, (name, kind, text, raw) in enumerate(made):
        path = folder / f"{name}{n}.json"
        if kind == "questionnaire":
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        elif kind == "bytes":
            path.write_bytes(raw)
        elif kind == "folder":
            path.mkdir()
        elif kind == "dangling":
            os.symlink(folder / "nowhere", path)
        else:
            path.write_bytes(b"")
    result = load_directory(folder)
    for problem in result.problems:
        line = str(problem)
        assert "\n" not in line and len(line) <= MAX_LINE, line[:100]


@FEW
@given(made=entries)
def test_fuzzed_questionnaire_folders_never_crash(tmp_path_factory, made):
    _check_folder(tmp_path_factory.mktemp("q") / "folder", made)


@pytest.mark.slow(thorough=True)
@settings(MANY, max_examples=800)
@given(made=entries)
def test_fuzzed_questionnaire_folders_never_crash_many(tmp_path_factory, made):
    _check_folder(tmp_path_factory.mktemp("q") / "folder", made)
