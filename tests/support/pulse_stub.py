"""Let QtTextToSpeech's mock engine load on a machine without PulseAudio's client library.

Why the read-aloud tests used to skip here: ``PySide6.QtTextToSpeech`` links
``libQt6TextToSpeech.so.6``, which links ``libQt6Multimedia.so.6``, and the
PySide6 wheel builds that one with ``libpulse.so.0`` as a direct dependency
(``DT_NEEDED``) and ``BIND_NOW``. So the *import* fails before any engine is
chosen: asking for the "mock" engine, or importing late, cannot help, and the
mock plugin (``libqtexttospeech_mock.so``) links Qt Multimedia too.

The mock engine itself never plays a sound, so nothing calls PulseAudio. When
the real library is missing, :func:`ensure_libpulse` builds a do-nothing
``libpulse.so.0`` (every ``pa_*`` symbol Qt Multimedia binds, each returning
NULL, under PulseAudio's ``PULSE_0`` symbol version) and loads it globally
before Qt does, so the dynamic linker finds it by its soname. Were Qt ever to
call it, PulseAudio's "no main loop" NULL is what Qt's PulseAudio backend
already handles as "no audio". With the real library installed (``libpulse0``
on Debian) it is used and no stub is built. Tests only: the app never loads it.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SONAME = "libpulse.so.0"


def _multimedia_library() -> Path | None:
    import PySide6

    path = Path(PySide6.__file__).resolve().parent / "Qt" / "lib" / "libQt6Multimedia.so.6"
    return path if path.is_file() else None


def _pulse_symbols(library: Path) -> list[str]:
    done = subprocess.run(["nm", "-D", "--undefined-only", str(library)], check=True,
                          capture_output=True, text=True)
    names = {line.split()[-1].split("@")[0] for line in done.stdout.splitlines() if line.strip()}
    return sorted(n for n in names if n.startswith("pa_"))


def _build(symbols: list[str]) -> Path:
    digest = hashlib.sha256("\n".join(symbols).encode()).hexdigest()[:12]
    folder = Path(tempfile.gettempdir()) / f"kiosk-test-libpulse-{os.getuid()}-{digest}"
    target = folder / SONAME
    if target.is_file():
        return target
    folder.mkdir(mode=0o700, exist_ok=True)
    source = folder / "stub.c"
    source.write_text("".join(f"void *{name}(void) {{ return 0; }}\n" for name in symbols))
    versions = folder / "stub.map"
    versions.write_text("PULSE_0 { global: *; };\n")
    building = folder / f"{SONAME}.{os.getpid()}"
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(building), str(source),
                    f"-Wl,-soname,{SONAME}", f"-Wl,--version-script={versions}"],
                   check=True, capture_output=True)
    os.replace(building, target)  # another test process may be building it too
    return target


def ensure_libpulse() -> str:
    """Make ``PySide6.QtTextToSpeech`` importable; return why not ("" when it is)."""
    if not sys.platform.startswith("linux"):
        return ""  # other platforms do not link PulseAudio
    try:
        ctypes.CDLL(SONAME)
        return ""  # the real library is installed
    except OSError:
        pass
    library = _multimedia_library()
    if library is None:
        return "no libQt6Multimedia.so.6 in the PySide6 wheel"
    missing = [tool for tool in ("nm", "cc") if shutil.which(tool) is None]
    if missing:
        return (f"{SONAME} is not installed (apt install libpulse0) and "
                f"{' and '.join(missing)} cannot build the test stand-in")
    try:
        stub = _build(_pulse_symbols(library))
        ctypes.CDLL(str(stub), mode=ctypes.RTLD_GLOBAL)
    except (OSError, subprocess.CalledProcessError) as error:
        return f"{SONAME} is not installed and its test stand-in did not load: {error}"
    return ""
