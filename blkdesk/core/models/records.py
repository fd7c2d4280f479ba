"""What a BLK issues and follows up: certificates and placements."""

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from blkdesk.core.models.base import Base, Synced, deleted_rows_index
from blkdesk.core.models.people import Trainee
from blkdesk.core.models.training import Enrollment


class Certificate(Synced, Base):
    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint("inst_code", "number"),
        UniqueConstraint("inst_code", "kind", "seq_scope", "seq"),
        Index("ix_certificate_issued_on", "issued_on"),
        # The monthly report's certificates voided in the month: few are ever voided (0014).
        Index(
            "ix_certificate_voided_at",
            "voided_at",
            sqlite_where=text("voided_at IS NOT NULL"),
            postgresql_where=text("voided_at IS NOT NULL"),
        ),
        # Two clerks issuing the same batch at once must not both give a participant a
        # certificate; a voided one no longer counts, so a replacement can be issued.
        Index(
            "uq_certificate_live",
            "enrollment_id",
            "kind",
            unique=True,
            sqlite_where=text("status = 'issued'"),
            postgresql_where=text("status = 'issued'"),
        ),
        deleted_rows_index("certificate"),
    )

    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollment.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # sertifikat / surat_keterangan
    number: Mapped[str] = mapped_column(String(120))
    seq: Mapped[int] = mapped_column(Integer)
    seq_scope: Mapped[str] = mapped_column(
        String(40)
    )  # e.g. "2025": the sequence restarts per scope
    issued_on: Mapped[date] = mapped_column(Date)
    payload: Mapped[str] = mapped_column(Text, default="")  # the signed text in the QR code
    status: Mapped[str] = mapped_column(String(10), default="issued")  # issued / void
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    last_printed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    enrollment: Mapped[Enrollment] = relationship()


class Placement(Synced, Base):
    __tablename__ = "placement"

    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id"), index=True)
    enrollment_id: Mapped[int | None] = mapped_column(ForeignKey("enrollment.id"), default=None)
    # bekerja_perusahaan / bekerja_non_perusahaan / wirausaha / pmi / belum_bekerja
    outcome: Mapped[str] = mapped_column(String(30))
    destination_country: Mapped[str] = mapped_column(String(60), default="")
    employer: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(120), default="")
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    source: Mapped[str] = mapped_column(String(30), default="telepon")
    recorded_on: Mapped[date] = mapped_column(Date, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    trainee: Mapped[Trainee] = relationship()
