"""Double funding: the same NIK selected as a participant by more than one BLK in one year.

Public money trains a job seeker once a year; a second BLK training the same person the same
year is what the province must see, per year, with every training behind it.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from blkdesk.core.models import Batch, Enrollment, Institution, Program, RegisteredBlk, Trainee
from blkdesk.core.statuses import EnrollmentStatus

TRAINED = (EnrollmentStatus.ACCEPTED,)


@dataclass(frozen=True)
class FundedTraining:
    inst_code: str
    institution: str
    name: str
    program: str
    batch: str
    start: date
    end: date | None
    funding: str


@dataclass(frozen=True)
class Case:
    nik: str
    year: int
    trainings: tuple[FundedTraining, ...]

    @property
    def name(self) -> str:
        return self.trainings[0].name

    @property
    def institutions(self) -> list[str]:
        return sorted({t.institution for t in self.trainings})


def _live() -> tuple[object, ...]:
    return (
        Enrollment.status.in_(TRAINED),
        Enrollment.deleted_at.is_(None),
        Trainee.deleted_at.is_(None),
        Batch.deleted_at.is_(None),
    )


def years(session: Session) -> list[int]:
    """Years that have any case, newest first."""
    return sorted({year for _nik, year in _pairs(session, None)}, reverse=True)


def _pairs(session: Session, year: int | None) -> list[tuple[str, int]]:
    stmt = (
        select(Trainee.nik, Batch.year)
        .join(Enrollment, Enrollment.trainee_id == Trainee.id)
        .join(Batch, Batch.id == Enrollment.batch_id)
        .where(*_live())  # type: ignore[arg-type]
        .group_by(Trainee.nik, Batch.year)
        .having(func.count(func.distinct(Enrollment.inst_code)) > 1)
    )
    if year is not None:
        stmt = stmt.where(Batch.year == year)
    return [(nik, y) for nik, y in session.execute(stmt)]


def cases(session: Session, year: int | None = None) -> list[Case]:
    """Every case (of one year, when given), by year then NIK, each with its trainings."""
    pairs = _pairs(session, year)
    registered = dict(session.execute(select(RegisteredBlk.code, RegisteredBlk.name)).all())
    found: dict[tuple[str, int], list[FundedTraining]] = defaultdict(list)
    for start in range(0, len(pairs), 400):
        chunk = pairs[start : start + 400]
        rows = session.execute(
            select(
                Trainee.nik, Batch.year, Enrollment.inst_code, Institution.name, Trainee.name,
                Program.name, Batch.name, Batch.start_date, Batch.end_date, Batch.funding,
            )
            .join(Enrollment, Enrollment.trainee_id == Trainee.id)
            .join(Batch, Batch.id == Enrollment.batch_id)
            .join(Program, Program.id == Batch.program_id)
            .outerjoin(Institution, Institution.code == Enrollment.inst_code)
            .where(*_live(), tuple_(Trainee.nik, Batch.year).in_(chunk))  # type: ignore[arg-type]
            .order_by(Trainee.nik, Batch.year, Batch.start_date)
        )  # fmt: skip
        for nik, y, code, inst_name, name, program, batch, begin, end, funding in rows:
            institution = registered.get(code) or inst_name or code
            found[(nik, y)].append(
                FundedTraining(code, institution, name, program, batch, begin, end, funding)
            )
    ordered = sorted(found.items(), key=lambda item: (-item[0][1], item[0][0]))
    return [Case(nik, y, tuple(t)) for (nik, y), t in ordered]


@dataclass(frozen=True)
class Training:
    inst_code: str
    institution: str
    program: str
    batch: str
    start: date
    end: date | None
    status: str
    outcome: str


def trainings_of_nik(session: Session, nik: str) -> list[Training]:
    """Every batch this NIK joined, at every BLK in the province's data, oldest first: the
    trainee view at the province shows where else the person trained."""
    registered = dict(session.execute(select(RegisteredBlk.code, RegisteredBlk.name)).all())
    rows = session.execute(
        select(
            Enrollment.inst_code, Institution.name, Program.name, Batch.name, Batch.start_date,
            Batch.end_date, Enrollment.status,
            func.coalesce(Enrollment.outcome_override, Enrollment.outcome, ""),
        )
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .join(Batch, Batch.id == Enrollment.batch_id)
        .join(Program, Program.id == Batch.program_id)
        .outerjoin(Institution, Institution.code == Enrollment.inst_code)
        .where(
            Trainee.nik == nik, Trainee.deleted_at.is_(None), Enrollment.deleted_at.is_(None),
            Batch.deleted_at.is_(None),
        )
        .order_by(Batch.start_date, Enrollment.inst_code)
    )  # fmt: skip
    return [
        Training(code, registered.get(code) or name or code, program, batch, start, end,
                 status, outcome)
        for code, name, program, batch, start, end, status, outcome in rows
    ]  # fmt: skip


def institution_names(session: Session) -> dict[str, str]:
    """{code: name} of every institution whose records the database holds, the registered
    name winning."""
    names = dict(session.execute(select(Institution.code, Institution.name)).all())
    names.update(session.execute(select(RegisteredBlk.code, RegisteredBlk.name)).all())
    return names
