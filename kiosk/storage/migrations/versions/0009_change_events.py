"""The change-event table that carries the change feed between processes on SQLite.

Revision ID: 0009
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(32), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_event")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("change_event")
