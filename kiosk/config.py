"""Typed clinic settings with defaults in code, loaded from an optional TOML file.

Every value is checked on load; a wrong value or an unknown key raises
:class:`ConfigError` with one line naming the file, the key and what is allowed.
A key an older version had (:data:`RETIRED`) is skipped, so an old file still loads.
The same checks serve the admin settings screen (:func:`coerce_value`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.domain.messages import Message

log = logging.getLogger(__name__)

RETIRED: frozenset[tuple[str, str]] = frozenset({
    # The board refreshed on a timer; the change feed replaced it (issue 9).
    ("kiosk", "board_refresh_ms"),
})
"""(section, key) of settings older versions had: a file or stored row with one still
loads, and the value is ignored (logged once per load)."""

MAX_SETTINGS_BYTES = 256_000
"""A clinic's settings file is a few hundred bytes; anything this big is not one."""

ESKETAMINE_FLOOR_MINUTES = 120
"""Spravato REMS: at least two hours of observation after each dose."""


class ConfigError(ValueError):
    """A settings file or value is wrong; the message is one line for an admin.

    Attributes:
        reason: for a refused value, why, as a message key a screen translates
            (:mod:`kiosk.domain.messages`); None for a file-level problem.
    """

    def __init__(self, message: str, *, reason: Message | None = None) -> None:
        from kiosk.domain.limits import short

        super().__init__(short(message))  # a value is echoed as an excerpt at most
        self.reason = reason


def _refused(name: str, key: str, **params: Any) -> ConfigError:
    """The error for a refused value: ``name: <reason in English>``, with the reason's key."""
    from kiosk.domain.messages import Message  # (not on the quick restart's path)

    reason = Message(f"settings.{key}", params)
    return ConfigError(f"{name}: {reason.english()}", reason=reason)


def _spec(default: Any, *, lo: float | None = None, hi: float | None = None,
          choices: tuple[str, ...] | None = None, label: str = "") -> Any:
    return field(default=default, metadata={"lo": lo, "hi": hi, "choices": choices,
                                             "label": label})


@dataclass(frozen=True)
class ClinicSettings:
    """Who the clinic is and how a patient reaches help after leaving."""

    name: str = _spec("Recovery Clinic", label="Clinic name")
    phone: str = _spec("(555) 010-0199", label="Clinic phone")
    # No default country and no default line: a clinic that never sets them must
    # not print another country's numbers (CLINICAL.md section 8).
    country: str = _spec("", label="Country (two-letter code, e.g. US)")
    crisis_line: str = _spec(  # typed by the admin when the country is not in the table
        "", label="Crisis line text (only for a country not in the table)",
    )
    language: str = _spec("en", choices=("en", "es"), label="Default language")
    # The identifier system of record numbers in FHIR exports (the EHR's MRN system).
    record_number_system: str = _spec("urn:recovery-kiosk:record-number",
                                      label="Record number system (FHIR)")


@dataclass(frozen=True)
class CheckinSettings:
    """How often the patient is asked how they are."""

    interval_minutes: int = _spec(15, lo=5, hi=60, label="Check-in interval (minutes)")
    invite_idle_seconds: int = _spec(60, lo=5, hi=300, label="Invite an idle patient after (s)")
    asq_mode: str = _spec("full", choices=("full", "item5_only"),
                          label="ASQ questions asked in recovery")


@dataclass(frozen=True)
class ObservationSettings:
    """Minimum observation time after the end of dosing, per treatment."""

    iv_ketamine_minutes: int = _spec(60, lo=15, hi=480, label="IV ketamine minimum (min)")
    esketamine_minutes: int = _spec(ESKETAMINE_FLOOR_MINUTES, lo=ESKETAMINE_FLOOR_MINUTES,
                                    hi=600, label="Esketamine minimum (min, never below 120)")


@dataclass(frozen=True)
class ReadinessSettings:
    """Thresholds of the ready-to-leave check (CLINICAL.md section 7)."""

    padss_min: int = _spec(9, lo=8, hi=10, label="PADSS total needed")
    padss_consecutive: int = _spec(2, lo=1, hi=3, label="Consecutive PADSS assessments")
    spo2_min: int = _spec(92, lo=88, hi=97, label="SpO2 must be above (%)")
    vitals_within_percent: int = _spec(20, lo=5, hi=40, label="BP and pulse within (%)")
    moaas_required: int = _spec(5, lo=4, hi=5, label="MOAA/S needed (IV ketamine; esketamine 5)")
    nausea_below: int = _spec(4, lo=1, hi=10, label="Patient nausea below")
    disconnection_max: int = _spec(3, lo=0, hi=10, label="Patient disconnection at most")
    escort_hard_iv_ketamine: bool = _spec(
        True, label="IV ketamine: escort cannot be overridden (always for esketamine)")


@dataclass(frozen=True)
class KioskSettings:
    """Behaviour of the tablet itself."""

    rest_after_seconds: int = _spec(180, lo=30, hi=1800, label="Rest mode after (s)")
    nurse_logoff_seconds: int = _spec(120, lo=30, hi=900, label="Nurse auto-logoff after (s)")
    sound: bool = _spec(True, label="Ambient sound allowed")


@dataclass(frozen=True)
class CareSettings:
    """How calls and alerts page the nurses and what the patient is told."""

    escalate_urgent_minutes: int = _spec(2, lo=1, hi=30,
                                         label="Urgent alert re-announced after (min)")
    escalate_request_minutes: int = _spec(5, lo=1, hi=60,
                                          label="Request re-announced after (min)")
    show_nurse_name: bool = _spec(True, label="Tell the patient the nurse's first name")
    board_initials_only: bool = _spec(False, label="Station board shows initials only")
    local_chime: bool = _spec(True, label="Tablet chimes while a call cannot be sent")


@dataclass(frozen=True)
class QuestionnaireSettings:
    """Where the clinic's questionnaire files are (empty: the bundled ones)."""

    folder: str = _spec("", label="Questionnaire folder")
    # strict: a file with any problem is not used; lenient: the item with the problem
    # is skipped and the warning shown on the admin "Form warnings" screen.
    loading: str = _spec("strict", choices=("strict", "lenient"),
                         label="Questionnaire loading (at the next start)")


@dataclass(frozen=True)
class SecuritySettings:
    """Encryption at rest of the embedded database (docs/deployment.md)."""

    encrypt_database: bool = _spec(True, label="Encrypt a new or plain database file")
    key_store: str = _spec("file", choices=("file", "keyring"), label="Where the key is kept")
    key_folder: str = _spec("", label="Key file folder (empty: keys/ in the data folder)")


@dataclass(frozen=True)
class RetentionSettings:
    """How long finished visits are kept (0: for ever)."""

    purge_after_days: int = _spec(0, lo=0, hi=3650,
                                  label="Purge finished visits after (days, 0 = never)")


@dataclass(frozen=True)
class Settings:
    """All settings of one clinic; build with :func:`load_settings`."""

    clinic: ClinicSettings = field(default_factory=ClinicSettings)
    checkin: CheckinSettings = field(default_factory=CheckinSettings)
    observation: ObservationSettings = field(default_factory=ObservationSettings)
    readiness: ReadinessSettings = field(default_factory=ReadinessSettings)
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    care: CareSettings = field(default_factory=CareSettings)
    questionnaires: QuestionnaireSettings = field(default_factory=QuestionnaireSettings)
    security: SecuritySettings = field(default_factory=SecuritySettings)
    retention: RetentionSettings = field(default_factory=RetentionSettings)

    def with_value(self, section: str, key: str, value: Any) -> Settings:
        """Return a copy with one value replaced after checking it."""
        checked = coerce_value(section, key, value)
        part = dataclasses.replace(getattr(self, section), **{key: checked})
        return dataclasses.replace(self, **{section: part})

    def as_dict(self) -> dict[str, dict[str, Any]]:
        """Return the settings as nested plain values (for storage)."""
        return dataclasses.asdict(self)


def sections() -> dict[str, type]:
    """Map each TOML section name to its dataclass."""
    return {f.name: f.default_factory for f in dataclasses.fields(Settings)}  # type: ignore[misc]


def field_specs(section: str) -> list[dataclasses.Field[Any]]:
    """The fields of one section, with their limits in ``metadata``."""
    return list(dataclasses.fields(sections()[section]))


def coerce_value(section: str, key: str, value: Any, *, where: str = "") -> Any:
    """Check one value against its field and return it typed.

    Raises:
        ConfigError: unknown section or key, wrong type, or out of range.
    """
    prefix = f"{where}: " if where else ""
    known = sections()
    if section not in known:
        raise ConfigError(f"{prefix}unknown section [{section}]; allowed: "
                          f"{', '.join(sorted(known))}")
    fields = {f.name: f for f in dataclasses.fields(known[section])}
    if key not in fields:
        raise ConfigError(f"{prefix}[{section}] unknown key '{key}'; allowed: "
                          f"{', '.join(sorted(fields))}")
    spec = fields[key]
    meta = spec.metadata
    name = f"{prefix}[{section}] {key} = {_excerpt(value)}"
    expected = type(spec.default)
    if expected is bool:
        if not isinstance(value, bool):
            raise _refused(name, "bool")
        return value
    if expected is int:
        lo, hi = meta["lo"], meta["hi"]
        if isinstance(value, bool) or not isinstance(value, int):
            if lo is not None and hi is not None:
                raise _refused(name, "whole.range", lo=lo, hi=hi)
            raise _refused(name, "whole")
        if lo is not None and value < lo:
            raise (_refused(name, "range", lo=lo, hi=hi) if hi is not None
                   else _refused(name, "at_least", lo=lo))
        if hi is not None and value > hi:
            raise (_refused(name, "range", lo=lo, hi=hi) if lo is not None
                   else _refused(name, "at_most", hi=hi))
        return value
    if not isinstance(value, str):
        raise _refused(name, "text")
    text = value.strip()
    if not text and spec.default != "":
        raise _refused(name, "empty")
    if len(text) > 500:
        raise _refused(f"{prefix}[{section}] {key}", "too_long")
    if meta["choices"] and text not in meta["choices"]:
        raise _refused(name, "choice", choices=", ".join(meta["choices"]))
    if key == "country" and section == "clinic":
        text = text.upper()
        if text and (len(text) != 2 or not text.isascii() or not text.isalpha()):
            raise _refused(name, "country")
    return text


def _excerpt(value: Any) -> str:
    from kiosk.domain.limits import excerpt

    return excerpt(value)


def settings_from_mapping(data: Mapping[str, Any], *, where: str = "") -> Settings:
    """Build settings from nested mappings (a parsed TOML file or stored values)."""
    settings = Settings()
    prefix = f"{where}: " if where else ""
    for section, values in data.items():
        if section not in sections():
            coerce_value(section, "", None, where=where)
        if not isinstance(values, Mapping):
            raise ConfigError(f"{prefix}[{section}] must be a table of key = value lines")
        for key, value in values.items():
            if (section, key) in RETIRED:
                log.info("%s[%s] %s is no longer used; ignored", prefix, section, key)
                continue
            settings = settings.with_value(section, key, coerce_value(section, key, value,
                                                                      where=where))
    return settings


def overlay(settings: Settings, stored: Mapping[tuple[str, str], Any],
            ) -> tuple[Settings, list[str]]:
    """Lay stored values (by section and key) over ``settings``.

    A stored value that no longer passes the checks (a newer version with
    tighter limits) is skipped; the file's value stays. Returns the settings
    and one line per skipped value.
    """
    skipped = []
    for (section, key), value in stored.items():
        if (section, key) in RETIRED:
            continue
        try:
            settings = settings.with_value(section, key, value)
        except ConfigError as exc:
            skipped.append(f"Stored setting [{section}] {key} ignored: {exc}")
    return settings, skipped


def load_settings(path: Path | None) -> Settings:
    """Load settings from a TOML file, or the defaults when ``path`` is None.

    Raises:
        ConfigError: the file is missing, not TOML, or holds a wrong value.
    """
    if path is None:
        return Settings()
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            raise ConfigError(f"{path}: settings file is larger than "
                              f"{MAX_SETTINGS_BYTES // 1000} kB")
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: settings file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read settings file ({exc})") from None
    import tomllib  # here: a start without a settings file need not load it

    from kiosk.domain.limits import LimitError, check_tree

    try:
        data = tomllib.loads(raw)
        check_tree(data)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except LimitError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except (RecursionError, ValueError) as exc:  # nesting or a number tomllib cannot take
        raise ConfigError(f"{path}: cannot be read ({type(exc).__name__})") from None
    return settings_from_mapping(data, where=str(path))
