"""Trainees (peserta / pendaftar) as registered at intake."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from blkdesk.core.models.base import Base, Synced, deleted_rows_index


class Trainee(Synced, Base):
    __tablename__ = "trainee"
    __table_args__ = (
        # One person per BLK; a province database holds the same NIK once per BLK that trained it.
        UniqueConstraint("inst_code", "nik"),
        Index("ix_trainee_name_norm", "name_norm"),
        Index("ix_trainee_phone", "phone"),
        Index("ix_trainee_birth", "birth_date", "name_norm"),
        # The unique constraint leads with inst_code; NIK-prefix search needs NIK first.
        Index("ix_trainee_nik", "nik"),
        # The registry sorts by registration date, and by sex (walking an index, not sorting).
        Index("ix_trainee_created", "created_at"),
        Index("ix_trainee_sex", "sex"),
        deleted_rows_index("trainee"),
    )

    nik: Mapped[str] = mapped_column(String(16))
    kk_number: Mapped[str] = mapped_column(String(16), default="")
    name: Mapped[str] = mapped_column(String(150))
    # Lower-cased, single-spaced copy of the name: the search index both dialects can use.
    name_norm: Mapped[str] = mapped_column(String(150))
    birth_place: Mapped[str] = mapped_column(String(80), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))  # L / P
    religion: Mapped[str] = mapped_column(String(20), default="")
    marital_status: Mapped[str] = mapped_column(String(20), default="")
    education: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    village: Mapped[str] = mapped_column(String(80), default="")
    district: Mapped[str] = mapped_column(String(80), default="")
    regency_code: Mapped[str] = mapped_column(String(4), default="", index=True)
    province_code: Mapped[str] = mapped_column(String(2), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    disability: Mapped[str] = mapped_column(String(20), default="")  # "" or a refdata kind
    employment_status: Mapped[str] = mapped_column(String(40), default="")
    ak1_number: Mapped[str] = mapped_column(String(40), default="")
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, default=None))
    notes: Mapped[str] = mapped_column(Text, default="")
    is_pmi_candidate: Mapped[bool] = mapped_column(Boolean, default=False)
    destination_country: Mapped[str] = mapped_column(String(60), default="")
    passport_number: Mapped[str] = mapped_column(String(20), default="")
    language: Mapped[str] = mapped_column(String(60), default="")
    guardian_name: Mapped[str] = mapped_column(String(120), default="")
    guardian_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    consent_by: Mapped[str] = mapped_column(String(120), default="")
    duplicate_reason: Mapped[str] = mapped_column(Text, default="")
