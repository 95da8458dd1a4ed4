"""Loads the shipped crisis-line table and answers "what will the sheet print?".

See :mod:`kiosk.domain.crisis_lines` for the rules; this module only reads
``resources/crisis_lines/*.json`` (once per folder) and applies the settings.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from kiosk.config import ClinicSettings
from kiosk.domain.crisis_lines import CountryLines, CrisisTableError, crisis_words, parse_country

FOLDER = "crisis_lines"


@lru_cache(maxsize=4)
def load_table(folder: Path) -> dict[str, CountryLines]:
    """Every country of the table in ``folder``, by code.

    Raises:
        CrisisTableError: a file is unreadable, not JSON, or malformed (named).
    """
    table = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CrisisTableError(f"{path.name}: cannot be read ({exc})") from None
        table[path.stem] = parse_country(data, where=path.name, code=path.stem)
    return table


def table_for(resources: Path) -> dict[str, CountryLines]:
    """The table shipped under ``resources``."""
    return load_table(resources / FOLDER)


def clinic_crisis_words(resources: Path, clinic: ClinicSettings, lang: str) -> list[str]:
    """The crisis-line words the sheet prints for this clinic (empty: not set up)."""
    return crisis_words(table_for(resources), country=clinic.country,
                        typed=clinic.crisis_line, lang=lang)
