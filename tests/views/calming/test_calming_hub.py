from __future__ import annotations

import pytest

from kiosk.views.patient.calming_hub_page import ACTIVITIES, CalmingHubPage


@pytest.fixture
def hub(qtbot):
    page = CalmingHubPage()
    qtbot.addWidget(page)
    page.show()
    return page


def test_invites_without_pressure(hub):
    assert hub.form.invitationLabel.text() == (
        "While you rest, you can try one of these. Or just sit quietly — that's fine too.")


@pytest.mark.parametrize("key", ACTIVITIES)
def test_each_tile_emits_its_key(qtbot, hub, key):
    with qtbot.waitSignal(hub.activity_chosen) as blocker:
        hub.tiles()[key].click()
    assert blocker.args == [key]


def test_all_five_activities_have_big_tiles(hub):
    assert set(hub.tiles()) == {"breathing", "grounding", "scenes", "expect", "journal"}
    for button in hub.tiles().values():
        assert button.isVisible() and button.height() >= 64


def test_check_in_now(qtbot, hub):
    with qtbot.waitSignal(hub.checkin_requested):
        hub.form.checkinButton.click()
    with qtbot.assertNotEmitted(hub.activity_chosen):
        hub.form.checkinButton.click()
