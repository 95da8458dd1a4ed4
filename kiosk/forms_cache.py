"""A cache of the loaded questionnaires in the data folder, so a restart need not parse them.

Checking and parsing the shipped questionnaires takes about 12 ms, a good part of
what the quick restart (:mod:`kiosk.quick_start`) does before the patient's page
is painted; reading them back from this cache about 2 ms. The cache holds the
exact bytes of every ``*.json`` file it was made from, and is used only when the
folder's files are byte for byte the same, in the same loading mode and folder,
with the same Python and the same questionnaire code (size and modification time
of each of its source files). Anything else, or any trouble reading it, and the
files are parsed as before; the cache is then written again.

The file is ``forms.cache`` in the data folder (owner-only, 0600, written to a
temporary file and renamed), and only read when it belongs to this user and
nobody else can write it: it is a pickle, which must come only from the app
itself. It holds questionnaire definitions, never patient data.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.services.owner_only import FILE_MODE, write_all

log = logging.getLogger(__name__)

CACHE_NAME = "forms.cache"
FORMAT = 1
_CODE = Path(__file__).resolve().parent / "domain"


def _code_fingerprint() -> tuple[object, ...] | None:
    """Size and modification time of the questionnaire code (None: not on disk)."""
    try:
        files = sorted((_CODE / "questionnaire").glob("*.py"))
        files.append(_CODE / "limits.py")
        return tuple((p.name, st.st_size, st.st_mtime_ns) for p in files
                     for st in (p.stat(),))
    except OSError:
        return None


def _sources(folder: Path) -> tuple[tuple[str, bytes], ...] | None:
    """Every ``*.json`` file of the folder with its bytes (None: cannot read them all)."""
    try:
        return tuple((p.name, p.read_bytes()) for p in sorted(folder.glob("*.json")))
    except OSError:
        return None


def _trusted(path: Path) -> bool:
    try:
        st = path.stat()
    except OSError:
        return False
    getuid = getattr(os, "getuid", None)
    return (getuid is None or st.st_uid == getuid()) and not st.st_mode & 0o022


def cached_forms(folder: Path, mode: str, data_dir: Path,
                 load: Callable[[], Any]) -> Any:
    """``load()``'s result for the folder, from the cache when it still matches.

    Args:
        folder: the questionnaire folder.
        mode: the loading mode (part of the key).
        data_dir: the data folder; nothing is cached when it does not exist.
        load: parses the folder (called when the cache cannot be used).
    """
    code = _code_fingerprint()
    sources = _sources(folder)
    if code is None or sources is None or not data_dir.is_dir():
        return load()
    key = (FORMAT, sys.version, str(folder), mode, code, sources)
    path = data_dir / CACHE_NAME
    import _pickle  # the C pickle alone: the pure-Python module is not needed

    if _trusted(path):
        try:
            stored_key, value = _pickle.loads(path.read_bytes())
            if stored_key == key:
                return value
        except Exception:  # a stale or damaged cache: parse instead
            log.info("questionnaire cache not used: it could not be read")
    value = load()
    try:
        data = _pickle.dumps((key, value), 4)
        temporary = data_dir / f".{CACHE_NAME}.{os.getpid()}"
        temporary.unlink(missing_ok=True)
        write_all(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE), data)
        os.replace(temporary, path)
    except Exception:  # no cache: the next start parses again
        log.info("questionnaire cache not written")
    return value
