"""ruff, mypy and import-linter (the sealed layers), with pyproject.toml's settings, pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@pytest.mark.slow
@pytest.mark.parametrize("command", [["ruff", "check", "--quiet", "."], ["mypy"],
                                     ["lint-imports", "--no-cache"]])
def test_linters_pass(command):
    result = subprocess.run([str(BIN / command[0]), *command[1:]], cwd=ROOT,
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
