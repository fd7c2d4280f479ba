"""Declarative base and the columns every synced row carries."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, MetaData, String, literal_column, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from blkdesk.core.clock import utcnow

# Stable constraint names, so Alembic migrations (and SQLite batch mode) can refer to them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def deleted_rows_index(table: str) -> Index:
    """An index of a table's soft-deleted rows alone (small: few rows are ever deleted). The rows
    not deleted are then counted as all rows (from the smallest index) less these, instead of
    reading the whole table: what a backup's header counts (see storage/backup.py, 0013)."""
    deleted = text("deleted_at IS NOT NULL")
    return Index(f"ix_{table}_deleted", "deleted_at", sqlite_where=deleted,
                 postgresql_where=deleted)  # fmt: skip


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, nullable=False, index=True
    )


class Synced(Timestamped):
    """A row that travels in the sync workbook.

    The integer `id` is for joins on this machine only; `uuid` is the identity everywhere else and
    is made by the machine that created the row. `inst_code` says which BLK owns it, so a province
    database can hold the rows of all its BLKs side by side.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True, nullable=False)
    inst_code: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # Raised by one on every UPDATE, in the same statement: a form that opened version 3 and finds
    # 4 when it saves knows another clerk saved in between (optimistic concurrency).
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", onupdate=literal_column("version + 1"),
        nullable=False,
    )  # fmt: skip
