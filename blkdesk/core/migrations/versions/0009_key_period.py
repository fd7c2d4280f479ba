"""key_period: the history of each BLK's signing keys at the province

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "key_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("valid_from", sa.DateTime(), nullable=True),
        sa.Column("valid_until", sa.DateTime(), nullable=True),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
        sa.Column("pinned_by", sa.String(length=120), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("retired_by", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_period")),
    )
    op.create_index(op.f("ix_key_period_inst_code"), "key_period", ["inst_code"], unique=False)
    # Each pinned key opens its BLK's history. A key replaced before this version was recorded
    # only by its fingerprint in the audit trail: without the key itself it cannot vouch for
    # anything, so its period is not made up here.
    op.execute(
        "INSERT INTO key_period (inst_code, public_key, fingerprint, valid_from, valid_until, "
        "pinned_at, pinned_by, retired_at, retired_by) "
        "SELECT inst_code, public_key, fingerprint, NULL, NULL, pinned_at, pinned_by, NULL, '' "
        "FROM pinned_key"
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_key_period_inst_code"), table_name="key_period")
    op.drop_table("key_period")
