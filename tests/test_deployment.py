"""The shipped kiosk unit and the lock-down guide say what the deployment needs."""

from __future__ import annotations

import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "linux" / "recovery-kiosk.service"


def directives() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in UNIT.read_text().splitlines():
        if "=" in line and not line.lstrip().startswith(("#", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def test_the_unit_restarts_the_kiosk_always_inside_cage_without_terminal_switching():
    unit = directives()
    assert unit["Restart"] == ["always"]
    assert unit["UMask"] == ["0077"]
    command = shlex.split(unit["ExecStart"][0])
    assert command[0].endswith("/cage") and "-s" not in command[:command.index("--")]
    assert command[command.index("--") + 2].endswith("main.py")
    assert "WantedBy" in unit and unit["StartLimitIntervalSec"] == ["0"]
    assert not any("PASSWORD" in v for values in unit.values() for v in values
                   if not v.startswith("#"))


def test_the_guide_covers_both_systems_and_what_the_os_must_do():
    guide = (ROOT / "docs" / "deployment.md").read_text()
    for words in ("Restart=always", "cage", "enable-linger", "NAutoVTs=0", "Shell Launcher",
                  "Assigned Access", "BitLocker", "What the operating system must do",
                  "sslmode", "pgpass", "pg_service", "postgres-roles.sql", "key_folder"):
        assert words in guide, words
