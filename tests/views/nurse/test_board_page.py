"""The nurse board page: model checks, order, and live refresh from other processes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.domain.records import Severity
from kiosk.services.alerts import AlertService
from kiosk.storage.db import open_database
from kiosk.views.nurse.board_model import ALERT, PATIENT, READINESS, BoardModel
from kiosk.views.nurse.board_page import BoardPage
from tests.support.board_demo import CALM_CHECKIN, checkin, make_ready, visit


def _patients(page: BoardPage) -> list[str]:
    model = page.model
    return [model.index(r, PATIENT).data() for r in range(model.rowCount())]


def test_board_model_passes_the_model_tester(qtmodeltester, services):
    a = visit(services, "Maya R.", "Bay 1")
    visit(services, "Jonah T.", "Bay 2")
    checkin(services, a.id, CALM_CHECKIN)
    services.alerts.call_nurse(a.id)
    model = BoardModel()
    model.set_rows(services.board.rows())
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_board_shows_whoever_needs_a_nurse_first(qtbot, services):
    calm = visit(services, "Calm C.", "Bay 1", minutes_ago=5)
    ready = visit(services, "Ready R.", "Bay 2", minutes_ago=70)
    make_ready(services, ready.id)
    checkin(services, calm.id, CALM_CHECKIN)
    urgent = visit(services, "Help H.", "Bay 3", minutes_ago=5)
    services.alerts.raise_alert(urgent.id, "Chest pain", Severity.URGENT)
    page = BoardPage(services)
    qtbot.addWidget(page)
    assert _patients(page) == ["Help H.", "Ready R.", "Calm C."]
    assert page.model.index(0, ALERT).data() == "\u26a0 Urgent: Chest pain"
    assert page.model.index(1, READINESS).data() == "Ready"
    with qtbot.waitSignal(page.visit_requested) as blocker:
        page.form.boardTable.clicked.emit(page.model.index(0, PATIENT))
    assert blocker.args == [urgent.id]


def test_board_picks_up_an_alert_from_another_database_object(qtbot, services, clock):
    v = visit(services)
    services.start_live()
    assert services.remote is not None and services.remote.ready.wait(5)
    page = BoardPage(services)
    qtbot.addWidget(page)
    assert page.model.index(0, ALERT).data() == "\u25f7 Check-in overdue"
    other = open_database(services.db.url)
    try:
        AlertService(other, clock).raise_alert(v.id, "Vomiting", Severity.URGENT)
    finally:
        other.close()
    qtbot.waitUntil(lambda: page.model.index(0, ALERT).data() == "\u26a0 Urgent: Vomiting",
                    timeout=2000)


CHILD = """
import sys
from kiosk.domain.clock import SystemClock
from kiosk.services.alerts import AlertService
from kiosk.storage.db import open_database
from kiosk.domain.records import Severity
db = open_database(sys.argv[1])
AlertService(db, SystemClock()).raise_alert(int(sys.argv[2]), "Trouble breathing",
                                            Severity.URGENT)
db.close()
print("committed", flush=True)
"""


@pytest.mark.slow
def test_alert_from_a_tablet_process_shows_on_the_station_within_2_seconds(qtbot, services):
    v = visit(services)
    services.start_live()
    assert services.remote is not None and services.remote.ready.wait(5)
    page = BoardPage(services)
    qtbot.addWidget(page)
    page.show()
    child = subprocess.run([sys.executable, "-c", CHILD, services.db.url, str(v.id)],
                           capture_output=True, text=True, timeout=60, check=True)
    assert child.stdout.strip() == "committed", child.stderr
    qtbot.waitUntil(lambda: page.model.index(0, ALERT).data() == "\u26a0 Urgent: Trouble breathing",
                    timeout=2000)
