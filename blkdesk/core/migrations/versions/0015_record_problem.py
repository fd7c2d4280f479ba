"""the province's flags on merged records that break a BLK's own data rules

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_problem",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_problem")),
    )
    op.create_index(
        "ix_record_problem_record", "record_problem", ["inst_code", "entity", "record_uuid"]
    )


def downgrade() -> None:
    op.drop_table("record_problem")
