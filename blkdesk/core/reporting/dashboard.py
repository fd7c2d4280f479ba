"""Figures for Beranda, and the lists behind them, computed in SQL so they stay quick on ten
years of data."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, Subquery, func, select
from sqlalchemy.orm import Session

from blkdesk.core.models import (
    AttendanceMark,
    Batch,
    Certificate,
    Enrollment,
    ExportLog,
    Institution,
    Placement,
    Program,
    Trainee,
    TrainingDay,
    Vocation,
)
from blkdesk.core.models.joins import with_programme
from blkdesk.core.placement import follow_up
from blkdesk.core.placement.follow_up import graduated
from blkdesk.core.placement.placements import TRAINED, WORKING
from blkdesk.core.statuses import BatchStatus, CertificateStatus, EnrollmentStatus
from blkdesk.core.storage import database_backup
from blkdesk.core.storage.db import Database
from blkdesk.core.training.batches import OPEN_STATUSES

# The province expects last month's submission by this day of the month.
SUBMISSION_DUE_DAY = 10
# Batches whose attendance may still be keyed: running, or finished but not yet closed.
PRINT_WINDOW = timedelta(days=365)


@dataclass(frozen=True)
class Glance:
    batches_running: int
    batches_planned: int
    in_training: int
    in_training_women: int
    unkeyed_days: int
    unkeyed_batches: int
    certificates_to_print: int
    certificate_batches: int
    follow_ups_due: int
    follow_ups_by_months: dict[int, int]
    last_export: ExportLog | None
    submission_due: date
    submission_overdue: bool
    # Which part is missing, when overdue (the banner names it).
    submission_missing: "Submission"


def _count(session: Session, stmt: object) -> int:
    return int(session.scalar(stmt) or 0)  # type: ignore[call-overload]


def last_backup(db: Database) -> datetime | None:
    """When the newest backup of this database was made (naive UTC)."""
    found = database_backup.backups_of(db)
    return found[0].created_at if found else None


def last_export(session: Session) -> ExportLog | None:
    return session.scalar(select(ExportLog).order_by(ExportLog.at.desc()).limit(1))


@dataclass(frozen=True)
class Submission:
    """What of last month's submission to the province has not left the office yet: its monthly
    report and a sync file made after the month ended (one made earlier misses its last days)."""

    monthly_missing: bool
    sync_missing: bool

    @property
    def complete(self) -> bool:
        return not (self.monthly_missing or self.sync_missing)


def submission(session: Session, today: date) -> Submission:
    first = date(today.year, today.month, 1)
    previous = (first - timedelta(days=1)).strftime("%Y-%m")

    def exported(*where: Any) -> bool:
        return session.scalar(select(ExportLog.id).where(*where).limit(1)) is not None

    return Submission(
        monthly_missing=not exported(ExportLog.kind == "monthly", ExportLog.period == previous),
        sync_missing=not exported(
            ExportLog.kind.in_(("sync_full", "sync_delta")),
            ExportLog.at >= datetime(first.year, first.month, 1),
        ),
    )


def submission_overdue(session: Session, today: date) -> bool:
    """Last month's monthly report and sync file should have left the office by the due day of
    this month."""
    if today.day <= SUBMISSION_DUE_DAY:
        return False
    first = date(today.year, today.month, 1)
    started = session.scalar(select(Institution.created_at).where(Institution.is_local))
    if started is not None and first <= started.date() <= today:
        # Set up this month: last month's work was not kept in BLKDesk, so nothing is late.
        return False
    return not submission(session, today).complete


def glance(session: Session, today: date) -> Glance:
    """This month at a glance."""
    export = last_export(session)
    unkeyed = unkeyed_days(session, today)
    calls = follow_up.follow_up_list(session, today)
    to_print = certificates_to_print(session, today)
    running = select(Batch.id).where(
        Batch.status == BatchStatus.RUNNING, Batch.deleted_at.is_(None)
    )
    in_training = dict(
        session.execute(
            # From the running batches' enrollments (by index), not from every enrollment.
            select(Trainee.sex, func.count(Enrollment.id))
            .join(Trainee, Trainee.id == Enrollment.trainee_id)
            .where(
                Enrollment.batch_id.in_(running.scalar_subquery()),
                Enrollment.status == EnrollmentStatus.ACCEPTED,
                Enrollment.deleted_at.is_(None),
            )
            .group_by(Trainee.sex)
        ).all()
    )
    return Glance(
        batches_running=_count(
            session,
            select(func.count(Batch.id)).where(
                Batch.status == BatchStatus.RUNNING, Batch.deleted_at.is_(None)
            ),
        ),
        batches_planned=_count(
            session,
            select(func.count(Batch.id)).where(
                Batch.status == BatchStatus.PLANNED, Batch.deleted_at.is_(None)
            ),
        ),
        in_training=sum(in_training.values()),
        in_training_women=in_training.get("P", 0),
        unkeyed_days=len(unkeyed),
        unkeyed_batches=len({d.batch_id for d in unkeyed}),
        certificates_to_print=len(to_print),
        certificate_batches=len({c.batch for c in to_print}),
        follow_ups_due=len(calls),
        follow_ups_by_months={
            m: sum(1 for c in calls if c.months == m) for m in follow_up.MILESTONES
        },
        last_export=export,
        submission_due=date(today.year, today.month, SUBMISSION_DUE_DAY),
        submission_overdue=submission_overdue(session, today),
        submission_missing=submission(session, today),
    )


@dataclass(frozen=True)
class FirstSteps:
    """How far a new BLK has come: Beranda shows where to start until each exists."""

    programs: int
    trainees: int
    batches: int

    @property
    def done(self) -> bool:
        return bool(self.programs and self.trainees and self.batches)


def first_steps(session: Session) -> FirstSteps:
    def count(model: Any) -> int:
        return _count(
            session, select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        )

    return FirstSteps(count(Program), count(Trainee), count(Batch))


@dataclass(frozen=True)
class UnkeyedDay:
    batch_id: int
    batch: str
    program: str
    day: date
    keyed: int
    participants: int


def unkeyed_days(session: Session, today: date) -> list[UnkeyedDay]:
    """Training days up to today on which fewer marks are keyed than the batch has participants."""
    open_batches = (
        select(Batch.id)
        .where(Batch.status.in_(OPEN_STATUSES), Batch.deleted_at.is_(None))
        .scalar_subquery()
    )
    participants = dict(
        session.execute(
            select(Enrollment.batch_id, func.count())
            .where(
                Enrollment.batch_id.in_(open_batches),
                Enrollment.status == EnrollmentStatus.ACCEPTED,
                Enrollment.deleted_at.is_(None),
            )
            .group_by(Enrollment.batch_id)
        ).all()
    )
    keyed = {
        (batch_id, day): n
        for batch_id, day, n in session.execute(
            select(Enrollment.batch_id, AttendanceMark.day, func.count())
            .join(Enrollment, Enrollment.id == AttendanceMark.enrollment_id)
            .where(
                Enrollment.batch_id.in_(open_batches),
                Enrollment.status == EnrollmentStatus.ACCEPTED,
                AttendanceMark.deleted_at.is_(None),
                AttendanceMark.day <= today,
            )
            .group_by(Enrollment.batch_id, AttendanceMark.day)
        )
    }
    days = session.execute(
        select(TrainingDay.batch_id, Batch.name, Program.name, TrainingDay.day)
        .join(Batch, Batch.id == TrainingDay.batch_id)
        .join(Program, Program.id == Batch.program_id)
        .where(TrainingDay.batch_id.in_(open_batches), TrainingDay.day <= today)
        .order_by(TrainingDay.day, Batch.name)
    )
    out = []
    for batch_id, batch, program, day in days:
        expected = participants.get(batch_id, 0)
        done = keyed.get((batch_id, day), 0)
        if expected and done < expected:
            out.append(UnkeyedDay(batch_id, batch, program, day, done, expected))
    return out


@dataclass(frozen=True)
class CertificateToPrint:
    number: str
    name: str
    batch: str
    issued_on: date


def certificates_to_print(session: Session, today: date) -> list[CertificateToPrint]:
    """Certificates issued in the past year and never printed. Only that year is searched, by
    the issue-date index: a certificate left unprinted longer is not waiting, it is forgotten,
    and scanning ten years of certificates would cost Beranda a tenth of a second."""
    stmt = (
        select(Certificate.number, Trainee.name, Batch.name, Certificate.issued_on)
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .join(Batch, Batch.id == Enrollment.batch_id)
        .where(
            Certificate.issued_on >= today - PRINT_WINDOW,
            Certificate.status == CertificateStatus.ISSUED,
            Certificate.print_count == 0,
            Certificate.deleted_at.is_(None),
        )
        .order_by(Certificate.issued_on, Certificate.number)
    )
    return [CertificateToPrint(*row) for row in session.execute(stmt)]


@dataclass(frozen=True)
class VocationFigures:
    vocation_id: int
    code: str
    name: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _trained_this_year(year: int, today: date) -> list[object]:
    first, last = _year_span(year)
    return [
        Enrollment.status.in_(TRAINED),
        Enrollment.deleted_at.is_(None),
        Batch.deleted_at.is_(None),
        Batch.start_date.between(first, min(last, today)),
    ]


def participants_by_vocation_sex(session: Session, year: int, today: date) -> list[VocationFigures]:
    """Participants of the batches that started in `year` (up to today), by vocation and sex."""
    stmt = (
        with_programme(
            select(Vocation.id, Vocation.code, Vocation.name, Trainee.sex, func.count())
            .select_from(Enrollment)
            .join(Trainee, Trainee.id == Enrollment.trainee_id),
            vocation=True,
        )
        .where(*_trained_this_year(year, today))  # type: ignore[arg-type]
        .group_by(Vocation.id, Vocation.code, Vocation.name, Trainee.sex)
    )
    figures: dict[int, VocationFigures] = {}
    for voc_id, code, name, sex, n in session.execute(stmt):
        figures.setdefault(voc_id, VocationFigures(voc_id, code, name)).counts[sex] = n
    return sorted(figures.values(), key=lambda f: (-f.total, f.name))


@dataclass(frozen=True)
class ParticipantRow:
    name: str
    sex: str
    program: str
    batch: str
    start: date
    status: str


def participants(
    session: Session, year: int, today: date, vocation_id: int, sex: str | None = None
) -> list[ParticipantRow]:
    stmt = (
        with_programme(
            select(
                Trainee.name,
                Trainee.sex,
                Program.name,
                Batch.name,
                Batch.start_date,
                Enrollment.status,
            )
            .select_from(Enrollment)
            .join(Trainee, Trainee.id == Enrollment.trainee_id)
        )
        .where(*_trained_this_year(year, today), Program.vocation_id == vocation_id)  # type: ignore[arg-type]
        .order_by(Batch.start_date, Batch.name, Trainee.name_norm)
    )
    if sex is not None:
        stmt = stmt.where(Trainee.sex == sex)
    return [ParticipantRow(*row) for row in session.execute(stmt)]


def _graduates_of_year(year: int) -> list[object]:
    first, last = _year_span(year)
    return [
        graduated(),
        Enrollment.deleted_at.is_(None),
        Batch.deleted_at.is_(None),
        Trainee.deleted_at.is_(None),
        Batch.end_date.between(first, last),
    ]


def _graduates_query(year: int, vocation_id: int | None = None) -> "Select[*tuple[Any, ...]]":
    stmt = (
        select(Enrollment.trainee_id)
        .join(Batch, Batch.id == Enrollment.batch_id)
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .where(*_graduates_of_year(year))  # type: ignore[arg-type]
    )
    if vocation_id is not None:
        stmt = stmt.join(Program, Program.id == Batch.program_id).where(
            Program.vocation_id == vocation_id
        )
    return stmt


def _latest_outcome(year: int, vocation_id: int | None = None) -> Subquery:
    """(trainee_id, outcome) of the latest placement of each graduate of `year`, ranked in SQL."""
    ranked = (
        select(
            Placement.trainee_id,
            Placement.outcome,
            func.row_number()
            .over(
                partition_by=Placement.trainee_id,
                order_by=(Placement.recorded_on.desc(), Placement.id.desc()),
            )
            .label("rank"),
        )
        .where(
            Placement.deleted_at.is_(None),
            Placement.trainee_id.in_(_graduates_query(year, vocation_id).scalar_subquery()),
        )
        .subquery()
    )
    return select(ranked.c.trainee_id, ranked.c.outcome).where(ranked.c.rank == 1).subquery()


def placement_by_vocation(session: Session, year: int) -> list[VocationFigures]:
    """The graduates of batches that ended in `year`, by vocation and latest placement outcome
    ("" for those not traced yet). The placement rate is the working share of all graduates."""

    def by_vocation(stmt: "Select[*tuple[Any, ...]]") -> "Select[*tuple[Any, ...]]":
        return (
            with_programme(
                stmt.join(Trainee, Trainee.id == Enrollment.trainee_id), vocation=True
            ).where(*_graduates_of_year(year))  # type: ignore[arg-type]
        )

    totals = by_vocation(
        select(Vocation.id, Vocation.code, Vocation.name, func.count()).select_from(Enrollment)
    ).group_by(Vocation.id, Vocation.code, Vocation.name)
    figures = {
        voc_id: VocationFigures(voc_id, code, name, {"": n})
        for voc_id, code, name, n in session.execute(totals)
    }
    # Walk the latest placements and look their graduates up by index; an outer join from the
    # graduates to the ranked subquery would make SQLite scan it once per graduate.
    latest = _latest_outcome(year)
    traced = by_vocation(
        select(Vocation.id, latest.c.outcome, func.count())
        .select_from(latest)
        .join(Enrollment, Enrollment.trainee_id == latest.c.trainee_id)
    ).group_by(Vocation.id, latest.c.outcome)
    for voc_id, outcome, n in session.execute(traced):
        figures[voc_id].counts[outcome] = n
        figures[voc_id].counts[""] -= n
    return sorted(figures.values(), key=lambda f: (-placement_rate(f), f.name))


def placement_rate(figures: VocationFigures) -> float:
    placed = sum(figures.counts.get(outcome, 0) for outcome in WORKING)
    return placed / figures.total if figures.total else 0.0


@dataclass(frozen=True)
class GraduateStatus:
    name: str
    phone: str
    program: str
    batch: str
    end_date: date | None
    outcome: str  # "" when not traced yet


def graduates_by_status(
    session: Session, year: int, vocation_id: int, outcome: str | None = None
) -> list[GraduateStatus]:
    """The list behind one bar of the placement chart."""
    latest = _latest_outcome(year, vocation_id)
    status = dict(session.execute(select(latest.c.trainee_id, latest.c.outcome)).all())
    stmt = (
        with_programme(
            select(
                Trainee.id, Trainee.name, Trainee.phone, Program.name, Batch.name, Batch.end_date
            )
            .select_from(Enrollment)
            .join(Trainee, Trainee.id == Enrollment.trainee_id)
        )
        .where(*_graduates_of_year(year), Program.vocation_id == vocation_id)  # type: ignore[arg-type]
        .order_by(Batch.end_date, Batch.name, Trainee.name_norm)
    )
    rows = [
        GraduateStatus(name, phone, program, batch, end, status.get(tid, ""))
        for tid, name, phone, program, batch, end in session.execute(stmt)
    ]
    if outcome is not None:
        rows = [r for r in rows if r.outcome == outcome]
    return rows
