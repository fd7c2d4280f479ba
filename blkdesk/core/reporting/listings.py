"""Read-only lists the pages show: plain rows, so the GUI and the CLI format them alike."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blkdesk.core.models import (
    AttendanceMark,
    Batch,
    Certificate,
    CompetencyUnit,
    Enrollment,
    ExportLog,
    Program,
    TrainingDay,
    User,
    Vocation,
)
from blkdesk.core.statuses import CertificateStatus, EnrollmentStatus


@dataclass(frozen=True)
class ProgramRow:
    id: int
    vocation: str
    code: str
    name: str
    total_jp: int
    units: int
    active: bool


@dataclass(frozen=True)
class BatchRow:
    id: int
    name: str
    program: str
    vocation: str
    start: date
    end: date | None
    status: str
    participants: int
    capacity: int
    training_days: int
    marks: int
    certificates: int
    inst_code: str = ""


def programs(session: Session) -> list[ProgramRow]:
    units = (
        select(CompetencyUnit.program_id, func.count().label("n"))
        .where(CompetencyUnit.deleted_at.is_(None))
        .group_by(CompetencyUnit.program_id)
        .subquery()
    )
    stmt = (
        select(Program, Vocation.name, func.coalesce(units.c.n, 0))
        .join(Vocation, Vocation.id == Program.vocation_id)
        .outerjoin(units, units.c.program_id == Program.id)
        .where(Program.deleted_at.is_(None))
        .order_by(Vocation.name, Program.name)
    )
    return [
        ProgramRow(p.id, voc, p.code, p.name, p.total_jp, n, p.active)
        for p, voc, n in session.execute(stmt)
    ]


def batches(session: Session, statuses: tuple[str, ...] | None = None) -> list[BatchRow]:
    # Counting marks and certificates costs a pass over millions of rows, so the counts are
    # taken only for the batches the caller asked for.
    wanted = select(Batch.id).where(Batch.deleted_at.is_(None))
    if statuses:
        wanted = wanted.where(Batch.status.in_(statuses))
    participants = (
        select(Enrollment.batch_id, func.count().label("n"))
        .where(
            Enrollment.status == EnrollmentStatus.ACCEPTED,
            Enrollment.deleted_at.is_(None),
            Enrollment.batch_id.in_(wanted),
        )
        .group_by(Enrollment.batch_id)
        .subquery()
    )
    days = (
        select(TrainingDay.batch_id, func.count().label("n"))
        .where(TrainingDay.batch_id.in_(wanted))
        .group_by(TrainingDay.batch_id)
        .subquery()
    )
    marks = (
        select(Enrollment.batch_id, func.count(AttendanceMark.id).label("n"))
        .join(AttendanceMark, AttendanceMark.enrollment_id == Enrollment.id)
        .where(AttendanceMark.deleted_at.is_(None), Enrollment.batch_id.in_(wanted))
        .group_by(Enrollment.batch_id)
        .subquery()
    )
    certs = (
        select(Enrollment.batch_id, func.count(Certificate.id).label("n"))
        .join(Certificate, Certificate.enrollment_id == Enrollment.id)
        .where(Certificate.status == CertificateStatus.ISSUED, Enrollment.batch_id.in_(wanted))
        .group_by(Enrollment.batch_id)
        .subquery()
    )
    stmt = (
        select(
            Batch,
            Program.name,
            Vocation.name,
            func.coalesce(participants.c.n, 0),
            func.coalesce(days.c.n, 0),
            func.coalesce(marks.c.n, 0),
            func.coalesce(certs.c.n, 0),
        )
        .join(Program, Program.id == Batch.program_id)
        .join(Vocation, Vocation.id == Program.vocation_id)
        .outerjoin(participants, participants.c.batch_id == Batch.id)
        .outerjoin(days, days.c.batch_id == Batch.id)
        .outerjoin(marks, marks.c.batch_id == Batch.id)
        .outerjoin(certs, certs.c.batch_id == Batch.id)
        .where(Batch.deleted_at.is_(None))
        .order_by(Batch.start_date.desc(), Batch.id.desc())
    )
    if statuses:
        stmt = stmt.where(Batch.status.in_(statuses))
    return [
        BatchRow(b.id, b.name, prog, voc, b.start_date, b.end_date, b.status, n_part,
                 b.capacity, n_days, n_marks, n_certs, b.inst_code)
        for b, prog, voc, n_part, n_days, n_marks, n_certs in session.execute(stmt)
    ]  # fmt: skip


@dataclass(frozen=True)
class BatchChoice:
    """A batch as a chooser lists it: no counts, so listing ten years of batches stays quick."""

    id: int
    name: str
    program: str
    start: date
    end: date | None
    status: str
    inst_code: str


def batch_choices(session: Session, statuses: tuple[str, ...] | None = None) -> list[BatchChoice]:
    """Batches newest first, for the choosers of Kehadiran and Penilaian & Sertifikat."""
    stmt = (
        select(
            Batch.id,
            Batch.name,
            Program.name,
            Batch.start_date,
            Batch.end_date,
            Batch.status,
            Batch.inst_code,
        )
        .join(Program, Program.id == Batch.program_id)
        .where(Batch.deleted_at.is_(None))
        .order_by(Batch.start_date.desc(), Batch.id.desc())
    )
    if statuses:
        stmt = stmt.where(Batch.status.in_(statuses))
    # Plain columns through Core: the ORM's row handling was a third of listing ten years.
    return [BatchChoice(*row) for row in session.connection().execute(stmt).all()]


def users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def export_log(session: Session, limit: int = 200) -> list[ExportLog]:
    return list(session.scalars(select(ExportLog).order_by(ExportLog.at.desc()).limit(limit)))


SYNC_KINDS = ("sync_full", "sync_delta")


def last_sync_export(session: Session) -> ExportLog | None:
    """The newest sync export: the next delta starts from it (and Laporan shows it without
    loading the Excel writer)."""
    return session.scalar(
        select(ExportLog)
        .where(ExportLog.kind.in_(SYNC_KINDS))
        .order_by(ExportLog.at.desc(), ExportLog.id.desc())
        .limit(1)
    )
