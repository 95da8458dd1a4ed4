"""The shipped crisis-line table and mismatch 8: never another country's line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.config import ClinicSettings
from kiosk.domain.crisis_lines import CrisisTableError, crisis_words, parse_country
from kiosk.services.crisis_lines import clinic_crisis_words, load_table

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "resources" / "crisis_lines"


def test_every_shipped_entry_is_valid_and_cites_its_source():
    table = load_table(TABLE)
    assert {"US", "CA", "GB", "IE", "AU", "NZ", "ES", "DE", "FR"} <= set(table)
    for code, entry in table.items():
        assert entry.country == code
        assert entry.lines[0].kind == "crisis"
        assert any(line.kind == "emergency" for line in entry.lines)
        for line in entry.lines:
            assert "https://" in line.source


def test_us_facts_are_those_of_clinical_md():
    us = load_table(TABLE)["US"]
    words = " ".join(us.words("en"))
    assert "988" in words and "press 1 for veterans, 2 for Spanish" in words
    assert "911" in words and "immediate danger" in words
    assert "988" in " ".join(us.words("es")) and "911" in " ".join(us.words("es"))


@pytest.mark.parametrize(("country", "typed", "lang", "expected"), [
    ("", "", "en", []),                      # never set: nothing, not the US line
    ("", "", "es", []),
    ("ZZ", "", "en", []),                    # unknown country, nothing typed: nothing
    ("XK", "Call 0800 000 000.", "en", ["Call 0800 000 000."]),
    ("GB", "", "en", ["Call Samaritans free on 116 123, day or night.",
                      "If your life is at risk now, call 999."]),
    ("es", "", "es", ["Llame al 024, la línea de atención a la conducta suicida, gratis, "
                      "de día o de noche.", "Si está en peligro inmediato, llame al 112."]),
])
def test_8_the_sheet_uses_the_clinics_country_or_nothing(country, typed, lang, expected):
    assert crisis_words(load_table(TABLE), country=country, typed=typed, lang=lang) == expected


def test_8_default_settings_print_no_line_at_all():
    words = clinic_crisis_words(ROOT / "resources", ClinicSettings(), "en")
    assert words == []
    assert not any("988" in w or "911" in w for w in words)


@pytest.mark.parametrize(("change", "field"), [
    ({"country": "UK"}, "'country' must be 'US'"),
    ({"lines": []}, "'lines'"),
    ({"lines": [{"number": "988", "kind": "crisis", "text": {"en": "Call 988."},
                 "source": "https://988lifeline.org/"}]}, "missing the 'es' text"),
    ({"lines": [{"number": "988", "kind": "crisis", "text": {"en": "Call 977.", "es": "988"},
                 "source": "https://988lifeline.org/"}]}, "does not show 988"),
    ({"lines": [{"number": "988", "kind": "crisis", "text": {"en": "988", "es": "988"},
                 "source": "a friend told me"}]}, "'source'"),
])
def test_a_malformed_entry_is_refused_by_name(change, field):
    data = json.loads((TABLE / "US.json").read_text(encoding="utf-8"))
    data.update(change)
    with pytest.raises(CrisisTableError, match=field):
        parse_country(data, where="US.json", code="US")
