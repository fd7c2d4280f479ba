"""pinned_key: the province's record of each BLK's sync signing key

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

import hashlib
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _fingerprint(public: bytes) -> str:
    # Frozen copy of signing.fingerprint: a migration must not change when the code does.
    digest = hashlib.sha256(public).hexdigest().upper()[:32]
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def upgrade() -> None:
    table = op.create_table(
        "pinned_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
        sa.Column("pinned_by", sa.String(length=120), nullable=False),
        sa.Column("last_full_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pinned_key")),
        sa.UniqueConstraint("inst_code", name=op.f("uq_pinned_key_inst_code")),
    )
    # A province that merged files before keys were pinned already trusts the key each BLK's
    # institution row carries: pin that one, as the first merge would have.
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = op.get_bind().execute(
        sa.text(
            "SELECT code, public_key FROM institution WHERE NOT is_local AND public_key IS NOT NULL"
        )
    )
    pins = [
        {"inst_code": code, "public_key": key, "fingerprint": _fingerprint(key),
         "pinned_at": now, "pinned_by": "pembaruan skema"}
        for code, key in rows
    ]  # fmt: skip
    if pins:
        op.bulk_insert(table, pins)


def downgrade() -> None:
    op.drop_table("pinned_key")
