"""Clinic settings changed in the admin screen, stored as JSON values by section and key."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kiosk.storage import models as m
from kiosk.storage.resume_sql import SELECT_SETTINGS, decode_setting


class SettingRepository:
    """Queries on ``setting_value`` within one session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def all(self) -> list[tuple[str, str, Any]]:
        """Every stored value as (section, key, decoded value), in a stable order.

        The same query the quick restart runs (:mod:`kiosk.storage.resume_sql`).
        """
        return [decode_setting(row) for row in self._s.execute(text(SELECT_SETTINGS))]

    def put(self, section: str, key: str, value: Any, *, now: datetime,
            staff_id: int | None) -> None:
        """Insert or replace one value."""
        row = self._s.get(m.SettingValue, (section, key))
        if row is None:
            row = m.SettingValue(section=section, key=key)
            self._s.add(row)
        row.value_json = json.dumps(value)
        row.updated_at = now
        row.updated_by_id = staff_id
        self._s.flush()
