"""What a start is given: the command-line options, settings file, questionnaires, URL.

The one module :mod:`kiosk.cli`, :mod:`kiosk.app` and :mod:`kiosk.quick_start`
all import, and which imports none of them (an import-linter contract in
pyproject.toml keeps it so). Kept free of SQLAlchemy and Qt so the quick
restart path can use it before either heavy library is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from kiosk.config import ConfigError, Settings, load_settings
from kiosk.domain.questionnaire import Problem, Questionnaire
from kiosk.forms_cache import cached_forms
from kiosk.paths import AppPaths

EXIT_BAD_INPUT = 2
"""Exit code for anything wrong before the window opens (one clear line on stderr)."""

NURSE_STATION = "nurse"
"""The ``--station`` name of a nurse-station board."""


@dataclass(frozen=True)
class Options:
    """What the command line asked for."""

    db_url: str | None
    config: Path | None
    windowed: bool
    demo: bool
    station: str
    check: bool = False
    restore: Path | None = None


class StartupError(Exception):
    """Something the kiosk needs is wrong; ``lines`` say what, one problem a line."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("; ".join(lines))
        self.lines = lines


@dataclass(frozen=True)
class Inputs:
    """Settings from the file (stored values not yet laid over) and questionnaires.

    Attributes:
        settings: the TOML file's settings, or the defaults.
        questionnaires: every loaded questionnaire by canonical url.
        db_url: the database URL (None: the SQLite file in the data folder).
        loading: the questionnaire loading mode used (strict or lenient).
        load_warnings: what was skipped or done the kiosk's own way, one line each
            (shown on the admin "Form warnings" screen).
        problems: the problems of a strict load not raised yet (see ``settle``).
        folder: the questionnaire folder.
    """

    settings: Settings
    questionnaires: dict[str, Questionnaire]
    db_url: str | None
    loading: str = "strict"
    load_warnings: tuple[Problem, ...] = ()
    problems: tuple[str, ...] = ()
    folder: Path | None = None


Forms = tuple[dict[str, Questionnaire], tuple[Problem, ...], tuple[str, ...]]


def load_forms(folder: Path, mode: str, cache_dir: Path | None = None) -> Forms:
    """Questionnaires, warnings and problems of a folder in one loading mode.

    In lenient mode a file that cannot be used at all is a warning too: the kiosk
    starts as long as the forms it needs are there. With ``cache_dir`` (the data
    folder) an unchanged folder is read from :mod:`kiosk.forms_cache`.
    """
    if cache_dir is not None:
        return cached_forms(folder, mode, cache_dir, lambda: load_forms(folder, mode))
    # The loader and its parsers only when the files are read (not from the cache).
    from kiosk.domain.questionnaire.loader import LENIENT, load_directory

    loaded = load_directory(folder, mode=mode)
    warnings = list(loaded.warnings)
    if mode == LENIENT:
        return dict(loaded.questionnaires), tuple(warnings + [
            Problem(p.file, p.link_id, f"{p.message} (file not used)")
            for p in loaded.problems]), ()
    return dict(loaded.questionnaires), tuple(warnings), tuple(str(p) for p in loaded.problems)


def settle(inputs: Inputs, mode: str) -> Inputs:
    """The inputs loaded in ``mode`` (the setting in force once stored values apply).

    Raises:
        StartupError: strict loading found problems.
    """
    if mode != inputs.loading and inputs.folder is not None:
        forms, warnings, problems = load_forms(inputs.folder, mode)
        inputs = replace(inputs, questionnaires=forms, loading=mode, load_warnings=warnings,
                         problems=problems)
    if inputs.problems:
        raise StartupError(list(inputs.problems))
    return inputs


def load_inputs(options: Options, paths: AppPaths, *, defer: bool = False) -> Inputs:
    """Load and check the settings file and the questionnaire folder.

    Args:
        options: the command line.
        paths: the app's folders.
        defer: keep a strict load's problems in ``Inputs.problems`` instead of
            raising, so that a loading mode stored on the admin screen can still
            apply (:func:`settle`).

    Raises:
        StartupError: with one line per problem, naming the file.
    """
    try:
        settings = load_settings(options.config)
    except ConfigError as exc:
        raise StartupError([str(exc)]) from None
    folder = settings.questionnaires.folder
    if folder and options.config is not None:
        folder_path = (options.config.parent / folder).resolve()
    else:
        folder_path = paths.questionnaires
    if not folder_path.is_dir():
        raise StartupError([f"{folder_path}: questionnaire folder not found"])
    mode = settings.questionnaires.loading
    forms, warnings, problems = load_forms(folder_path, mode, paths.data_dir)
    if problems and not defer:
        raise StartupError(list(problems))
    return Inputs(settings, forms, options.db_url, loading=mode, load_warnings=warnings,
                  problems=problems, folder=folder_path)


def default_database(paths: AppPaths) -> Path:
    """The SQLite file used when no URL is given (its folder created owner-only)."""
    paths.ensure_data_dir()
    return paths.default_database
