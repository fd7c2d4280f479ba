"""What a BLK teaches: vocations, programmes, their competency units, and instructors."""

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from blkdesk.core.models.base import Base, Synced


class Vocation(Synced, Base):
    __tablename__ = "vocation"
    __table_args__ = (UniqueConstraint("inst_code", "code"),)

    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))

    programs: Mapped[list["Program"]] = relationship(back_populates="vocation")


class Program(Synced, Base):
    __tablename__ = "program"
    __table_args__ = (UniqueConstraint("inst_code", "code"),)

    vocation_id: Mapped[int] = mapped_column(ForeignKey("vocation.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="klaster")  # berjenjang/klaster/unit
    total_jp: Mapped[int] = mapped_column(Integer)
    hours_per_day: Mapped[int] = mapped_column(Integer, default=8)
    attendance_threshold: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("80"))
    max_attempts: Mapped[int] = mapped_column(Integer, default=3)
    min_age: Mapped[int | None] = mapped_column(Integer, default=None)
    max_age: Mapped[int | None] = mapped_column(Integer, default=None)
    min_education: Mapped[str | None] = mapped_column(String(40), default=None)
    domicile_scope: Mapped[str] = mapped_column(String(10), default="none")  # none/regency/province
    domicile_code: Mapped[str | None] = mapped_column(String(4), default=None)
    extra_requirement: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    vocation: Mapped[Vocation] = relationship(back_populates="programs")
    units: Mapped[list["CompetencyUnit"]] = relationship(
        back_populates="program", order_by="CompetencyUnit.position"
    )


class CompetencyUnit(Synced, Base):
    __tablename__ = "competency_unit"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    jp: Mapped[int] = mapped_column(Integer)

    program: Mapped[Program] = relationship(back_populates="units")


class Instructor(Synced, Base):
    __tablename__ = "instructor"

    name: Mapped[str] = mapped_column(String(120))
    id_number: Mapped[str] = mapped_column(String(40), default="")
    vocation_id: Mapped[int | None] = mapped_column(ForeignKey("vocation.id"), default=None)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
