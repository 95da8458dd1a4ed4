"""A bay tablet on the real worker thread, and a SQLite write lock another connection holds.

Shared by the tests in which the database holds back or refuses the patient's
writes (tests/views/patient/test_stalled_database.py,
tests/views/patient/test_durable_answer_alert.py):

* :func:`threaded_services`: every service on the real worker thread, no live feed;
* :func:`tablet_shell`: a visit in Bay 1 and its tablet's shell on screen, stopped
  (with the worker) at the end;
* :func:`sqlite_write_lock`: a second connection on the file, ready to hold the
  write lock (:meth:`~bench.stall_tools.SqliteLock.hold`) until released;
  released and closed at the end whatever happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QWidget

from bench.stall_tools import SqliteLock
from kiosk.config import Settings
from kiosk.domain.clock import Clock
from kiosk.domain.records import Treatment, VisitRecord
from kiosk.paths import AppPaths
from kiosk.services.container import Services, build_services
from kiosk.services.staff_check import StaffDirectory
from kiosk.services.worker import DatabaseWorker
from kiosk.storage.db import Database
from kiosk.views.flow.calming import CalmingPages
from kiosk.views.shell import Shell, build_shell


def threaded_services(db: Database, settings: Settings, clock: Clock, paths: AppPaths,
                      questionnaires: dict) -> Services:
    """The services on ``db`` with the real worker thread (no live feed)."""
    return build_services(settings=settings, clock=clock, paths=paths, db=db,
                          questionnaires=questionnaires, worker=DatabaseWorker(), live=False)


@contextmanager
def tablet_shell(qtbot, services: Services, staff: StaffDirectory,
                 calming: CalmingPages) -> Iterator[tuple[VisitRecord, Shell]]:
    """A visit in Bay 1 and the bay tablet's shell, shown; stopped with the worker after."""
    visit = services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                  treatment=Treatment.IV_KETAMINE)
    shell = build_shell(services, station="Bay 1", nurse_station=False, staff=staff,
                        nurse_area_factory=lambda _staff: QWidget(), calming=calming)
    qtbot.addWidget(shell.window)
    shell.window.resize(1280, 800)
    shell.window.show()
    try:
        yield visit, shell
    finally:
        shell.stop()
        shell.window.patient_mode = False
        services.worker.close(20)


@contextmanager
def sqlite_write_lock(path: Path) -> Iterator[SqliteLock]:
    """A second connection on the SQLite file ``path``; released and closed at the end."""
    lock = SqliteLock(path)
    try:
        yield lock
    finally:
        lock.close()
