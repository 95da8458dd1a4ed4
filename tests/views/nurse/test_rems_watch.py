"""The nurse side raises "BP due" on time and the board shows it at once."""

from __future__ import annotations

from kiosk.domain.records import Treatment
from kiosk.domain.rems import BP_DUE_RULE
from kiosk.views.nurse.board_model import ALERT
from kiosk.views.nurse.nurse_area import build_nurse_area
from tests.support.board_demo import admin


def test_the_watch_raises_bp_due_and_refreshes_the_board(qtbot, services):
    area = build_nurse_area(services, admin(services))
    qtbot.addWidget(area)
    watch = area.rems_watch
    assert watch is not None and watch.timer.isActive()
    visit = services.visits.start(patient_label="Rosa T.", bay="Bay 6",
                                  treatment=Treatment.ESKETAMINE, dose_mg=56,
                                  infusion_end=services.clock.now(), baseline_systolic=130)
    services.clock.advance(minutes=44)
    with qtbot.assertNotEmitted(watch.raised):
        watch.check()
    services.clock.advance(minutes=1)
    with qtbot.waitSignal(watch.raised) as raised:
        watch.check()
    assert raised.args == [1]
    (alert,) = services.alerts.for_visit(visit.id, open_only=True)
    assert alert.rule_id == BP_DUE_RULE
    model = area.page("board").model
    services.tablets.beat("Bay 6", visit.id)  # the bay's tablet is alive (issue 10)
    area.page("board").refresh()
    assert model.data(model.index(0, ALERT)).startswith("\u25c6 Nurse review: BP due")
