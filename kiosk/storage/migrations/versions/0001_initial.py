"""Initial schema: staff, visits, check-ins, answers, observations, alerts, journal, audit.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from kiosk.storage.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("pin_hash", sa.String(255), nullable=False),
        sa.Column("failed_tries", sa.Integer(), nullable=False),
        sa.Column("lock_count", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("name", name=op.f("uq_staff_name")),
    )
    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_label", sa.String(40), nullable=False),
        sa.Column("record_number", sa.String(40), nullable=True),
        sa.Column("bay", sa.String(40), nullable=False),
        sa.Column("treatment", sa.String(20), nullable=False),
        sa.Column("infusion_end", UTCDateTime(), nullable=False),
        sa.Column("baseline_systolic", sa.Integer(), nullable=True),
        sa.Column("baseline_diastolic", sa.Integer(), nullable=True),
        sa.Column("baseline_pulse", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("status_changed_at", UTCDateTime(), nullable=True),
        sa.Column("status_changed_by_id", sa.Integer(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"],
                                name=op.f("fk_visit_created_by_id_staff")),
        sa.ForeignKeyConstraint(["status_changed_by_id"], ["staff.id"],
                                name=op.f("fk_visit_status_changed_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    op.create_index("ix_visit_status_bay", "visit", ["status", "bay"])
    op.create_table(
        "checkin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("questionnaire_url", sa.String(255), nullable=False),
        sa.Column("questionnaire_version", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("completed_at", UTCDateTime(), nullable=True),
        sa.Column("entered_by", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="CASCADE",
                                name=op.f("fk_checkin_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin")),
    )
    op.create_index("ix_checkin_visit_due", "checkin", ["visit_id", "due_at"])
    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("link_id", sa.String(80), nullable=False),
        sa.Column("value_type", sa.String(12), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("answered_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["checkin_id"], ["checkin.id"], ondelete="CASCADE",
                                name=op.f("fk_answer_checkin_id_checkin")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
        sa.UniqueConstraint("checkin_id", "link_id", name=op.f("uq_answer_checkin_id")),
    )
    op.create_table(
        "observation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("taken_at", UTCDateTime(), nullable=False),
        sa.Column("entered_by_id", sa.Integer(), nullable=True),
        sa.Column("systolic", sa.Integer(), nullable=True),
        sa.Column("diastolic", sa.Integer(), nullable=True),
        sa.Column("pulse", sa.Integer(), nullable=True),
        sa.Column("spo2", sa.Integer(), nullable=True),
        sa.Column("on_room_air", sa.Boolean(), nullable=False),
        sa.Column("resp_rate", sa.Integer(), nullable=True),
        sa.Column("moaas", sa.Integer(), nullable=True),
        sa.Column("ambulation", sa.Integer(), nullable=True),
        sa.Column("nausea_vomiting", sa.Integer(), nullable=True),
        sa.Column("pain", sa.Integer(), nullable=True),
        sa.Column("dissociation", sa.String(12), nullable=True),
        sa.Column("padss_total", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["entered_by_id"], ["staff.id"],
                                name=op.f("fk_observation_entered_by_id_staff")),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="CASCADE",
                                name=op.f("fk_observation_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observation")),
    )
    op.create_index("ix_observation_visit_taken", "observation", ["visit_id", "taken_at"])
    op.create_table(
        "alert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("cause", sa.String(200), nullable=False),
        sa.Column("rule_id", sa.String(80), nullable=True),
        sa.Column("severity", sa.String(12), nullable=False),
        sa.Column("raised_at", UTCDateTime(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("acknowledged_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["acknowledged_by_id"], ["staff.id"],
                                name=op.f("fk_alert_acknowledged_by_id_staff")),
        sa.ForeignKeyConstraint(["checkin_id"], ["checkin.id"], ondelete="SET NULL",
                                name=op.f("fk_alert_checkin_id_checkin")),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="CASCADE",
                                name=op.f("fk_alert_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert")),
    )
    op.create_index("ix_alert_visit_open", "alert", ["visit_id", "acknowledged_at"])
    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="CASCADE",
                                name=op.f("fk_journal_entry_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    op.create_index("ix_journal_entry_visit_id", "journal_entry", ["visit_id"])
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(255), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"],
                                name=op.f("fk_audit_event_staff_id_staff")),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="SET NULL",
                                name=op.f("fk_audit_event_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index("ix_audit_event_at", "audit_event", ["at"])


def downgrade() -> None:
    for table in ("audit_event", "journal_entry", "alert", "observation", "answer",
                  "checkin", "visit", "staff"):
        op.drop_table(table)
