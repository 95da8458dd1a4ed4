"""Settings a clinic changes day to day, stored in the database over the TOML file.

The admin settings screen changes one value at a time through :meth:`SettingsStore.save`,
which checks it with :func:`kiosk.config.coerce_value`, stores it and audits the key
(never the value), then publishes :class:`~kiosk.services.events.SettingsChanged` on the
change feed: the services container and every screen put the new value in force at
once. At start-up (and on each such event) :meth:`SettingsStore.apply` lays the stored
values over the settings, so a change survives a restart.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from kiosk.config import ConfigError, Settings, coerce_value, field_specs, overlay
from kiosk.domain.clock import Clock
from kiosk.services.events import SettingsChanged
from kiosk.services.publishing import Publisher
from kiosk.storage.db import Database
from kiosk.storage.repositories.audit import AuditRepository
from kiosk.storage.repositories.settings import SettingRepository

log = logging.getLogger(__name__)

EDITABLE: tuple[tuple[str, str], ...] = (
    ("clinic", "name"),
    ("clinic", "phone"),
    ("clinic", "country"),
    ("clinic", "crisis_line"),
    ("checkin", "interval_minutes"),
    ("observation", "iv_ketamine_minutes"),
    ("observation", "esketamine_minutes"),
    ("readiness", "padss_min"),
    ("readiness", "padss_consecutive"),
    ("readiness", "spo2_min"),
    ("readiness", "vitals_within_percent"),
    ("readiness", "moaas_required"),
    ("readiness", "nausea_below"),
    ("readiness", "disconnection_max"),
    ("kiosk", "rest_after_seconds"),
    ("kiosk", "nurse_logoff_seconds"),
    ("care", "escalate_urgent_minutes"),
    ("care", "escalate_request_minutes"),
)
"""(section, key) of every setting the admin screen offers, in screen order."""


@dataclass(frozen=True)
class SettingField:
    """What the settings screen needs to show one setting.

    Attributes:
        section: TOML section name.
        key: key within the section.
        label: words for the admin (from the field's metadata).
        kind: ``int`` or ``str``.
        lo: lowest allowed whole number, if any.
        hi: highest allowed whole number, if any.
    """

    section: str
    key: str
    label: str
    kind: type
    lo: float | None
    hi: float | None


def editable_fields() -> list[SettingField]:
    """The settings the admin screen offers, with their labels and limits."""
    result = []
    for section, key in EDITABLE:
        spec = next(f for f in field_specs(section) if f.name == key)
        result.append(SettingField(section, key, spec.metadata["label"] or key,
                                   type(spec.default), spec.metadata["lo"],
                                   spec.metadata["hi"]))
    return result


def parse_entry(field: SettingField, text: str) -> Any:
    """Turn what the admin typed into a checked value.

    Raises:
        ConfigError: not a whole number where one is needed, or out of range.
    """
    if field.kind is int:
        stripped = text.strip()
        try:
            number = int(stripped)
        except ValueError:
            from kiosk.domain.messages import Message

            raise ConfigError(f"{field.label}: enter a whole number",
                              reason=Message("settings.enter_whole")) from None
        value: Any = number
    else:
        value = text
    try:
        return coerce_value(field.section, field.key, value)
    except ConfigError as exc:
        raise ConfigError(_friendly(field, str(exc)), reason=exc.reason) from None


def _friendly(field: SettingField, message: str) -> str:
    """Keep the part of a config message after the value (``must be ...``)."""
    _, _, reason = message.rpartition(": ")
    return f"{field.label}: {reason or message}"


class SettingsStore:
    """Stored clinic settings.

    Args:
        db: the open database.
        clock: where "now" comes from.
        events: where :class:`SettingsChanged` is staged with each save (published
            here after the commit, and sent to the other processes).
    """

    def __init__(self, db: Database, clock: Clock, *, events: Publisher | None = None) -> None:
        self._db = db
        self._clock = clock
        self._events = events or Publisher.local(db)

    def stored(self) -> dict[tuple[str, str], Any]:
        """Every stored value by (section, key)."""
        with self._db.unit() as s:
            return {(section, key): value for section, key, value
                    in SettingRepository(s).all()}

    def apply(self, settings: Settings) -> Settings:
        """Return ``settings`` with every stored value laid over it.

        A stored value that no longer passes the checks (a newer version with
        tighter limits) is skipped and named in the log; the file's value stays.
        """
        settings, skipped = overlay(settings, self.stored())
        for line in skipped:
            log.warning("%s", line)
        return settings

    def save(self, settings: Settings, section: str, key: str, value: Any, *,
             staff_id: int | None) -> Settings:
        """Check, store and audit one value; return the settings with it applied.

        Raises:
            ConfigError: the value is not allowed (nothing is stored).
            StorageError: the database refused the write.
        """
        if (section, key) not in EDITABLE:
            raise ConfigError(f"[{section}] {key} cannot be changed on this screen")
        checked = coerce_value(section, key, value)
        updated = settings.with_value(section, key, checked)
        with self._db.unit() as s:
            SettingRepository(s).put(section, key, checked, now=self._clock.now(),
                                     staff_id=staff_id)
            AuditRepository(s).add("settings_changed", now=self._clock.now(),
                                   staff_id=staff_id, detail=f"{section}.{key}")
            self._events.stage(s, SettingsChanged((f"{section}.{key}",)))
        return updated
