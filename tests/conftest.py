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
from kiosk.services.worker import InlineWorker
from kiosk.storage.db import Database, open_database, sqlite_url
from tests.support.pulse_stub import ensure_libpulse

# ...and loadable without PulseAudio's client library (why: tests/support/pulse_stub.py).
SPEECH_MISSING = ensure_libpulse()

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
             questionnaires: dict) -> Iterator[Services]:
    """Every service wired on the temporary database and fake clock."""
    # Operations run inline here, so a test clicks and then asserts; the tests
    # of the worker thread and the live feed build their own (test_operations,
    # test_cross_process, test_stalled_database).
    built = build_services(settings=settings, clock=clock, paths=paths, db=db,
                           questionnaires=questionnaires, worker=InlineWorker())
    yield built
    if built.remote is not None:
        built.remote.stop()  # a test that listened for other processes


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run ``@pytest.mark.slow(thorough=True)`` tests only when asked for: ``-m slow``.

    They are the big variants (thousands of fuzz examples, dozens of kills) of tests
    that also run at a modest size in every ``make test``.
    """
    if "slow" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="big variant: run with -m slow")
    for item in items:
        marker = item.get_closest_marker("slow")
        if marker is not None and marker.kwargs.get("thorough"):
            item.add_marker(skip)


@pytest.fixture
def pg_empty_url() -> Iterator[str]:
    """The URL of a fresh, empty database on the test PostgreSQL server, dropped afterwards.

    For the tests that need the schema not yet there (devices migrating together,
    ``--check`` before any start); every other test takes :func:`pg_db`. Tests that
    use it carry their own skip when ``KIOSK_TEST_POSTGRES_URL`` is unset.
    """
    import uuid

    from sqlalchemy import text

    from kiosk.storage.db import make_engine

    server = os.environ.get("KIOSK_TEST_POSTGRES_URL")
    assert server, "KIOSK_TEST_POSTGRES_URL is not set"
    name = f"kiosk_test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_db(pg_empty_url: str) -> Iterator[Database]:
    """A fresh, migrated database on the test PostgreSQL server, dropped afterwards.

    Tests that use it carry their own skip when ``KIOSK_TEST_POSTGRES_URL`` is unset.
    """
    database = open_database(pg_empty_url)
    try:
        yield database
    finally:
        database.close()
