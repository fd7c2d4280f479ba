"""trainee indexes for NIK-prefix search and sorting by registration date

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("trainee", schema=None) as batch_op:
        batch_op.create_index("ix_trainee_nik", ["nik"], unique=False)
        batch_op.create_index("ix_trainee_created", ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("trainee", schema=None) as batch_op:
        batch_op.drop_index("ix_trainee_created")
        batch_op.drop_index("ix_trainee_nik")
