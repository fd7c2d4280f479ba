"""one live certificate of each kind per participant

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LIVE = sa.text("status = 'issued'")


def upgrade() -> None:
    op.create_index(
        "uq_certificate_live",
        "certificate",
        ["enrollment_id", "kind"],
        unique=True,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )


def downgrade() -> None:
    op.drop_index("uq_certificate_live", table_name="certificate")
