"""Batches, who is in them, and what happened day by day and unit by unit."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from blkdesk.core.models.base import Base, Synced, Timestamped, deleted_rows_index
from blkdesk.core.models.catalog import Program
from blkdesk.core.models.people import Trainee


class Batch(Synced, Base):
    __tablename__ = "batch"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    year: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(20), default="institusional")  # or "mtu"
    location: Mapped[str] = mapped_column(String(200), default="")  # the MTU's village
    funding: Mapped[str] = mapped_column(String(20), default="APBD")
    capacity: Mapped[int] = mapped_column(Integer, default=16)
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    weekdays: Mapped[str] = mapped_column(String(7), default="01234")  # Monday=0
    status: Mapped[str] = mapped_column(String(20), default="direncanakan")
    notes: Mapped[str] = mapped_column(Text, default="")

    program: Mapped[Program] = relationship()
    days: Mapped[list["TrainingDay"]] = relationship(
        back_populates="batch", order_by="TrainingDay.day", cascade="all, delete-orphan"
    )
    enrollments: Mapped[list["Enrollment"]] = relationship(back_populates="batch")


class BatchInstructor(Synced, Base):
    __tablename__ = "batch_instructor"
    __table_args__ = (UniqueConstraint("batch_id", "instructor_id"),)

    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id"), index=True)
    instructor_id: Mapped[int] = mapped_column(ForeignKey("instructor.id"), index=True)


class TrainingDay(Timestamped, Base):
    """One day the batch meets. Identified in sync by (batch uuid, day)."""

    __tablename__ = "training_day"
    __table_args__ = (UniqueConstraint("batch_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)

    batch: Mapped[Batch] = relationship(back_populates="days")


class Closure(Synced, Base):
    """A local closure (office holiday, flood) that training days skip, beside national holidays."""

    __tablename__ = "closure"

    day: Mapped[date] = mapped_column(Date, index=True)
    description: Mapped[str] = mapped_column(String(200))


class Enrollment(Synced, Base):
    __tablename__ = "enrollment"
    __table_args__ = (
        UniqueConstraint("trainee_id", "batch_id"),
        # Every question asked by batch is answered from this index alone: a batch's
        # participants counted per status (Pelatihan's list counts all 100,000 enrollments
        # on its first open) and the trainees of a batch (the registry's batch filter).
        Index("ix_enrollment_batch_cover", "batch_id", "status", "deleted_at", "trainee_id"),
    )

    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id"), index=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id"))
    # pendaftar / peserta / cadangan / tidak_lulus_seleksi / mengundurkan_diri
    status: Mapped[str] = mapped_column(String(24), default="pendaftar")
    status_changed_on: Mapped[date | None] = mapped_column(Date, default=None)
    withdraw_reason: Mapped[str] = mapped_column(Text, default="")
    # Graduation outcome once decided: lulus / surat_keterangan / tidak_lulus
    outcome: Mapped[str | None] = mapped_column(String(24), default=None)
    outcome_override: Mapped[str | None] = mapped_column(String(24), default=None)
    override_reason: Mapped[str] = mapped_column(Text, default="")

    trainee: Mapped[Trainee] = relationship()
    batch: Mapped[Batch] = relationship(back_populates="enrollments")


class AttendanceMark(Timestamped, Base):
    """H/I/S/A for one participant on one day.

    There are millions of these, so they carry no UUID of their own: sync identifies a mark by its
    enrollment's UUID and the day. A cleared mark keeps its row with `deleted_at` set so the
    clearing travels to the province too.
    """

    __tablename__ = "attendance_mark"
    __table_args__ = (
        UniqueConstraint("enrollment_id", "day"),
        Index("ix_attendance_day", "day"),
        deleted_rows_index("attendance_mark"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollment.id"))
    day: Mapped[date] = mapped_column(Date)
    code: Mapped[str] = mapped_column(String(1))  # H / I / S / A
    note: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Assessment(Synced, Base):
    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("enrollment_id", "unit_id", "attempt"),)

    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollment.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("competency_unit.id"), index=True)
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    result: Mapped[str] = mapped_column(String(2))  # K / BK
    score: Mapped[Decimal | None] = mapped_column(Numeric(5, 2), default=None)
    assessed_on: Mapped[date] = mapped_column(Date)
    assessor: Mapped[str] = mapped_column(String(120), default="")
