"""Shared fixtures: a fresh clock, data folder and database for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KIOSK_DATABASE_URL", None)
# QtTextToSpeech's mock engine: English voices, no sound card, no speech-dispatcher.
os.environ.setdefault("KIOSK_TTS_ENGINE", "mock")

from kiosk.config import Settings
from kiosk.domain.clock import FakeClock
from kiosk.domain.questionnaire import load_directory
from kiosk.paths import AppPaths
from kiosk.services.container import Services, build_services
from kiosk.storage.db import Database, open_database, sqlite_url

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def clock() -> FakeClock:
    """A clock at a fixed morning; tests move it with ``advance``."""
    return FakeClock()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """Real resources, a temporary data folder."""
    return AppPaths(root=ROOT, data_dir=tmp_path / "data")


@pytest.fixture
def db(paths: AppPaths) -> Iterator[Database]:
    """A migrated SQLite database in the temporary data folder."""
    paths.ensure_data_dir()
    database = open_database(sqlite_url(paths.default_database), backups=paths.backups)
    yield database
    database.close()


@pytest.fixture(scope="session")
def questionnaires() -> dict:
    """The default questionnaires, loaded once."""
    result = load_directory(ROOT / "resources" / "questionnaires")
    assert not result.problems, result.problems
    return result.questionnaires


@pytest.fixture
def settings() -> Settings:
    """Default clinic settings."""
    return Settings()


@pytest.fixture
def services(settings: Settings, clock: FakeClock, paths: AppPaths, db: Database,
             questionnaires: dict) -> Services:
    """Every service wired on the temporary database and fake clock."""
    return build_services(settings=settings, clock=clock, paths=paths, db=db,
                          questionnaires=questionnaires)
