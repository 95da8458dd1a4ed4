"""Crisis and emergency lines by country, and which words a take-home sheet prints.

The table is data (``resources/crisis_lines/<CC>.json``, one file per country,
each number with the official source it was taken from); :func:`parse_country`
checks one entry and :func:`crisis_words` decides what a sheet prints:

* the admin's own words (``[clinic] crisis_line``) when they typed some, for
  a country not in the table;
* otherwise the lines of the clinic's country, in the visit's language;
* otherwise nothing: never another country's numbers (CLINICAL.md section 8).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

LANGUAGES = ("en", "es")
KINDS = ("crisis", "emergency")


class CrisisTableError(ValueError):
    """An entry of the crisis-line table is malformed; the message names the file and field."""


@dataclass(frozen=True)
class CrisisLine:
    """One number of one country.

    Attributes:
        number: the number as dialled, e.g. "988" or "116 123".
        kind: "crisis" or "emergency".
        text: the words to print, by language code.
        source: the official body and address the number was taken from.
    """

    number: str
    kind: str
    text: Mapping[str, str]
    source: str


@dataclass(frozen=True)
class CountryLines:
    """Every line of one country.

    Attributes:
        country: ISO 3166-1 alpha-2 code, e.g. "US".
        name: the country's name, by language code.
        lines: crisis line(s) first, then emergency.
    """

    country: str
    name: Mapping[str, str]
    lines: tuple[CrisisLine, ...]

    def words(self, lang: str) -> list[str]:
        """The lines' words in ``lang`` (English when the language is missing)."""
        return [line.text.get(lang) or line.text["en"] for line in self.lines]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _texts(where: str, value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise CrisisTableError(f"{where}: must be a table of language -> text")
    texts = {}
    for lang in LANGUAGES:
        words = value.get(lang)
        if not isinstance(words, str) or not words.strip():
            raise CrisisTableError(f"{where}: missing the '{lang}' text")
        texts[lang] = words.strip()
    return texts


def parse_country(data: Any, *, where: str, code: str) -> CountryLines:
    """Check one country's entry and return it.

    Args:
        data: the parsed JSON of one file.
        where: the file name, for messages.
        code: the code the file name gives; the entry must say the same.

    Raises:
        CrisisTableError: naming the file and the field that is wrong.
    """
    if not isinstance(data, Mapping):
        raise CrisisTableError(f"{where}: must be a JSON object")
    if data.get("country") != code:
        raise CrisisTableError(f"{where}: 'country' must be {code!r} like the file name")
    name = _texts(f"{where}: name", data.get("name"))
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines:
        raise CrisisTableError(f"{where}: 'lines' must list at least one number")
    lines = []
    for i, raw in enumerate(raw_lines):
        at = f"{where}: lines[{i}]"
        if not isinstance(raw, Mapping):
            raise CrisisTableError(f"{at}: must be an object")
        number, kind, source = raw.get("number"), raw.get("kind"), raw.get("source")
        if not isinstance(number, str) or not _digits(number):
            raise CrisisTableError(f"{at}: 'number' must be the number as dialled")
        if kind not in KINDS:
            raise CrisisTableError(f"{at}: 'kind' must be one of {', '.join(KINDS)}")
        if not isinstance(source, str) or "http" not in source:
            raise CrisisTableError(f"{at}: 'source' must name the official source and its "
                                   "address")
        texts = _texts(f"{at}: text", raw.get("text"))
        for lang, words in texts.items():
            if _digits(number) not in _digits(words):
                raise CrisisTableError(f"{at}: the {lang} text does not show {number}")
        lines.append(CrisisLine(number, kind, texts, source))
    lines.sort(key=lambda line: KINDS.index(line.kind))
    return CountryLines(code, name, tuple(lines))


def crisis_words(table: Mapping[str, CountryLines], *, country: str, typed: str,
                 lang: str) -> list[str]:
    """What the sheet prints for the clinic's crisis line (empty: nothing is set).

    Args:
        table: the shipped table by country code.
        country: the clinic's country code ("" when never set).
        typed: the admin's own words (``[clinic] crisis_line``), "" when none.
        lang: the visit's language.
    """
    if typed.strip():
        return [typed.strip()]
    entry = table.get(country.strip().upper())
    return entry.words(lang) if entry is not None else []
