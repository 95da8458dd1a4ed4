"""Mid-visit database faults: detected at the next write, the patient sees the calm state."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from kiosk.services.faults import device_faults
from kiosk.views.flow.fault import FAULT
from tests.support.test_driver import tap_answer


def stored_answers(path) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {r[0] for r in raw.execute("SELECT link_id FROM answer")}
    finally:
        raw.close()


def _delete(paths, services):
    os.unlink(paths.default_database)


def _replace(paths, services):
    spare = paths.data_dir / "spare.sqlite3"
    source, copy = sqlite3.connect(paths.default_database), sqlite3.connect(spare)
    source.backup(copy)
    source.close()
    copy.close()
    os.replace(spare, paths.default_database)


def _corrupt(paths, services):
    services.db.engine.dispose()  # a cold cache: the next unit reads the pages from disk
    raw = sqlite3.connect(paths.default_database)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file
    raw.close()
    with open(paths.default_database, "r+b") as handle:
        handle.seek(4096)  # every page after the first (the schema): garbage
        handle.write(b"\xa5" * (os.path.getsize(paths.default_database) - 4096))


@pytest.mark.parametrize("fault", [_delete, _replace, _corrupt], ids=["deleted", "replaced",
                                                                       "corrupted"])
def test_fault_mid_visit_shows_calm_state_and_confirms_nothing(make_shell, visit, services,
                                                               paths, answer_until, fault):
    flow = make_shell().flow
    flow.welcome.form.startButton.click()
    answer_until(flow, "nausea")
    saved_before = stored_answers(paths.default_database) if fault is not _delete else None
    confirmed: list[str] = []
    flow.checkin.answer_saved.connect(confirmed.append)
    fault(paths, services)

    tap_answer(flow.checkin.page, 3)

    assert confirmed == [], "an answer was confirmed that was not stored"
    assert flow.card.card is not None and flow.card.card.key == FAULT
    assert flow.card.card.title == "Please call a nurse"
    assert flow.fault_state.active
    page = flow.checkin.page
    assert page.link_id == "nausea" and page.control.scale.value() == 3, "answer kept on screen"
    flow.tick()  # polling a broken database ends nothing and shows no "next patient"
    assert flow.screen == "checkin" and flow.visit is not None
    assert flow.card.buttons == {}, "no button: the calm state stays until a nurse comes"
    # The call cannot reach the database either: it waits in the durable local
    # queue (issue 10) and the patient is asked, calmly, to wave or call out.
    flow.call_nurse()
    assert flow.card.card.key == "call-waiting"
    assert flow.card.card.title == "Please wave or call out"
    assert services.calls.pending() >= 1 and confirmed == []
    assert flow.fault_state.active
    (marker,) = device_faults(paths.data_dir)
    assert marker.station == "Bay 1" and "Maya" not in marker.message
    if saved_before is not None and fault is _replace:
        assert "nausea" not in stored_answers(paths.default_database)


def test_station_board_shows_the_tablet_fault(services, qtbot, paths, clock):
    from kiosk.services.faults import FaultReporter
    from kiosk.views.nurse.board_page import BoardPage

    board = BoardPage(services)
    qtbot.addWidget(board)
    board.show()
    assert board.form.problemLabel.isHidden()
    FaultReporter(None, paths.data_dir, "Bay 3", clock).report("Database x: the file was "
                                                               "deleted while in use")
    board.refresh()
    assert not board.form.problemLabel.isHidden()
    assert "The tablet in Bay 3 has a fault" in board.form.problemLabel.text()
    board.timer.stop()


def test_a_sound_start_clears_the_station_marker(make_shell, services, paths, clock):
    from kiosk.services.faults import FaultReporter

    FaultReporter(None, paths.data_dir, "Bay 1", clock).report("old fault")
    assert device_faults(paths.data_dir)
    make_shell()
    assert device_faults(paths.data_dir) == []


def test_fault_hook_hears_of_it_once(services, paths, clock):
    """The hook a durable local store (the call queue) plugs into."""
    from kiosk.services.faults import FaultReporter

    heard: list[str] = []
    reporter = FaultReporter(services.db, paths.data_dir, "Bay 1", clock)
    reporter.on_fault(heard.append)
    shutil.move(paths.default_database, paths.data_dir / "moved.sqlite3")
    with pytest.raises(Exception, match="deleted while in use"):
        services.visits.active_for_bay("Bay 1")
    with pytest.raises(Exception, match="deleted while in use"):
        services.visits.active_for_bay("Bay 1")
    assert len(heard) == 1 and "deleted while in use" in heard[0]
