"""The app's one plug-in point, for tests and benchmarks: ``KIOSK_PLUGIN=module:factory``.

A test cannot click inside another process, and a benchmark must see when a
fresh process has painted. Both name, in ``KIOSK_PLUGIN``, an importable
``module:factory`` (``tests.support.test_driver:TestDriver``,
``bench.probe:BenchProbe``); a clinic never sets it, and unset nothing is
imported. The factory is called once, with no arguments, after the Qt
application exists. The object it returns may define either hook:

- ``window_shown(app, window)``: the kiosk window is about to paint its first
  page (a normal start, or a quick restart before the services exist);
- ``shell_ready(shell)``: the whole app (database, services, flow) is up.

A plug-in that cannot be loaded is a start-up failure with the reason, never
silently ignored.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

PLUGIN_ENV = "KIOSK_PLUGIN"


def load_plugin() -> Any | None:
    """The plug-in ``KIOSK_PLUGIN`` names, made, or None when it is unset.

    Raises:
        ImportError: the module cannot be imported.
        AttributeError: the module has no such factory.
    """
    spec = os.environ.get(PLUGIN_ENV, "").strip()
    if not spec:
        return None
    module_name, _, factory = spec.partition(":")
    return getattr(importlib.import_module(module_name), factory or "plugin")()


def notify(plugin: Any | None, hook: str, *args: Any) -> None:
    """Call ``plugin.<hook>(*args)`` if there is a plug-in and it has that hook."""
    method = getattr(plugin, hook, None) if plugin is not None else None
    if method is not None:
        method(*args)
