"""The care loop: an alert is seen ("on the way") before it is resolved; calls carry
their bay and a client token (stored exactly once); tablets report a heartbeat.

``alert.acknowledged_at``/``acknowledged_by_id`` keep their meaning "dealt with"
(resolved); the new ``seen_at``/``seen_by_id`` record the "I'm on my way" step.
A call from an empty bay has no visit, so ``visit_id`` may be NULL and ``bay``
names where it came from.

Revision ID: 0004
Revises: 0007 (the lead re-chains at merge)
"""

import sqlalchemy as sa
from alembic import op

from kiosk.storage.types import UTCDateTime

revision = "0004"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alert") as batch:
        batch.alter_column("visit_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("bay", sa.String(40), nullable=True))
        batch.add_column(sa.Column("token", sa.String(40), nullable=True))
        batch.add_column(sa.Column("seen_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("seen_by_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_alert_seen_by_id_staff", "staff", ["seen_by_id"], ["id"])
        batch.create_unique_constraint("uq_alert_token", ["token"])
    op.create_table(
        "tablet_heartbeat",
        sa.Column("bay", sa.String(40), nullable=False),
        sa.Column("seen_at", UTCDateTime(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="SET NULL",
                                name=op.f("fk_tablet_heartbeat_visit_id_visit")),
        sa.PrimaryKeyConstraint("bay", name=op.f("pk_tablet_heartbeat")),
    )


def downgrade() -> None:
    op.drop_table("tablet_heartbeat")
    op.execute("DELETE FROM alert WHERE visit_id IS NULL")
    with op.batch_alter_table("alert") as batch:
        batch.drop_constraint("uq_alert_token", type_="unique")
        batch.drop_constraint("fk_alert_seen_by_id_staff", type_="foreignkey")
        batch.drop_column("seen_by_id")
        batch.drop_column("seen_at")
        batch.drop_column("token")
        batch.drop_column("bay")
        batch.alter_column("visit_id", existing_type=sa.Integer(), nullable=False)
