"""What only a province database keeps: the BLKs it coordinates and what each one sent.

Neither table travels in the sync workbook: they are the province's own book-keeping about its
BLKs, not records a BLK owns.
"""

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from blkdesk.core.models.base import Base, Timestamped


class RegisteredBlk(Timestamped, Base):
    """A BLK the province coordinates, whether or not it has ever sent a file, so that one that
    never did shows as missing. Joined to merged records and pinned keys by `code`."""

    __tablename__ = "registered_blk"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # see refdata.INSTITUTION_KINDS
    regency_code: Mapped[str] = mapped_column(String(4))
    contact: Mapped[str] = mapped_column(Text, default="")
    # SHA-256 of the BLK's public signing key, grouped for reading aloud over the phone.
    key_fingerprint: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Submission(Timestamped, Base):
    """One file a BLK sent the province: a monthly report or a sync workbook."""

    __tablename__ = "submission"
    __table_args__ = (
        UniqueConstraint("inst_code", "kind", "sha256"),
        Index("ix_submission_period", "period", "inst_code"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inst_code: Mapped[str] = mapped_column(String(20), index=True)
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM: the month the file reports on
    kind: Mapped[str] = mapped_column(String(10))  # monthly / sync
    received_at: Mapped[datetime] = mapped_column(DateTime)
    made_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer, default=0)


class RecordProblem(Base):
    """A rule of the BLK's own (an invalid NIK, a birth date after registration, ...) that a
    merged record breaks. The record is merged as sent and flagged here until a later file
    from its BLK brings a version that passes, or removes it: the province sees which records
    of which BLK are wrong and why, and asks the BLK to correct them at the source."""

    __tablename__ = "record_problem"
    __table_args__ = (Index("ix_record_problem_record", "inst_code", "entity", "record_uuid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inst_code: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(30))  # the sync sheet: trainee / placement
    record_uuid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str] = mapped_column(String(260), default="")  # brought this version
    found_at: Mapped[datetime] = mapped_column(DateTime)
