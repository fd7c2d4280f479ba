"""every editable record carries a version, raised on each save (optimistic concurrency)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The synced tables: every record a clerk edits in a form.
TABLES = (
    "vocation", "program", "competency_unit", "instructor", "institution", "trainee", "batch",
    "batch_instructor", "closure", "enrollment", "assessment", "certificate", "placement",
)  # fmt: skip


def upgrade() -> None:
    # A plain ADD COLUMN with a constant default: both dialects do it without copying the table.
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
