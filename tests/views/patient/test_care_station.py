"""The care loop on screen: the always-on station board, paging, acknowledging, the
patient's call states and the tablet's top bar."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.domain.nurse_call import CallStatus
from kiosk.domain.records import Severity
from kiosk.views.call_cards import CALL_ON_WAY, CALL_SENT


@pytest.fixture
def ana(services, test_pin):
    """A real account with id 1, so acknowledgements name "Ana Nurse"."""
    return services.staff.create_first_admin("Ana Nurse", "135790")


def _sign_in(shell, test_pin):
    shell.pin_page.staff_tiles[1].click()
    shell.pin_page.pad.type_pin(test_pin)


def test_no_dark_station_after_auto_logoff_a_new_alert_is_announced(
        make_shell, visit, services, clock, test_pin, ana, qtbot):
    shell = make_shell(nurse_station=True)
    assert "Sound is off on this station" in shell.care.glance.hint.text()  # no device here
    shell.care.glance.sign_in_button.click()
    _sign_in(shell, test_pin)
    assert shell.mode == "nurse"
    clock.advance(seconds=services.settings.kiosk.nurse_logoff_seconds)
    shell.tick()
    assert shell.mode == "board"
    assert shell.window.stack.currentWidget() is shell.care.glance
    with qtbot.waitSignal(shell.care.pager.announced, timeout=1000) as chime:
        services.alerts.raise_alert(visit.id, "Chest pain", Severity.URGENT)
    assert chime.args[1] == "urgent"
    banner = shell.care.banner
    qtbot.waitUntil(banner.isVisible, timeout=1000)
    assert banner.title.text() == "\u26a0 Urgent \u00b7 Bay 1"
    assert "Maya R." in banner.detail.text() and "Chest pain" in banner.detail.text()
    assert banner.sound_label.text().startswith("Sound is off")  # offscreen: no device
    qtbot.waitUntil(lambda: "Chest pain" in shell.care.glance.board.model.index(0, 2).data(),
                    timeout=1000)


def test_on_my_way_from_the_banner_asks_who_then_records_it(
        make_shell, visit, services, test_pin, ana, qtbot):
    shell = make_shell(nurse_station=True)
    call = services.alerts.call_nurse(visit.id)
    banner = shell.care.banner
    qtbot.waitUntil(banner.isVisible, timeout=1000)
    assert banner.on_way_button.text() == "I'm on my way"
    banner.on_way_button.click()
    assert shell.mode == "pin"  # who is on the way? sign in first
    _sign_in(shell, test_pin)
    seen = services.alerts.get(call.id)
    assert seen.is_seen and seen.is_open and seen.seen_by == "Ana Nurse"
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=1000)
    assert [e.action for e in services.audit.events()][:2] == ["alert_seen", "alert_raised"]


def test_unacknowledged_urgent_repeats_then_escalates_on_a_fake_clock(
        make_shell, visit, services, clock, qtbot):
    shell = make_shell(nurse_station=True)
    pager = shell.care.pager
    chimes: list[str] = []
    pager.announced.connect(lambda _key, signal: chimes.append(signal))
    services.alerts.raise_alert(visit.id, "Trouble breathing", Severity.URGENT)
    qtbot.waitUntil(lambda: chimes == ["urgent"], timeout=1000)
    for _ in range(11):  # 110 s: a repeat every 10 s, not yet overdue
        clock.advance(seconds=10)
        pager.tick(reload=False)
    assert chimes == ["urgent"] * 12
    assert not shell.care.banner.title.text().startswith("Waiting too long")
    clock.advance(seconds=10)  # 2 minutes unacknowledged: announced again, stronger
    pager.tick(reload=False)
    assert chimes[-1] == "overdue"
    assert shell.care.banner.title.text().startswith("Waiting too long")
    escalate = timedelta(minutes=services.settings.care.escalate_urgent_minutes)
    assert escalate == timedelta(minutes=2)


def test_patient_sees_sent_then_on_the_way_then_nothing(make_shell, visit, services, ana,
                                                         qtbot):
    shell = make_shell()
    flow = shell.flow
    told: list[CallStatus] = []
    flow.calls.state_changed.connect(told.append)
    shell.window.call_nurse_button.click()
    assert flow.card.card.key == CALL_SENT and shell.window.call_nurse_button.text() == \
        "Nurse called"
    [call] = services.alerts.for_visit(visit.id)
    services.alerts.see(call.id, staff_id=ana.id)
    qtbot.waitUntil(lambda: flow.card.card is not None and flow.card.card.key == CALL_ON_WAY,
                    timeout=1000)
    assert flow.card.title_label.text() == "Ana is on the way"
    shell.window.call_nurse_button.click()  # a second tap: reassurance, no new call
    assert flow.card.title_label.text() == "Ana is on the way"
    assert len(services.alerts.for_visit(visit.id)) == 1
    services.alerts.resolve(call.id, staff_id=ana.id, note="Water given")
    qtbot.waitUntil(lambda: flow.card.card is None, timeout=1000)
    assert shell.window.call_nurse_button.text() == "Call a nurse"
    assert told == [CallStatus.SENT, CallStatus.ON_WAY, CallStatus.NONE]
    assert flow.calls.state is CallStatus.NONE


def test_hide_name_setting_says_a_nurse(make_shell, visit, services, ana, qtbot):
    services.settings = services.settings.with_value("care", "show_nurse_name", False)
    shell = make_shell()
    shell.window.call_nurse_button.click()
    [call] = services.alerts.for_visit(visit.id)
    services.alerts.see(call.id, staff_id=ana.id)
    qtbot.waitUntil(lambda: shell.flow.card.title_label.text() == "A nurse is on the way",
                    timeout=1000)


def test_bay_tablet_pages_only_while_a_nurse_is_signed_in(make_shell, visit, services,
                                                          test_pin, qtbot):
    shell = make_shell()
    services.alerts.raise_alert(visit.id, "Chest pain", Severity.URGENT)
    shell.flow.calls.refresh()
    assert not shell.care.banner.isVisible()  # the patient never sees the staff banner
    shell.window.staff_button.click()
    _sign_in(shell, test_pin)
    qtbot.waitUntil(shell.care.banner.isVisible, timeout=1000)
    shell.nurse_area.lock.click()
    assert shell.mode == "patient" and not shell.care.banner.isVisible()
    assert shell.care.banner.detail.text() == ""  # no name lingers


def test_staff_is_in_the_far_corner_from_call_a_nurse(make_shell, qtbot, test_pin):
    shell = make_shell()
    qtbot.waitExposed(shell.window)
    call, staff = shell.window.call_nurse_button, shell.window.staff_button
    for screen in ("idle", "pin"):
        if screen == "pin":
            staff.click()
        assert call.isVisible(), screen
        gap = call.mapTo(shell.window, call.rect().topLeft()).x() - (
            staff.mapTo(shell.window, staff.rect().topLeft()).x() + staff.width())
        assert gap >= 2 * call.width(), f"{screen}: only {gap} px apart"
        assert staff.mapTo(shell.window, staff.rect().topLeft()).x() < shell.window.width() / 4
    call.click()  # from the sign-in page a patient's call goes straight through
    assert shell.mode == "patient"
    assert shell.flow.card.card is not None


@pytest.mark.parametrize("machine", ["no audio libraries", "no sound server"])
def test_a_nurse_on_a_bay_tablet_is_paged_for_a_new_alert_elsewhere(
        make_shell, visit, services, test_pin, qtbot, monkeypatch, machine):
    import sys

    from kiosk.domain.records import Treatment

    if machine == "no audio libraries":  # QtMultimedia cannot even be imported
        monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
        monkeypatch.setenv("PULSE_SERVER", "tcp:speaker:4713")  # so the import is tried
    else:  # the client library may be here, but no server socket to talk to
        monkeypatch.delenv("PULSE_SERVER", raising=False)
        monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent-runtime-dir")
    shell = make_shell()  # Bay 1's tablet, showing Maya R.
    pager, banner = shell.care.pager, shell.care.banner
    played: list[tuple[str, float, bool]] = []
    chime = pager.sounds.chime

    def through_the_sound_layer(name: str, volume: float) -> bool:
        played.append((name, volume, chime(name, volume)))
        return played[-1][2]

    monkeypatch.setattr(pager.sounds, "chime", through_the_sound_layer)
    shell.window.staff_button.click()
    _sign_in(shell, test_pin)
    assert shell.mode == "nurse" and not banner.isVisible()  # nothing waits yet
    other = services.visits.start(patient_label="Ben T.", bay="Bay 2",
                                  treatment=Treatment.IV_KETAMINE)
    with qtbot.waitSignal(pager.announced, timeout=1000) as announced:
        alert = services.alerts.raise_alert(other.id, "Chest pain", Severity.URGENT)
    assert announced.args == [f"alert:{alert.id}", "urgent"]
    assert played == [("urgent", 0.8, False)]  # asked to chime; this machine cannot
    qtbot.waitUntil(banner.isVisible, timeout=1000)
    assert banner.title.text() == "\u26a0 Urgent \u00b7 Bay 2"
    assert "Ben T." in banner.detail.text() and "Chest pain" in banner.detail.text()
    assert banner.sound_label.text() == "Sound is off on this station: watch this banner."
    assert pager.sound_off_reason.startswith("no sound server" if machine == "no sound server"
                                             else "Qt Multimedia is not available")


def test_the_banner_pages_a_questionnaire_alert_in_the_clinic_language(
        make_shell, visit, services, qtbot, qapp):
    from pathlib import Path

    from kiosk.views.i18n import Translations

    shell = make_shell(nurse_station=True)
    switch = Translations(qapp, Path(__file__).resolve().parents[3] / "resources" / "i18n")
    switch.use("es")
    try:
        with qtbot.waitSignal(shell.care.pager.announced, timeout=1000):
            services.alerts.raise_alert(visit.id, "Vomiting reported: go now", Severity.URGENT,
                                        rule_id="vomiting")  # recovery_checkin.json's rule
        banner = shell.care.banner
        qtbot.waitUntil(banner.isVisible, timeout=1000)
        assert "Refiere vómitos: vaya ahora" in banner.detail.text()
        assert "go now" not in banner.detail.text()
    finally:
        switch.use("en")
