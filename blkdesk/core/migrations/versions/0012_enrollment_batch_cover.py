"""enrollment index by batch that covers status, deletion and trainee, so counting a batch's
participants and listing its trainees never read the table; it replaces the plain batch index

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_enrollment_batch_cover",
            ["batch_id", "status", "deleted_at", "trainee_id"],
            unique=False,
        )
        batch_op.drop_index("ix_enrollment_batch_id")


def downgrade() -> None:
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index("ix_enrollment_batch_id", ["batch_id"], unique=False)
        batch_op.drop_index("ix_enrollment_batch_cover")
