"""Whether this machine can play sound, found out without a single Qt warning.

On Linux QtMultimedia plays through a PulseAudio (or PipeWire-Pulse) server.
A kiosk PC or CI box may have the client library but no server; loading
QtMultimedia there prints "PulseAudioService: pa_context_connect() failed" and
"Couldn't load pipewire-0.3 library" as Qt warnings. Whether a chime can play
must never decide whether the app (or the test suite) works, so:

1. with no sound server socket to talk to, QtMultimedia is not loaded at all;
2. while it is loaded and asked for devices, its own start-up messages are
   kept out of the Qt log (anything else is passed on unchanged).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_NOISE_CATEGORIES = ("qt.multimedia",)
_NOISE_TEXTS = ("PulseAudioService:", "Couldn't load pipewire", "Couldn't resolve pipewire")


def sound_server_missing(env: dict[str, str] | None = None) -> str | None:
    """Why no sound server can be reached, or None when one may be (or on non-Linux).

    Args:
        env: the environment to read (the process's own by default).
    """
    if not sys.platform.startswith("linux"):
        return None
    env = dict(os.environ) if env is None else env
    if env.get("PULSE_SERVER"):
        return None  # an explicit server (maybe over the network): let Qt try it
    runtime = env.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    candidates = [Path(runtime) / "pulse" / "native", Path("/run/pulse/native"),
                  Path("/var/run/pulse/native")]
    if any(path.exists() for path in candidates):
        return None
    return "no sound server is running"


def _is_noise(context: QMessageLogContext, message: str) -> bool:
    category = context.category or ""
    return category.startswith(_NOISE_CATEGORIES) or message.startswith(_NOISE_TEXTS)


@contextmanager
def quiet_multimedia() -> Iterator[None]:
    """Keep QtMultimedia's own start-up messages out of the Qt log while inside."""
    previous: Callable[..., Any] | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if _is_noise(context, message):
            return
        if previous is not None:
            previous(kind, context, message)
        else:  # Qt's default output
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
