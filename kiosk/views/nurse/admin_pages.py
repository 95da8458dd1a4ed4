"""Admin and discharge pages registered into the nurse area (filled in by the nurse issue)."""

from __future__ import annotations

from typing import Any


def register(area: Any, services: Any) -> None:
    """Add the start-visit, discharge, export, audit and settings pages to ``area``."""
