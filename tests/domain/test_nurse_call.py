"""The patient's nurse-call status: worked out from the facts, and its allowed changes."""

from __future__ import annotations

from itertools import product

import pytest

from kiosk.domain.nurse_call import CallStatus, CallStatusError

NONE, WAITING, SENT, ON_WAY = (CallStatus.NONE, CallStatus.WAITING, CallStatus.SENT,
                               CallStatus.ON_WAY)


@pytest.mark.parametrize(("queued", "open_alerts", "seen", "status"), [
    (True, False, False, WAITING),   # the database has not taken the call yet
    (True, True, True, WAITING),     # ...even with a nurse on the way for an older one
    (False, False, False, NONE),
    (False, True, False, SENT),
    (False, True, True, ON_WAY),
])
def test_the_status_follows_the_facts(queued, open_alerts, seen, status):
    assert CallStatus.of(queued=queued, open_alerts=open_alerts, seen=seen) is status


def test_a_call_goes_waiting_sent_on_the_way_then_none():
    status = NONE.to(WAITING, queued=True)
    for step in (SENT, ON_WAY, NONE):
        status = status.to(step, queued=False)
        assert status is step


@pytest.mark.parametrize("start", list(CallStatus))
def test_any_status_may_become_waiting(start):
    assert start.to(WAITING, queued=True) is WAITING
    assert start.to(WAITING, queued=False) is WAITING  # a slow database: the hint


def test_a_nurse_on_the_way_for_one_alert_and_another_still_unseen_goes_back_to_sent():
    assert ON_WAY.may_become(SENT, queued=False)


@pytest.mark.parametrize("target", [NONE, SENT, ON_WAY])
def test_nothing_leaves_waiting_while_a_call_is_still_queued(target):
    assert not WAITING.may_become(target, queued=True)
    with pytest.raises(CallStatusError, match="waiting cannot become"):
        WAITING.to(target, queued=True)


def test_the_same_status_is_no_change_and_every_move_the_facts_give_is_allowed():
    for status in CallStatus:
        assert not status.may_become(status, queued=False)
        assert status.to(status, queued=True) is status
    for start, queued, open_alerts, seen in product(CallStatus, (True, False), (True, False),
                                                    (True, False)):
        target = CallStatus.of(queued=queued, open_alerts=open_alerts, seen=seen)
        assert start.to(target, queued=queued) is target


def test_the_values_are_what_the_tablet_process_prints():
    assert [status.value for status in CallStatus] == ["none", "waiting", "sent", "on-way"]
