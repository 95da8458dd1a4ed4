"""Loads Questionnaire JSON files, checking everything and collecting every problem.

Two modes (the admin setting ``questionnaires.loading``):

* **strict**: a file with any problem is rejected whole;
* **lenient**: an item with a problem is skipped, with its children and the items
  whose conditions need it; its problems become warnings shown on the admin
  screen. Problems with the file itself (not JSON, not a Questionnaire, nothing
  left to ask) still reject it.

Both modes report the same problems, by file and linkId, and the same warnings
(things the kiosk does its own documented way).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kiosk.domain.limits import MAX_FILE_BYTES, LimitError, load_json, short
from kiosk.domain.questionnaire.checks import check_references
from kiosk.domain.questionnaire.engine import Questionnaire
from kiosk.domain.questionnaire.errors import Problem, ProblemLog, QuestionnaireError
from kiosk.domain.questionnaire.extensions import read_text
from kiosk.domain.questionnaire.parse_features import check_constructs, read_expressions
from kiosk.domain.questionnaire.parse_items import ParseContext, parse_items

STRICT, LENIENT = "strict", "lenient"
_STATUSES = ("draft", "active", "retired", "unknown")
_DERIVED_URL = "https://recovery-kiosk.example/fhir/Questionnaire/"


@dataclass(frozen=True)
class LoadResult:
    """What `load_directory` found.

    Attributes:
        questionnaires: The good questionnaires by canonical url (without version).
        problems: Problems that kept a file (strict) or an item (lenient: as warnings)
            out; a rejected file is not in `questionnaires`.
        warnings: What the kiosk skipped or does its own documented way, by file and
            linkId; the files concerned are loaded.
    """

    questionnaires: dict[str, Questionnaire] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def _optional_str(data: dict[str, Any], key: str, log: ProblemLog) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        log.add(None, f"'{key}' must be a string")
        return None
    return value


def _derived_url(file: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9.-]+", "-", Path(file).stem).strip("-") or "questionnaire"
    return _DERIVED_URL + stem


def _contained(data: dict[str, Any], log: ProblemLog) -> dict[str, Any]:
    out: dict[str, Any] = {}
    found = data.get("contained")
    for entry in found if isinstance(found, list) else []:
        if isinstance(entry, dict) and entry.get("resourceType") == "ValueSet" and isinstance(
                entry.get("id"), str):
            out[entry["id"]] = entry
        elif isinstance(entry, dict):
            log.warn(None, f"contained {entry.get('resourceType')} is not used by the kiosk")
    return out


def _header(data: dict[str, Any], file: str, log: ProblemLog) -> dict[str, Any]:
    """Checks the resource's own elements; returns the Questionnaire's fields."""
    if data.get("resourceType") != "Questionnaire":
        log.add(None, f"resourceType is {data.get('resourceType')!r}, expected 'Questionnaire'")
    check_constructs(data, "questionnaire", log, None)
    url = data.get("url")
    if url is None:
        url = _derived_url(file)
        log.warn(None, f"the file has no url; the kiosk uses {url}")
    elif not isinstance(url, str) or not url.strip():
        log.add(None, "url must be a non-empty string (the questionnaire's canonical url)")
    status = data.get("status")
    if status is None:
        log.add(None, f"status is missing (use {', '.join(_STATUSES)})")
    elif status not in _STATUSES:
        log.add(None, f"status {status!r} is not valid (use {', '.join(_STATUSES)})")
    _, variables = read_expressions(data, log, None)
    return {"url": str(url), "status": str(status), "version": _optional_str(data, "version", log),
            "name": _optional_str(data, "name", log),
            "language": _optional_str(data, "language", log),
            "title": read_text(data, "title", log, None), "variables": variables}


def _parse(data: dict[str, Any], file: str, skip: frozenset[str],
           shipped: dict[str, Any]) -> tuple[Questionnaire, ProblemLog, set[str]]:
    log = ProblemLog(file)
    header = _header(data, file, log)
    ctx = ParseContext(log, skip=skip, contained=_contained(data, log), shipped=shipped)
    items = parse_items(data.get("item"), None, ctx)
    questionnaire = Questionnaire(items=items, source=file, raw=data, **header)
    check_references(questionnaire.all_items(), log, ctx.dropped)
    if not data.get("item"):
        log.add(None, "the questionnaire has no items")
    elif not questionnaire.answerable_items() and not any(
            i.type.value == "display" for i in questionnaire.all_items()):
        log.add(None, "nothing is left to ask")
    return questionnaire, log, ctx.seen


def parse_questionnaire_with_warnings(
        data: Any, file: str = "<questionnaire>", *, mode: str = STRICT,
        value_sets: dict[str, Any] | None = None) -> tuple[Questionnaire, list[Problem]]:
    """Builds a Questionnaire from parsed JSON; returns it with its warnings.

    Args:
        data: The parsed JSON.
        file: The file name used in problems.
        mode: ``strict`` or ``lenient`` (see the module docstring).
        value_sets: Expanded ValueSets shipped beside the form, by url.

    Raises:
        QuestionnaireError: With every problem found (strict), or the file's own
            problems (lenient).
    """
    if not isinstance(data, dict):
        raise QuestionnaireError([Problem(file, None, "the file must hold a JSON object")])
    try:
        return _checked(data, file, mode, value_sets or {})
    except (RecursionError, ValueError, TypeError, KeyError, AttributeError) as exc:
        # A shape the checks did not foresee: still one problem, never a crash.
        problem = f"cannot be used ({type(exc).__name__}: {short(str(exc), 120)})"
        raise QuestionnaireError([Problem(file, None, problem)]) from exc


def _checked(data: dict[str, Any], file: str, mode: str,
             shipped: dict[str, Any]) -> tuple[Questionnaire, list[Problem]]:
    questionnaire, log, _ = _parse(data, file, frozenset(), shipped)
    if not log.problems:
        return questionnaire, log.warnings
    file_level = [p for p in log.problems if p.link_id is None]
    if mode != LENIENT or file_level:
        raise QuestionnaireError(log.problems)
    first = list(log.problems)
    skip = frozenset(p.link_id for p in first if p.link_id is not None)
    for _ in range(10):  # each pass may skip items whose conditions needed a skipped one
        questionnaire, again, _ = _parse(data, file, skip, shipped)
        more = {p.link_id for p in again.problems if p.link_id and p.link_id not in skip}
        if not more:
            break
        first += [p for p in again.problems if p not in first]
        skip |= more
    if any(p.link_id is None for p in again.problems):
        raise QuestionnaireError(first + [p for p in again.problems if p not in first])
    skipped = [Problem(file, p.link_id, f"{p.message} (item skipped)") for p in first]
    return questionnaire, again.warnings + skipped


def parse_questionnaire(data: Any, file: str = "<questionnaire>", *,
                        mode: str = STRICT) -> Questionnaire:
    """Builds a Questionnaire from parsed JSON, checking the whole resource.

    Raises:
        QuestionnaireError: With every problem found.
    """
    return parse_questionnaire_with_warnings(data, file, mode=mode)[0]


def _read_json(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise QuestionnaireError([Problem(path.name, None, "the file is larger than "
                                              f"{MAX_FILE_BYTES // 1_000_000} MB")])
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise QuestionnaireError([Problem(path.name, None, f"cannot read file: {reason}")]) from exc
    try:
        return load_json(text)
    except json.JSONDecodeError as exc:
        message = f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise QuestionnaireError([Problem(path.name, None, message)]) from exc
    except LimitError as exc:
        raise QuestionnaireError([Problem(path.name, None, str(exc))]) from None


def load_questionnaire(path: str | Path, *, mode: str = STRICT) -> Questionnaire:
    """Reads and checks one Questionnaire JSON file.

    Raises:
        QuestionnaireError: With every problem found (unreadable file, bad JSON with
            its line and column, or any problem with the content).
    """
    path = Path(path)
    return parse_questionnaire(_read_json(path), path.name, mode=mode)


def load_directory(directory: str | Path, *, mode: str = STRICT) -> LoadResult:
    """Loads every `*.json` Questionnaire in a folder, keeping the good ones.

    ValueSet files in the folder are not questionnaires: they serve answerValueSet.

    Args:
        directory: The folder.
        mode: ``strict`` or ``lenient``.

    Returns:
        The good questionnaires by url, the problems of the others, and warnings; a
        second file with an url already loaded is reported and left out.
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
    parsed: list[tuple[Path, Any]] = []
    value_sets: dict[str, Any] = {}
    for path in found:
        if not path.is_file():
            result.problems.append(Problem(path.name, None, "not a file"))
            continue
        try:
            data = _read_json(path)
        except QuestionnaireError as exc:
            result.problems.extend(exc.problems)
            continue
        if isinstance(data, dict) and data.get("resourceType") == "ValueSet":
            if isinstance(data.get("url"), str):
                value_sets[data["url"]] = data
            continue
        parsed.append((path, data))
    for path, data in parsed:
        try:
            questionnaire, warnings = parse_questionnaire_with_warnings(
                data, path.name, mode=mode, value_sets=value_sets)
        except QuestionnaireError as exc:
            result.problems.extend(exc.problems)
            continue
        first = result.questionnaires.get(questionnaire.url)
        if first is not None:
            message = f"url {questionnaire.url} is already used by {first.source}"
            result.problems.append(Problem(path.name, None, message))
            continue
        result.warnings.extend(warnings)
        result.questionnaires[questionnaire.url] = replace(questionnaire)
    return result
