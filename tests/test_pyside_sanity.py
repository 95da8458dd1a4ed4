"""Guards against a PySide6 build that would crash a kiosk left running all day.

PySide6 6.12.0 on CPython 3.11 dropped one reference to ``None`` on every call
of a method returning nothing; after a few thousand calls (20 s of breathing
animation) the interpreter aborted with "none_dealloc". pyproject.toml excludes
that release; this test catches any build that brings the fault back.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    label.setText("x")
    label.update()
print(before - sys.getrefcount(None))
"""


def test_void_calls_do_not_leak_references_to_none():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    lost = int(result.stdout.strip().splitlines()[-1])
    assert lost < 100, f"{lost} references to None lost over 40,000 calls"
