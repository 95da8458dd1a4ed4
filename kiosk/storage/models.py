"""SQLAlchemy 2.0 models: the shape of everything the kiosk stores.

Only repositories in this package touch these classes; the rest of the app
sees the plain records of :mod:`kiosk.domain.records`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.storage.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so migrations name constraints."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Staff(Base):
    """A nurse or admin who unlocks nurse mode with a PIN."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # nurse | admin
    pin_hash: Mapped[str] = mapped_column(String(255))
    failed_tries: Mapped[int] = mapped_column(Integer, default=0)
    lock_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Visit(Base):
    """One patient's stay in a recovery bay."""

    __tablename__ = "visit"
    __table_args__ = (Index("ix_visit_status_bay", "status", "bay"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_label: Mapped[str] = mapped_column(String(40))
    record_number: Mapped[str | None] = mapped_column(String(40))
    bay: Mapped[str] = mapped_column(String(40))
    treatment: Mapped[str] = mapped_column(String(20))  # iv_ketamine | esketamine
    infusion_end: Mapped[datetime] = mapped_column(UTCDateTime)
    baseline_systolic: Mapped[int | None] = mapped_column(Integer)
    baseline_diastolic: Mapped[int | None] = mapped_column(Integer)
    baseline_pulse: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8), default="en")
    status: Mapped[str] = mapped_column(String(16))  # recovering | discharged | cancelled
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status_changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    override_reason: Mapped[str | None] = mapped_column(Text)
    escort_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    safety_assessed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    safety_assessed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # The full safety evaluation an acute-positive ASQ needs (the brief one is above).
    safety_evaluated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    safety_evaluated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    dose_mg: Mapped[int | None] = mapped_column(Integer)  # esketamine dose (REMS)
    respiratory_depression: Mapped[bool | None] = mapped_column(Boolean)  # REMS yes/no


class CheckIn(Base):
    """One questionnaire response: a recurring check-in or the ready-to-go form."""

    __tablename__ = "checkin"
    __table_args__ = (Index("ix_checkin_visit_due", "visit_id", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    questionnaire_url: Mapped[str] = mapped_column(String(255))
    questionnaire_version: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(16))  # checkin | ready_to_go
    status: Mapped[str] = mapped_column(String(16))  # due | started | completed | missed
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    entered_by: Mapped[str] = mapped_column(String(16), default="patient")  # patient | nurse


class Answer(Base):
    """One answer to one item, written the moment it is chosen."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("checkin_id", "link_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checkin_id: Mapped[int] = mapped_column(ForeignKey("checkin.id", ondelete="CASCADE"))
    link_id: Mapped[str] = mapped_column(String(80))
    value_type: Mapped[str] = mapped_column(String(12))  # boolean|integer|decimal|string|codes
    value_json: Mapped[str] = mapped_column(Text)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Observation(Base):
    """Vitals and scores a nurse enters."""

    __tablename__ = "observation"
    __table_args__ = (Index("ix_observation_visit_taken", "visit_id", "taken_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    systolic: Mapped[int | None] = mapped_column(Integer)
    diastolic: Mapped[int | None] = mapped_column(Integer)
    pulse: Mapped[int | None] = mapped_column(Integer)
    spo2: Mapped[int | None] = mapped_column(Integer)
    on_room_air: Mapped[bool] = mapped_column(Boolean, default=True)
    resp_rate: Mapped[int | None] = mapped_column(Integer)
    moaas: Mapped[int | None] = mapped_column(Integer)
    ambulation: Mapped[int | None] = mapped_column(Integer)  # PADSS 0-2
    nausea_vomiting: Mapped[int | None] = mapped_column(Integer)  # PADSS 0-2
    pain: Mapped[int | None] = mapped_column(Integer)  # 0-10
    dissociation: Mapped[str | None] = mapped_column(String(12))  # present | resolved
    padss_total: Mapped[int | None] = mapped_column(Integer)


class Alert(Base):
    """Something a nurse must see: a dangerous answer, a call, a vital sign."""

    __tablename__ = "alert"
    __table_args__ = (Index("ix_alert_visit_open", "visit_id", "acknowledged_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # NULL for a call from an empty bay (the idle screen's Call a nurse).
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    bay: Mapped[str | None] = mapped_column(String(40))
    # The tablet's own id for a queued call: a retried write is stored once.
    token: Mapped[str | None] = mapped_column(String(40), unique=True)
    cause: Mapped[str] = mapped_column(String(200))
    rule_id: Mapped[str | None] = mapped_column(String(80))
    severity: Mapped[str] = mapped_column(String(12))  # urgent | request | review
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkin.id", ondelete="SET NULL"))
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # "I'm on my way"
    seen_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Resolved (dealt with); the names predate the seen step.
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str | None] = mapped_column(Text)


class TabletHeartbeat(Base):
    """The last sign of life of a bay tablet (the station supervises them)."""

    __tablename__ = "tablet_heartbeat"

    bay: Mapped[str] = mapped_column(String(40), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))


class JournalEntry(Base):
    """The patient's private journal; shared with the care team only if they choose."""

    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditEvent(Base):
    """Who did what, to which visit, when. Never holds patient data."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(40))
    # A plain number, not a foreign key: purging an old visit must not rewrite
    # (and so break the hash chain of) the events that name it.
    visit_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(String(255))
    # Hash chain (kiosk/storage/audit_chain.py): the previous event's hash and
    # this event's, over its fields and that previous hash.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class RecoveryCode(Base):
    """The clinic's one-time recovery code (hashed), for when every admin is locked out."""

    __tablename__ = "recovery_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SettingValue(Base):
    """A clinic setting changed in the admin screen; overrides the TOML value."""

    __tablename__ = "setting_value"

    section: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class ChangeEvent(Base):
    """One change event, written in the transaction of the change (the SQLite feed).

    Other processes on the same SQLite file notice a commit through ``PRAGMA
    data_version`` and read the rows after the last one they saw
    (:mod:`kiosk.storage.change_log`). PostgreSQL uses ``NOTIFY`` instead and
    leaves this table empty. Rows hold ids only, never patient text, and are
    pruned as they age.
    """

    __tablename__ = "change_event"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(32))
    payload: Mapped[str] = mapped_column(Text)
class BayResume(Base):
    """Where a restart puts the patient of one bay, kept by every change that moves it.

    Its columns are :data:`kiosk.storage.resume_sql.RESUME_COLUMNS`, which the quick
    restart reads without SQLAlchemy (tests/storage/test_resume_row.py keeps them equal).
    """

    __tablename__ = "bay_resume"

    bay: Mapped[str] = mapped_column(String(40), primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    first_name: Mapped[str] = mapped_column(String(40))
    screen: Mapped[str] = mapped_column(String(16))  # welcome | checkin | hub | goodbye
    checkin_id: Mapped[int | None] = mapped_column(
        ForeignKey("checkin.id", ondelete="SET NULL"))
    checkin_kind: Mapped[str | None] = mapped_column(String(16))
    questionnaire_url: Mapped[str | None] = mapped_column(String(255))
    answers_json: Mapped[str] = mapped_column(Text, default="{}")
