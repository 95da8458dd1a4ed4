"""Clinic settings edited in the app; escort and safety assessment on the visit.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from kiosk.storage.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setting_value",
        sa.Column("section", sa.String(40), nullable=False),
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff.id"],
                                name=op.f("fk_setting_value_updated_by_id_staff")),
        sa.PrimaryKeyConstraint("section", "key", name=op.f("pk_setting_value")),
    )
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("escort_confirmed", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("safety_assessed_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("safety_assessed_by_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_visit_safety_assessed_by_id_staff", "staff",
                                 ["safety_assessed_by_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("visit") as batch:
        batch.drop_constraint("fk_visit_safety_assessed_by_id_staff", type_="foreignkey")
        batch.drop_column("safety_assessed_by_id")
        batch.drop_column("safety_assessed_at")
        batch.drop_column("escort_confirmed")
    op.drop_table("setting_value")
