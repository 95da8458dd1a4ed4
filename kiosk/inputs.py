"""What a start is given: the command-line options, settings file, questionnaires, URL.

The one module :mod:`kiosk.cli`, :mod:`kiosk.app` and :mod:`kiosk.quick_start`
all import, and which imports none of them (an import-linter contract in
pyproject.toml keeps it so). Kept free of SQLAlchemy and Qt so the quick
restart path can use it before either heavy library is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.config import ConfigError, Settings, load_settings
from kiosk.domain.questionnaire import Questionnaire, load_directory
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
    """

    settings: Settings
    questionnaires: dict[str, Questionnaire]
    db_url: str | None


def load_inputs(options: Options, paths: AppPaths) -> Inputs:
    """Load and check the settings file and the questionnaire folder.

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
    loaded = load_directory(folder_path)
    if loaded.problems:
        raise StartupError([str(p) for p in loaded.problems])
    return Inputs(settings, dict(loaded.questionnaires), options.db_url)


def default_database(paths: AppPaths) -> Path:
    """The SQLite file used when no URL is given (its folder created owner-only)."""
    paths.ensure_data_dir()
    return paths.default_database
