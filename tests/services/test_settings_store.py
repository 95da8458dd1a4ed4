"""Stored settings: checked, audited by key, applied over the TOML file after a restart."""

from __future__ import annotations

import pytest

from kiosk.app import prepare
from kiosk.cli import parse_args
from kiosk.config import ConfigError, Settings
from kiosk.services.settings_store import SettingsStore, editable_fields, parse_entry


def test_saved_value_survives_a_new_store_and_is_audited_by_key(services):
    store = services.settings_store
    updated = store.save(services.settings, "readiness", "spo2_min", 94, staff_id=None)
    assert updated.readiness.spo2_min == 94
    updated = store.save(updated, "clinic", "crisis_line", "Call 116 123.", staff_id=None)
    fresh = SettingsStore(services.db, services.clock).apply(Settings())
    assert fresh.readiness.spo2_min == 94
    assert fresh.clinic.crisis_line == "Call 116 123."
    events = [e for e in services.audit.events() if e.action == "settings_changed"]
    assert sorted(e.detail for e in events) == ["clinic.crisis_line", "readiness.spo2_min"]
    assert all("116" not in e.detail for e in events)


@pytest.mark.parametrize(("section", "key", "value"), [
    ("readiness", "spo2_min", 50),
    ("observation", "esketamine_minutes", 60),
    ("clinic", "phone", "  "),
    ("questionnaires", "folder", "/tmp"),  # not offered on the screen
])
def test_wrong_values_are_refused_and_not_stored(services, section, key, value):
    with pytest.raises(ConfigError):
        services.settings_store.save(services.settings, section, key, value, staff_id=None)
    assert services.settings_store.stored() == {}


def test_stored_value_that_no_longer_fits_is_skipped(services):
    from kiosk.storage.repositories.settings import SettingRepository

    with services.db.unit() as s:
        SettingRepository(s).put("readiness", "spo2_min", 5, now=services.clock.now(),
                                 staff_id=None)
    assert SettingsStore(services.db, services.clock).apply(Settings()).readiness.spo2_min == 92


def test_parse_entry_messages_name_the_setting():
    fields = {(f.section, f.key): f for f in editable_fields()}
    interval = fields[("checkin", "interval_minutes")]
    assert parse_entry(interval, " 20 ") == 20
    with pytest.raises(ConfigError, match=r"Check-in interval \(minutes\): enter a whole"):
        parse_entry(interval, "ten")
    with pytest.raises(ConfigError, match="must be from 5 to 60"):
        parse_entry(interval, "90")


def test_prepare_applies_stored_values_over_the_file(tmp_path, paths, clock):
    config = tmp_path / "clinic.toml"
    config.write_text('[clinic]\nphone = "111"\n[readiness]\nspo2_min = 90\n')
    options = parse_args(["--config", str(config)])
    first = prepare(options, paths=paths, clock=clock).services
    first.settings_store.save(first.settings, "clinic", "phone", "222", staff_id=None)
    first.db.close()
    again = prepare(options, paths=paths, clock=clock).services
    assert again.settings.clinic.phone == "222"
    assert again.settings.readiness.spo2_min == 90
    assert again.readiness.settings.clinic.phone == "222"
    again.db.close()
