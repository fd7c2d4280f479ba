"""indexes of the soft-deleted rows alone (attendance marks, trainees, certificates), so that the
records a backup's header counts (rows not deleted) are all rows, counted from the smallest index,
less the deleted ones, instead of a read of the whole table (3.2 M marks on the 10-year demo)

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

DELETED = sa.text("deleted_at IS NOT NULL")
TABLES = ("attendance_mark", "trainee", "certificate")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(
            f"ix_{table}_deleted", table, ["deleted_at"],
            sqlite_where=DELETED, postgresql_where=DELETED,
        )  # fmt: skip


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_deleted", table_name=table)
