"""One resume row per bay: where a restart puts the patient (read by the quick restart).

Rows are written by the services with every change the restart rule reads; a
database upgraded with patients in recovery gets its rows from the first full
start of each bay (ResumeService.for_bay), the quick restart waits until then.

Revision ID: 0003
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bay_resume",
        sa.Column("bay", sa.String(40), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("first_name", sa.String(40), nullable=False),
        sa.Column("screen", sa.String(16), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.Column("checkin_kind", sa.String(16), nullable=True),
        sa.Column("questionnaire_url", sa.String(255), nullable=True),
        sa.Column("answers_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="CASCADE",
                                name=op.f("fk_bay_resume_visit_id_visit")),
        sa.ForeignKeyConstraint(["checkin_id"], ["checkin.id"], ondelete="SET NULL",
                                name=op.f("fk_bay_resume_checkin_id_checkin")),
        sa.PrimaryKeyConstraint("bay", name=op.f("pk_bay_resume")),
    )


def downgrade() -> None:
    op.drop_table("bay_resume")
