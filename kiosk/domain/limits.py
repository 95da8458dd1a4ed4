"""Limits on what a loaded file or typed text may hold, and short excerpts for messages.

A settings file or questionnaire is checked before the loaders walk it, so a
hostile or broken file (nesting thousands deep, an integer of thousands of
digits, megabytes of text, a lone UTF-16 surrogate) becomes one clear problem
naming the file and the place, never a RecursionError or ValueError. Messages
quote at most a short excerpt of the value, never the whole of it.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_FILE_BYTES = 2_000_000
MAX_DEPTH = 40
MAX_NODES = 50_000
MAX_INT_DIGITS = 30
MAX_INT_BITS = 100  # 2**100 has 31 digits; str() of a huge int would itself fail
MAX_STRING = 20_000
EXCERPT = 40
MAX_MESSAGE = 300


class LimitError(ValueError):
    """A file breaks a limit; the message names the place (no long values)."""


def excerpt(value: Any, limit: int = EXCERPT) -> str:
    """``repr(value)`` cut to ``limit`` characters, with how long it really was."""
    text = repr(value)
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text)} characters)"


def short(message: str, limit: int = MAX_MESSAGE) -> str:
    """One line of at most ``limit`` characters: long unbroken runs cut to excerpts."""
    words = []
    for word in message.replace("\r", " ").replace("\n", " ").split(" "):
        words.append(word if len(word) <= 2 * EXCERPT else f"{word[:EXCERPT]}…")
    text = " ".join(words)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def has_lone_surrogate(text: str) -> bool:
    """Whether ``text`` holds a UTF-16 surrogate (only ever lone in a Python str)."""
    if text.isascii():
        return False
    try:  # strict UTF-8 refuses exactly the surrogates, in C rather than char by char
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def repair_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, the replacement character."""
    if not has_lone_surrogate(text):
        return text
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def _int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise LimitError(f"a number with {len(digits)} digits (at most {MAX_INT_DIGITS})")
    return int(digits)


def load_json(text: str) -> Any:
    """``json.loads`` that refuses huge numbers and nesting too deep for the loaders.

    Raises:
        LimitError: a limit is broken.
        json.JSONDecodeError: not JSON.
    """
    if len(text) > MAX_FILE_BYTES:
        raise LimitError(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    try:
        data = json.loads(text, parse_int=_int, parse_constant=_no_constant)
    except RecursionError:
        raise LimitError(f"nested more than {MAX_DEPTH} levels deep") from None
    check_tree(data)
    return data


def _no_constant(name: str) -> Any:
    raise LimitError(f"{name} is not a JSON number")


def check_tree(data: Any) -> None:
    """Check depth, size, numbers and text of parsed JSON or TOML, without recursion.

    Raises:
        LimitError: naming the place, e.g. ``at item[2].text``.
    """
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    nodes = 0
    while stack:
        value, where, depth = stack.pop()
        nodes += 1
        place = f" at {short(where, 80)}" if where else ""
        if nodes > MAX_NODES:
            raise LimitError(f"more than {MAX_NODES} values in the file")
        if depth > MAX_DEPTH:
            raise LimitError(f"nested more than {MAX_DEPTH} levels deep{place}")
        if isinstance(value, str):
            _check_text(value, place)
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
            raise LimitError(f"a number with more than {MAX_INT_DIGITS} digits{place}")
        elif isinstance(value, float) and not math.isfinite(value):
            raise LimitError(f"a number that is not finite{place}")
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_text(str(key), place)
                stack.append((item, f"{where}.{key}" if where else str(key), depth + 1))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                stack.append((item, f"{where}[{index}]", depth + 1))


def _check_text(text: str, place: str) -> None:
    if len(text) > MAX_STRING:
        raise LimitError(f"a text of {len(text)} characters{place} (at most {MAX_STRING})")
    if has_lone_surrogate(text):
        raise LimitError(f"a text{place} holds a lone surrogate (an invalid \\ud800-\\udfff "
                         "character): retype it")
