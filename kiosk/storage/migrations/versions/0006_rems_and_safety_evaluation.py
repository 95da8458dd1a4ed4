"""Esketamine REMS record and a separate full safety evaluation on the visit.

``safety_assessed_at`` stays the brief suicide safety assessment (it clears a
non-acute positive ASQ); ``safety_evaluated_at`` is the full safety evaluation
an acute positive needs. ``dose_mg`` is the esketamine dose entered at the
start of the visit and ``respiratory_depression`` the nurse's yes/no for the
REMS monitoring record.

Revision ID: 0006
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from kiosk.storage.types import UTCDateTime

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("safety_evaluated_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("safety_evaluated_by_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_visit_safety_evaluated_by_id_staff", "staff",
                                 ["safety_evaluated_by_id"], ["id"])
        batch.add_column(sa.Column("dose_mg", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("respiratory_depression", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("visit") as batch:
        batch.drop_column("respiratory_depression")
        batch.drop_column("dose_mg")
        batch.drop_constraint("fk_visit_safety_evaluated_by_id_staff", type_="foreignkey")
        batch.drop_column("safety_evaluated_by_id")
        batch.drop_column("safety_evaluated_at")
