"""The real calming activity pages are built on first use, and behave as if built at start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.domain.records import VisitStatus
from kiosk.views.flow.screens import Screen
from kiosk.views.shell import build_shell

WRITTEN = "The sea at the cottage"


@pytest.fixture
def real_shell(services, staff, qtbot):
    def make():
        shell = build_shell(services, station="Bay 1", nurse_station=False, staff=staff,
                            nurse_area_factory=lambda _staff: QWidget())
        qtbot.addWidget(shell.window)
        shell.window.resize(1280, 800)
        shell.show(windowed=True)
        made.append(shell)
        return shell

    made: list = []
    yield make
    for shell in made:
        shell.stop()
        shell.window.patient_mode = False


def test_no_activity_page_is_built_until_chosen(real_shell, visit):
    flow = real_shell().flow
    assert flow.screen is Screen.WELCOME
    assert flow.calming.built() == {}
    flow.move_to(Screen.HUB)
    flow.calming.hub.tiles()["breathing"].click()
    page = flow.window.stack.currentWidget()
    assert flow.screen is Screen.BREATHING
    assert page is flow.calming.activities["breathing"] is flow.page(Screen.BREATHING)
    assert set(flow.calming.built()) == {"breathing"}
    page.form.backButton.click()
    assert flow.screen is Screen.HUB


def test_journal_built_late_loads_the_visit_and_is_cleared_at_visit_end(
        real_shell, services, visit):
    services.journal.save(visit.id, WRITTEN, False)
    flow = real_shell().flow
    flow.move_to(Screen.HUB)
    flow.calming.hub.tiles()["journal"].click()
    journal = flow.window.stack.currentWidget()
    assert journal is flow.calming.activities["journal"]
    assert journal.visit_id == visit.id
    assert journal.form.editor.toPlainText() == WRITTEN

    services.visits.end(visit.id, VisitStatus.DISCHARGED, staff_id=None)
    flow.tick()
    assert flow.screen is Screen.IDLE
    assert journal.visit_id is None
    assert journal.form.editor.toPlainText() == ""
