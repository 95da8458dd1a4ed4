from __future__ import annotations

import pytest

from kiosk.config import (
    ESKETAMINE_FLOOR_MINUTES,
    ConfigError,
    Settings,
    load_settings,
    settings_from_mapping,
)


def test_defaults_follow_clinical_reference():
    s = Settings()
    assert s.checkin.interval_minutes == 15
    assert s.observation.esketamine_minutes == ESKETAMINE_FLOOR_MINUTES == 120
    assert (s.readiness.padss_min, s.readiness.spo2_min, s.readiness.vitals_within_percent,
            s.readiness.moaas_required, s.readiness.nausea_below,
            s.readiness.disconnection_max) == (9, 92, 20, 5, 4, 3)
    # No silent US default (issue 12 mismatch 8): no country, no line until the clinic sets one.
    assert s.clinic.country == "" and s.clinic.crisis_line == ""
    assert s.readiness.escort_hard_iv_ketamine is True


def test_no_file_means_defaults():
    assert load_settings(None) == Settings()


def test_valid_file_overrides_only_what_it_names(tmp_path):
    path = tmp_path / "clinic.toml"
    path.write_text('[clinic]\nname = "Harbor Clinic"\n[checkin]\ninterval_minutes = 20\n')
    s = load_settings(path)
    assert s.clinic.name == "Harbor Clinic"
    assert s.checkin.interval_minutes == 20
    assert s.readiness == Settings().readiness


@pytest.mark.parametrize(("body", "expected"), [
    ("[checkin]\ninterval_minutes = 0\n",
     r"\[checkin\] interval_minutes = 0: must be from 5 to 60"),
    ("[checkin]\ninterval_minutes = \"often\"\n", r"interval_minutes = 'often': must be a whole"),
    ("[checkin]\nintervall = 5\n", r"unknown key 'intervall'; allowed: .*interval_minutes"),
    ("[clinik]\nname = \"x\"\n", r"unknown section \[clinik\]; allowed: care, checkin, clinic"),
    ("[observation]\nesketamine_minutes = 60\n", r"esketamine_minutes = 60: must be from 120"),
    ("[kiosk]\nsound = 1\n", r"sound = 1: must be true or false"),
    ("[clinic]\nlanguage = \"fr\"\n", r"must be one of en, es"),
    ("[clinic]\nphone = \"  \"\n", r"phone = '  ': must not be empty"),
    ("[clinic\nname=1", r"not valid TOML"),
    ("clinic = 3\n", r"\[clinic\] must be a table"),
])
def test_wrong_values_name_file_key_and_allowed(tmp_path, body, expected):
    path = tmp_path / "bad.toml"
    path.write_text(body)
    with pytest.raises(ConfigError, match=expected) as err:
        load_settings(path)
    assert str(err.value).startswith(str(path))
    assert "\n" not in str(err.value)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match=r"nowhere\.toml: settings file not found"):
        load_settings(tmp_path / "nowhere.toml")


def test_with_value_checks_like_the_file():
    s = Settings().with_value("readiness", "padss_min", 10)
    assert s.readiness.padss_min == 10
    with pytest.raises(ConfigError):
        s.with_value("readiness", "padss_min", 11)


def test_round_trip_through_mapping():
    s = Settings().with_value("clinic", "phone", "(555) 123-4567")
    assert settings_from_mapping(s.as_dict()) == s


def test_example_settings_file_loads_as_the_defaults():
    from pathlib import Path

    example = Path(__file__).resolve().parent.parent / "docs" / "settings.example.toml"
    assert load_settings(example) == Settings()


def test_a_retired_key_still_loads_and_is_ignored(tmp_path, caplog):
    # board_refresh_ms went when the change feed replaced polling (issue 9); a clinic's
    # old file keeps working.
    path = tmp_path / "old.toml"
    path.write_text("[kiosk]\nrest_after_seconds = 200\nboard_refresh_ms = 1000\n")
    with caplog.at_level("INFO", logger="kiosk.config"):
        s = load_settings(path)
    assert s.kiosk.rest_after_seconds == 200
    assert not hasattr(s.kiosk, "board_refresh_ms")
    assert "board_refresh_ms is no longer used" in caplog.text
    with pytest.raises(ConfigError, match="unknown key 'board_refresh'"):
        settings_from_mapping({"kiosk": {"board_refresh": 1000}})  # a typo is still caught


def test_a_retired_key_stored_in_the_database_is_skipped_quietly():
    from kiosk.config import overlay

    settings, skipped = overlay(Settings(), {("kiosk", "board_refresh_ms"): 500,
                                             ("kiosk", "nurse_logoff_seconds"): 300})
    assert settings.kiosk.nurse_logoff_seconds == 300 and skipped == []
