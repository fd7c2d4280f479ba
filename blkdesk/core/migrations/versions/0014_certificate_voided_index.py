"""index of the voided certificates by when they were voided, so the monthly report finds the
month's certificates (issued or voided in it) through two date indexes instead of reading every
certificate of the BLK (156,000 on the 10-year demo)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

VOIDED = sa.text("voided_at IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "ix_certificate_voided_at", "certificate", ["voided_at"],
        sqlite_where=VOIDED, postgresql_where=VOIDED,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_certificate_voided_at", table_name="certificate")
