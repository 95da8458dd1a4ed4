"""Loads Questionnaire JSON files, checking everything and collecting every problem."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.domain.limits import MAX_FILE_BYTES, LimitError, load_json, short
from kiosk.domain.questionnaire.checks import check_references
from kiosk.domain.questionnaire.engine import Questionnaire
from kiosk.domain.questionnaire.errors import Problem, ProblemLog, QuestionnaireError
from kiosk.domain.questionnaire.extensions import read_text
from kiosk.domain.questionnaire.parse_items import parse_items

_STATUSES = ("draft", "active", "retired", "unknown")


@dataclass(frozen=True)
class LoadResult:
    """What `load_directory` found.

    Attributes:
        questionnaires: The good questionnaires by canonical url (without version).
        problems: Every problem in every file; a file with problems is left out.
    """

    questionnaires: dict[str, Questionnaire] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def _optional_str(data: dict[str, Any], key: str, log: ProblemLog) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        log.add(None, f"'{key}' must be a string")
        return None
    return value


def parse_questionnaire(data: Any, file: str = "<questionnaire>") -> Questionnaire:
    """Builds a Questionnaire from parsed JSON, checking the whole resource.

    Args:
        data: The parsed JSON.
        file: The file name used in problems.

    Raises:
        QuestionnaireError: With every problem found.
    """
    log = ProblemLog(file)
    if not isinstance(data, dict):
        raise QuestionnaireError([Problem(file, None, "the file must hold a JSON object")])
    if data.get("resourceType") != "Questionnaire":
        log.add(None, f"resourceType is {data.get('resourceType')!r}, expected 'Questionnaire'")
    url = data.get("url")
    if not isinstance(url, str) or not url.strip():
        log.add(None, "url is missing (the questionnaire's canonical url)")
    status = data.get("status")
    if status not in _STATUSES:
        log.add(None, f"status {status!r} is not valid (use {', '.join(_STATUSES)})")
    version = _optional_str(data, "version", log)
    name = _optional_str(data, "name", log)
    language = _optional_str(data, "language", log)
    title = read_text(data, "title", log, None)
    if not data.get("item"):
        log.add(None, "the questionnaire has no items")
    if data.get("modifierExtension"):
        log.add(None, "modifierExtension is not supported")
    items = parse_items(data.get("item"), None, log, set())
    questionnaire = Questionnaire(
        url=str(url),
        version=version,
        status=str(status),
        items=items,
        name=name,
        title=title,
        language=language,
        source=file,
    )
    check_references(questionnaire.all_items(), log)
    if log.problems:
        raise QuestionnaireError(log.problems)
    return questionnaire


def load_questionnaire(path: str | Path) -> Questionnaire:
    """Reads and checks one Questionnaire JSON file.

    Args:
        path: The file.

    Raises:
        QuestionnaireError: With every problem found (unreadable file, bad JSON with
            its line and column, or any problem with the content).
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise QuestionnaireError([Problem(path.name, None, "the file is larger than "
                                              f"{MAX_FILE_BYTES // 1_000_000} MB")])
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise QuestionnaireError([Problem(path.name, None, f"cannot read file: {reason}")]) from exc
    try:
        data = load_json(text)
    except json.JSONDecodeError as exc:
        message = f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise QuestionnaireError([Problem(path.name, None, message)]) from exc
    except LimitError as exc:
        raise QuestionnaireError([Problem(path.name, None, str(exc))]) from None
    try:
        return parse_questionnaire(data, path.name)
    except QuestionnaireError:
        raise
    except (RecursionError, ValueError, TypeError, KeyError, AttributeError) as exc:
        # A shape the checks above did not foresee: still one problem, never a crash.
        problem = f"cannot be used ({type(exc).__name__}: {short(str(exc), 120)})"
        raise QuestionnaireError([Problem(path.name, None, problem)]) from exc


def load_directory(directory: str | Path) -> LoadResult:
    """Loads every `*.json` file in a folder, keeping the good ones.

    Args:
        directory: The folder.

    Returns:
        The good questionnaires by url and the problems of the others; a second file
        with an url already loaded is reported and left out.
    """
    folder = Path(directory)
    result = LoadResult()
    try:
        found = sorted(folder.glob("*.json")) if folder.is_dir() else None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        result.problems.append(Problem(folder.name or str(folder), None,
                                       f"cannot read folder: {reason}"))
        return result
    if found is None:
        result.problems.append(Problem(folder.name or str(folder), None, "folder not found"))
        return result
    for path in found:
        if not path.is_file():
            result.problems.append(Problem(path.name, None, "not a file"))
            continue
        try:
            questionnaire = load_questionnaire(path)
        except QuestionnaireError as exc:
            result.problems.extend(exc.problems)
            continue
        first = result.questionnaires.get(questionnaire.url)
        if first is not None:
            message = f"url {questionnaire.url} is already used by {first.source}"
            result.problems.append(Problem(path.name, None, message))
            continue
        result.questionnaires[questionnaire.url] = questionnaire
    return result
