"""Audit hash chain and append-only triggers; the clinic's recovery code.

Revision ID: 0007
Revises: 0006

``audit_event.visit_id`` stops being a foreign key, so purging an old visit
leaves its events (and their hashes) as they were. Existing events are chained
in id order. Triggers refuse changing or deleting a chained event on both
dialects (on PostgreSQL the grants in docs/postgres-roles.sql add to that).
"""

import sqlalchemy as sa
from alembic import op

from kiosk.storage.audit_chain import GENESIS, event_hash
from kiosk.storage.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "WHEN OLD.hash IS NOT NULL "
    "BEGIN SELECT RAISE(ABORT, 'audit events cannot be changed'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit events cannot be deleted'); END",
)
PG_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "RAISE EXCEPTION 'audit events cannot be changed or deleted'; END $$",
    "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event "
    "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
    "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
)


def _chain_existing(bind: sa.Connection) -> None:
    table = sa.table("audit_event", sa.column("id", sa.Integer),
                     sa.column("at", UTCDateTime()), sa.column("staff_id", sa.Integer),
                     sa.column("action", sa.String), sa.column("visit_id", sa.Integer),
                     sa.column("detail", sa.String), sa.column("prev_hash", sa.String),
                     sa.column("hash", sa.String))
    rows = bind.execute(sa.select(table.c.id, table.c.at, table.c.staff_id, table.c.action,
                                  table.c.visit_id, table.c.detail).order_by(table.c.id)).all()
    prev = GENESIS
    for event_id, at, staff_id, action, visit_id, detail in rows:
        digest = event_hash(prev, at=at, staff_id=staff_id, action=action,
                            visit_id=visit_id, detail=detail)
        bind.execute(sa.update(table).where(table.c.id == event_id)
                     .values(prev_hash=prev, hash=digest))
        prev = digest


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_constraint("fk_audit_event_visit_id_visit", type_="foreignkey")
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(64), nullable=True))
    _chain_existing(bind)
    for statement in (PG_TRIGGERS if bind.dialect.name == "postgresql" else SQLITE_TRIGGERS):
        op.execute(statement)
    op.create_table(
        "recovery_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(255), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_code")),
    )


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_table("recovery_code")
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_event_no_truncate ON audit_event")
        op.execute("DROP TRIGGER audit_event_no_change ON audit_event")
        op.execute("DROP FUNCTION audit_event_append_only()")
    else:
        op.execute("DROP TRIGGER audit_event_no_delete")
        op.execute("DROP TRIGGER audit_event_no_update")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.create_foreign_key("fk_audit_event_visit_id_visit", "visit", ["visit_id"],
                                 ["id"], ondelete="SET NULL")
