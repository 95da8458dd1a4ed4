import threading

from kiosk.services.events import (
    AlertRaised,
    AlertSeen,
    ChangeFeed,
    Event,
    Resync,
    SettingsChanged,
    from_payload,
    to_payload,
)


def test_subscribers_get_only_their_kind_and_can_leave():
    feed = ChangeFeed()
    raised, everything = [], []
    stop = feed.subscribe(AlertRaised, raised.append)
    feed.subscribe(Event, everything.append)
    feed.publish(AlertRaised(visit_id=1, alert_id=2, severity="urgent"))
    feed.publish(AlertSeen(visit_id=1, alert_id=2, staff_id=3))
    stop()
    feed.publish(AlertRaised(visit_id=1, alert_id=4, severity="request"))
    assert [e.alert_id for e in raised] == [2]
    assert [type(e).__name__ for e in everything] == ["AlertRaised", "AlertSeen", "AlertRaised"]


def test_a_failing_subscriber_does_not_stop_the_others(caplog):
    feed = ChangeFeed()
    got = []

    def broken(_event):
        raise RuntimeError("boom")

    feed.subscribe(Event, broken)
    feed.subscribe(Event, got.append)
    feed.publish(Resync())
    assert got == [Resync()]
    assert "subscriber to Resync failed" in caplog.text


def test_callbacks_run_in_the_publishers_thread():
    feed = ChangeFeed()
    seen = []
    feed.subscribe(Event, lambda _e: seen.append(threading.current_thread().name))
    worker = threading.Thread(target=feed.publish, args=(Resync(),), name="worker")
    worker.start()
    worker.join()
    assert seen == ["worker"]


def test_payloads_round_trip_and_junk_becomes_a_resync():
    for event in (AlertRaised(visit_id=7, alert_id=9, severity="urgent"),
                  AlertSeen(visit_id=7, alert_id=9, staff_id=None),
                  SettingsChanged(keys=("kiosk.rest_after_seconds",)), Resync()):
        assert from_payload(to_payload(event)) == event
    for junk in ("", "{", '{"kind": "Nope"}', '{"kind": "AlertSeen", "visit_id": 1}', "[1]"):
        assert from_payload(junk) == Resync()
