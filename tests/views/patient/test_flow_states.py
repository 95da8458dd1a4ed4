"""The flow's screen states: one move runs the old state's clean-up, then the new one's entry.

The machine itself is driven with a recording table; the real flow with the
real breathing page (a session under way stops when the patient leaves
breathing, and goes on under the rest screen) and with the test stand-ins
(unknown moves and missing page offers are refused clearly).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.records import VisitStatus
from kiosk.views.flow.calming import CalmingPages, build_calming_pages
from kiosk.views.flow.machine import IllegalMove, ScreenMachine, State
from kiosk.views.flow.screens import Screen
from tests.views.patient.conftest import FakeActivity, FakeHub


def recording_machine(*, refuse: dict[Screen, str] | None = None):
    log: list[tuple[str, ...]] = []
    refuse = refuse or {}

    def state(screen: Screen) -> State:
        return State(enter=lambda came_from: log.append(("enter", screen, came_from)),
                     cleanup=lambda going_to: log.append(("cleanup", screen, going_to)),
                     refusal=lambda: refuse.get(screen))

    machine = ScreenMachine({s: state(s) for s in (Screen.IDLE, Screen.HUB, Screen.BREATHING)},
                            Screen.IDLE, show=lambda s: log.append(("show", s)),
                            moved=lambda old, new: log.append(("moved", old, new)))
    return machine, log


def test_a_move_cleans_up_the_old_state_before_entering_the_new_one():
    machine, log = recording_machine()
    machine.move_to(Screen.HUB)
    machine.move_to(Screen.BREATHING)
    assert machine.current is Screen.BREATHING
    assert log == [("cleanup", Screen.IDLE, Screen.HUB), ("enter", Screen.HUB, Screen.IDLE),
                   ("show", Screen.HUB), ("moved", Screen.IDLE, Screen.HUB),
                   ("cleanup", Screen.HUB, Screen.BREATHING),
                   ("enter", Screen.BREATHING, Screen.HUB),
                   ("show", Screen.BREATHING), ("moved", Screen.HUB, Screen.BREATHING)]


def test_moving_to_the_current_state_runs_no_step_and_shows_it_again():
    machine, log = recording_machine()
    machine.move_to(Screen.IDLE)
    assert log == [("show", Screen.IDLE)]


@pytest.mark.parametrize("target", ["nurse", "hub", Screen.REST, None])
def test_an_unknown_move_is_refused_and_changes_nothing(target):
    machine, log = recording_machine()
    with pytest.raises(IllegalMove, match="has no screen"):
        machine.move_to(target)  # a string is not a state, nor a screen outside the table
    assert machine.current is Screen.IDLE and log == []


def test_a_refused_state_is_not_entered_and_the_old_one_not_cleaned_up():
    machine, log = recording_machine(refuse={Screen.BREATHING: "not offered"})
    machine.move_to(Screen.HUB)
    log.clear()
    with pytest.raises(IllegalMove, match="'hub' to 'breathing': not offered"):
        machine.move_to(Screen.BREATHING)
    assert machine.current is Screen.HUB and log == []


def test_a_step_cannot_move_again_in_the_middle_of_a_move():
    holder: dict[str, ScreenMachine] = {}
    machine = ScreenMachine({
        Screen.IDLE: State(cleanup=lambda _to: holder["m"].move_to(Screen.BREATHING)),
        Screen.HUB: State(), Screen.BREATHING: State()},
        Screen.IDLE, show=lambda _s: None, moved=lambda _o, _n: None)
    holder["m"] = machine
    with pytest.raises(IllegalMove, match="while moving 'idle' -> 'hub'"):
        machine.move_to(Screen.HUB)


# --- the real flow ---------------------------------------------------------------------


@pytest.fixture
def breathing_flow(make_shell, services, visit):
    flow = make_shell(calming=build_calming_pages(services)).flow
    assert flow.screen is Screen.WELCOME
    flow.move_to(Screen.HUB)
    flow.move_to(Screen.BREATHING)
    page = flow.page(Screen.BREATHING)
    page.form.oneMinuteButton.click()
    page.form.beginButton.click()
    assert page.running
    return flow, page


def test_leaving_breathing_stops_the_session(breathing_flow):
    flow, page = breathing_flow
    flow.move_to(Screen.HUB)
    assert not page.running and not page._timer.isActive()
    assert flow.window.stack.currentWidget() is flow.page(Screen.HUB)


def test_rest_covers_an_activity_and_waking_returns_to_it_without_a_restart(
        make_shell, visit, fake_calming):
    flow = make_shell().flow
    grounding = fake_calming.activities["grounding"]
    flow.move_to(Screen.HUB)
    flow.move_to(Screen.GROUNDING)
    assert (grounding.started, grounding.stopped) == (1, 0)
    flow.enter_rest()
    assert flow.screen is Screen.REST and grounding.stopped == 0  # rest only covers it
    flow.wake()
    assert flow.screen is Screen.GROUNDING and (grounding.started, grounding.stopped) == (1, 0)
    assert flow.window.stack.currentWidget() is grounding


def test_a_visit_ending_under_rest_ends_the_covered_activity_too(make_shell, services, visit,
                                                                 fake_calming, qtbot):
    flow = make_shell().flow
    grounding = fake_calming.activities["grounding"]
    flow.move_to(Screen.HUB)
    flow.move_to(Screen.GROUNDING)
    flow.enter_rest()
    normal = flow._timer.interval()
    services.visits.end(visit.id, VisitStatus.DISCHARGED, staff_id=None)
    flow.reload_visit()
    qtbot.waitUntil(lambda: flow.screen is Screen.IDLE, timeout=5000)
    assert grounding.stopped == 1 and not flow.rest.glow.running
    assert flow._timer.interval() < normal  # the rest's slow tick ended with it
    assert flow.window.stack.currentWidget() is flow.idle


def test_an_unknown_or_closed_move_is_refused_and_the_patient_stays(make_shell, visit):
    only_breathing = CalmingPages(FakeHub(), {"breathing": FakeActivity("breathing")})
    flow = make_shell(calming=only_breathing).flow
    flow.move_to(Screen.HUB)
    flow.move_to(Screen.BREATHING)
    breathing = only_breathing.activities["breathing"]
    with pytest.raises(IllegalMove, match="does not offer that activity"):
        flow.move_to(Screen.JOURNAL)
    with pytest.raises(IllegalMove, match="has no screen 'nurse'"):
        flow.move_to("nurse")  # type: ignore[arg-type]
    assert flow.screen is Screen.BREATHING and breathing.stopped == 0
    assert flow.window.stack.currentWidget() is breathing


def test_resting_with_no_patient_is_refused(make_shell):
    flow = make_shell().flow
    assert flow.screen is Screen.IDLE
    flow.enter_rest()  # the flow's own way: quietly nothing
    assert flow.screen is Screen.IDLE
    with pytest.raises(IllegalMove, match="no patient to rest"):
        flow.move_to(Screen.REST)


class HubWithoutCheckin(QWidget):
    activity_chosen = Signal(str)

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def clear(self) -> None: ...


class ActivityThatCannotStop(QWidget):
    finished = Signal()

    def start(self) -> None: ...

    def clear(self) -> None: ...


def test_a_page_that_does_not_offer_its_role_is_refused_by_name(make_shell):
    with pytest.raises(TypeError, match=r"calming hub .*HubPage.*checkin_requested"):
        make_shell(calming=CalmingPages(HubWithoutCheckin(), {}))
    with pytest.raises(TypeError, match=r"'grounding' activity page .*ActivityPage.*stop"):
        make_shell(calming=CalmingPages(FakeHub(), {"grounding": ActivityThatCannotStop()}))
