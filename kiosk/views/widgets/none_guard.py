"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

PySide6 6.12.0 returns ``None`` from every C++ ``void`` method without taking
a reference, a habit that is only safe where ``None`` is immortal (Python
3.12+, PEP 683). On Python 3.11 each call such as ``widget.resize()`` or
``app.processEvents()`` drops one reference to ``None``; after a few thousand
calls CPython aborts with "Fatal Python error: none_dealloc". Emitting a
Python ``Signal(bool)`` drops a reference to ``True`` or ``False`` the same
way ("bool_dealloc"). A kiosk that runs all day would crash within minutes.

:func:`keep_none_alive` gives ``None``, ``True`` and ``False`` a huge
reference count, which makes them as good as immortal, exactly what Python
3.12 does. Remove this module once
the kiosk requires Python 3.12 or a PySide6 release that fixes the bug.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40
_ENOUGH = 1 << 39


def keep_none_alive() -> bool:
    """Make None, True and False practically immortal on Python < 3.12.

    Returns:
        True if it changed anything (False on Python 3.12+ or when already done).
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    changed = False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _ENOUGH:
            refcount.value += _BALLAST
            changed = True
    return changed
