"""the province's registered BLKs and the files each one sent

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "registered_blk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("regency_code", sa.String(length=4), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registered_blk")),
        sa.UniqueConstraint("code", name=op.f("uq_registered_blk_code")),
    )
    op.create_index(
        op.f("ix_registered_blk_updated_at"), "registered_blk", ["updated_at"], unique=False
    )
    op.create_table(
        "submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=True),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission")),
        sa.UniqueConstraint(
            "inst_code", "kind", "sha256", name=op.f("uq_submission_inst_code_kind_sha256")
        ),
    )
    op.create_index("ix_submission_period", "submission", ["period", "inst_code"], unique=False)
    op.create_index(op.f("ix_submission_inst_code"), "submission", ["inst_code"], unique=False)
    op.create_index(op.f("ix_submission_updated_at"), "submission", ["updated_at"], unique=False)


def downgrade() -> None:
    op.drop_table("submission")
    op.drop_table("registered_blk")
