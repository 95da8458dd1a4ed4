"""Paging policy: announce new alerts, repeat urgent ones, escalate the unanswered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.domain.paging import Announcement, Pageable, PagingPolicy, Signal

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _policy() -> PagingPolicy:
    return PagingPolicy(escalate_urgent=timedelta(minutes=2),
                        escalate_other=timedelta(minutes=5))


def _at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_urgent_repeats_every_10_s_and_escalates_after_2_minutes():
    policy = _policy()
    urgent = Pageable("alert:1", urgent=True, since=T0)
    assert policy.update([urgent], _at(0)) == [Announcement("alert:1", Signal.URGENT, False)]
    assert policy.update([urgent], _at(5)) == []
    assert policy.update([urgent], _at(10)) == [Announcement("alert:1", Signal.URGENT, False)]
    chimes = [a for s in range(11, 120) for a in policy.update([urgent], _at(s))]
    assert len(chimes) == 10 and {a.signal for a in chimes} == {Signal.URGENT}
    assert policy.update([urgent], _at(120)) == [Announcement("alert:1", Signal.OVERDUE, True)]
    assert policy.escalated("alert:1")
    assert policy.update([urgent], _at(130)) == [Announcement("alert:1", Signal.OVERDUE, True)]


def test_request_chimes_once_then_escalates_after_5_minutes_and_repeats():
    policy = _policy()
    call = Pageable("alert:2", urgent=False, since=T0)
    assert policy.update([call], _at(0)) == [Announcement("alert:2", Signal.PAGE, False)]
    assert [a for s in range(1, 300) for a in policy.update([call], _at(s))] == []
    assert policy.update([call], _at(300)) == [Announcement("alert:2", Signal.OVERDUE, True)]
    assert policy.update([call], _at(310)) == [Announcement("alert:2", Signal.OVERDUE, True)]


def test_acknowledged_item_stops_and_a_new_one_starts_fresh():
    policy = _policy()
    urgent = Pageable("alert:1", urgent=True, since=T0)
    policy.update([urgent], _at(0))
    assert policy.update([], _at(10)) == []  # seen: no more chimes
    assert not policy.escalated("alert:1")
    late = Pageable("alert:3", urgent=False, since=T0 - timedelta(minutes=9))
    # first seen by this station already past its time (a station that just started)
    assert policy.update([late], _at(11)) == [Announcement("alert:3", Signal.OVERDUE, True)]


def test_urgent_is_announced_before_others_in_the_same_moment():
    policy = _policy()
    found = policy.update([Pageable("alert:5", False, T0), Pageable("alert:6", True, _at(1))],
                          _at(2))
    assert [a.key for a in found] == ["alert:6", "alert:5"]
