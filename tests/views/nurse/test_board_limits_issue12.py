"""Issue 12 mismatch 6: the board's nausea and disconnection flags follow the settings in force."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from kiosk.views.nurse.board_model import DISCONNECTION, NAUSEA, BoardModel
from tests.support.board_demo import CALM_CHECKIN, checkin, visit


@pytest.mark.parametrize(("nausea_below", "disconnection_max", "nausea", "apart",
                          "nausea_flag", "apart_flag"), [
    (4, 3, 4, 4, True, True),     # the defaults
    (4, 3, 3, 3, False, False),
    (6, 5, 5, 5, False, False),   # limits raised: the same values are no longer flagged
    (6, 5, 6, 6, True, True),
    (2, 1, 2, 2, True, True),     # limits lowered: flagged earlier than the old 4 / 3
])
def test_board_flags_use_the_settings_in_force(qtbot, services, nausea_below,
                                               disconnection_max, nausea, apart,
                                               nausea_flag, apart_flag):
    readiness = dataclasses.replace(services.settings.readiness, nausea_below=nausea_below,
                                    disconnection_max=disconnection_max)
    # The settings in force: replaced on the service, as the settings page does.
    services.readiness.settings = dataclasses.replace(services.settings, readiness=readiness)
    v = visit(services, minutes_ago=20)
    checkin(services, v.id, {**CALM_CHECKIN, "nausea": nausea, "disconnected": apart})
    (row,) = services.board.rows()
    assert row.nausea.flagged is nausea_flag
    assert row.disconnection.flagged is apart_flag
    model = BoardModel()
    model.set_rows([row])
    background = Qt.ItemDataRole.BackgroundRole
    assert (model.data(model.index(0, NAUSEA), background) is not None) is nausea_flag
    assert (model.data(model.index(0, DISCONNECTION), background) is not None) is apart_flag
