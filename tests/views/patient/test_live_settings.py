"""Settings saved on the settings page are in force at once, everywhere, without a restart."""

from __future__ import annotations

import threading
from datetime import timedelta

from kiosk.domain.records import Treatment
from kiosk.services.events import SettingsChanged
from kiosk.services.settings_store import editable_fields
from kiosk.views.flow.screens import Screen
from kiosk.views.nurse.board_page import BoardPage
from kiosk.views.nurse.settings_page import SettingsPage
from tests.support.board_demo import admin

NEW_TEXT = {("clinic", "name"): "Harbor Recovery", ("clinic", "phone"): "(555) 010-2000",
            ("clinic", "crisis_line"): "Call or text 988, any time.",
            ("clinic", "country"): "GB"}
NEW_NUMBER = {("checkin", "interval_minutes"): 20, ("kiosk", "rest_after_seconds"): 60,
              ("kiosk", "nurse_logoff_seconds"): 45}


def new_values(services):
    """A valid value different from the one in force, for every setting the page offers."""
    values = {}
    for field in editable_fields():
        key = (field.section, field.key)
        current = getattr(getattr(services.settings, field.section), field.key)
        if key in NEW_TEXT:
            values[key] = NEW_TEXT[key]
        elif key in NEW_NUMBER:
            values[key] = NEW_NUMBER[key]
        else:
            values[key] = current + 1 if current + 1 <= field.hi else current - 1
        assert values[key] != current
    return values


def test_each_day_to_day_setting_takes_effect_without_a_restart(services, make_shell, visit,
                                                                qtbot, clock):
    boss = admin(services)
    readiness_before = services.readiness.rules()  # a nurse-side service built before the change
    shell = make_shell()
    flow = shell.flow
    assert flow.screen == Screen.WELCOME
    board = BoardPage(services)
    qtbot.addWidget(board)
    page = SettingsPage(services, boss)
    qtbot.addWidget(page)
    values = new_values(services)
    for (section, key), value in values.items():
        page.edits[(section, key)].setText(str(value))
    with qtbot.waitSignal(page.settings_saved):
        page.form.saveButton.click()
    assert page.form.messageLabel.text() == f"Saved {len(values)} changes."
    assert not page.form.saveButton.isEnabled()  # nothing left unsaved

    # The clinic's words: the tablet's idle and welcome screens, the top bar, the take-home sheet.
    name = values[("clinic", "name")]
    assert flow.idle.form.clinicLabel.text() == name
    assert shell.window.clinic_label.text() == name
    assert name in flow.welcome.form.clinicLabel.text()
    take_home = services.discharge.settings.clinic
    assert (take_home.name, take_home.phone, take_home.crisis_line) == (
        name, values[("clinic", "phone")], values[("clinic", "crisis_line")])
    assert take_home.country == values[("clinic", "country")]

    # Readiness rules (the board's flags and the discharge check use them).
    rules = services.readiness.rules()
    assert rules != readiness_before
    for (section, key), value in values.items():
        if section == "readiness":
            assert getattr(rules, key) == value, key
    assert rules.min_observation_minutes == {
        Treatment.IV_KETAMINE: values[("observation", "iv_ketamine_minutes")],
        Treatment.ESKETAMINE: values[("observation", "esketamine_minutes")]}
    assert services.observations.settings.readiness.spo2_min == \
        values[("readiness", "spo2_min")]

    # The check-in interval: the schedule, the board's next-due times and the tablet's rules.
    interval = timedelta(minutes=values[("checkin", "interval_minutes")])
    assert services.board.interval == interval == flow.policy.interval
    clock.advance(minutes=16)  # past 15 minutes, not yet 20
    offer = services.checkins.refresh_schedule(services.visits.get(visit.id))
    assert offer is not None and offer.due_at == visit.infusion_end

    # Rest delay: the tablet dims after the new, shorter time.
    flow.note_activity()
    clock.advance(seconds=values[("kiosk", "rest_after_seconds")] + 1)
    flow.tick()
    assert flow.screen == Screen.REST

    # Nurse log-off: a nurse left signed in is signed out after the new time.
    flow.wake()
    shell.open_pin_pad()
    shell.sign_in(boss)
    assert shell.mode == "nurse"
    clock.advance(seconds=values[("kiosk", "nurse_logoff_seconds")] - 5)
    shell.tick()
    assert shell.mode == "nurse"
    clock.advance(seconds=6)
    shell.tick()
    assert shell.mode == "patient"  # after 46 s: the old 120 s would have kept the nurse in


def test_an_event_from_another_thread_reaches_the_screens_on_the_gui_thread(
        services, make_shell, visit, qtbot):
    shell = make_shell()
    boss = admin(services)
    services.settings_store.save(services.settings, "kiosk", "rest_after_seconds", 90,
                                 staff_id=boss.id)  # publishes on this (the GUI) thread
    assert shell.flow.policy.rest_after == timedelta(seconds=90)  # at once
    # Another process's change, as a cross-process listener thread would announce it.
    services.settings_store.save(services.settings, "kiosk", "nurse_logoff_seconds", 300,
                                 staff_id=boss.id)
    shell._logoff_after = timedelta(seconds=1)  # stale until the event arrives
    worker = threading.Thread(target=services.feed.publish,
                              args=(SettingsChanged(keys=("kiosk.nurse_logoff_seconds",)),))
    worker.start()
    worker.join()
    assert shell._logoff_after == timedelta(seconds=1)  # queued to the GUI thread, not run there
    qtbot.waitUntil(lambda: shell._logoff_after == timedelta(seconds=300), timeout=1000)
