"""The province's figures per BLK and per kabupaten/kota, and the people behind each one.

Definitions (the same words as the BLK's own Beranda):
- peserta: participations (selected as peserta, including those who later withdrew) in batches
  that started this year, up to today;
- perempuan, calon PMI: among those participations;
- muda 15–24 and 15–29: the participant's age on the batch's first day;
- kelulusan: lulus (a signer's override wins) among the participations of this year's batches
  that have ended;
- penempatan 6 bulan: graduates whose batch ended between 18 and 6 months ago who were working
  (employed, self-employed or a migrant worker) by six months after the end, by the placements
  recorded for them.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, case, exists, func, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from blkdesk.core.clock import age_on
from blkdesk.core.models import (
    Batch,
    Enrollment,
    Institution,
    Placement,
    Program,
    RegisteredBlk,
    Trainee,
    Vocation,
)
from blkdesk.core.models.joins import with_programme
from blkdesk.core.placement.follow_up import add_months, graduated
from blkdesk.core.placement.placements import TRAINED, WORKING
from blkdesk.core.sqldates import age_between, months_after

YOUTH = ((15, 24), (15, 29))
PLACEMENT_MONTHS = 6
COHORT_MONTHS = 12


class Measure(StrEnum):
    """What a figure counts; each opens the list of people behind it."""

    TRAINEES = "trainees"
    WOMEN = "women"
    YOUTH_24 = "youth_24"
    YOUTH_29 = "youth_29"
    PMI = "pmi"
    GRADUATED = "graduated"
    ENDED = "ended"
    PLACED = "placed"
    COHORT = "cohort"


@dataclass
class Figures:
    """One BLK's (or one regency's, or the province's) figures for the year."""

    key: str  # BLK code, regency code, or "" for the province total
    name: str
    blks: int = 1
    counts: dict[Measure, int] = field(default_factory=lambda: dict.fromkeys(Measure, 0))

    def __getitem__(self, measure: Measure) -> int:
        return self.counts[measure]

    def share(self, part: Measure, whole: Measure = Measure.TRAINEES) -> float | None:
        """Percent of `whole` (None when there is nothing to divide by)."""
        total = self.counts[whole]
        return 100 * self.counts[part] / total if total else None

    @property
    def graduation_rate(self) -> float | None:
        return self.share(Measure.GRADUATED, Measure.ENDED)

    @property
    def placement_rate(self) -> float | None:
        return self.share(Measure.PLACED, Measure.COHORT)

    def add(self, other: "Figures") -> None:
        for measure, n in other.counts.items():
            self.counts[measure] += n


@dataclass(frozen=True)
class PersonRow:
    """One line of a list behind a figure."""

    inst_code: str
    institution: str
    nik: str
    name: str
    sex: str
    age: int
    program: str
    batch: str
    start: date
    end: date | None
    outcome: str


def _year_filter(year: int, today: date) -> list[ColumnElement[bool]]:
    return [
        Enrollment.status.in_(TRAINED),
        Enrollment.deleted_at.is_(None),
        Trainee.deleted_at.is_(None),
        Batch.deleted_at.is_(None),
        Batch.start_date.between(date(year, 1, 1), min(date(year, 12, 31), today)),
    ]


def participants_per(year: int, today: date, *columns: Any) -> Select[*tuple[Any, ...]]:
    """This year's participants counted per `columns` (each row: the columns, then the count),
    with their trainee, batch, programme and vocation joined for the columns to name."""
    return (
        with_programme(
            select(*columns, func.count())
            .select_from(Enrollment)
            .join(Trainee, Trainee.id == Enrollment.trainee_id),
            vocation=True,
        )
        .where(*_year_filter(year, today))
        .group_by(*columns)
    )


def cohort_span(today: date) -> tuple[date, date]:
    """Batch end dates whose graduates have had six months to find work: the 12 months ending
    six months ago."""
    last = add_months(today, -PLACEMENT_MONTHS)
    return add_months(last, -COHORT_MONTHS), last


def _conditions(today: date) -> dict[Measure, ColumnElement[bool]]:
    """Each of the year's measures as a condition on one participation (Enrollment joined to its
    Trainee and Batch): the figures count them in SQL and the lists behind them filter by the
    very same conditions."""
    ended = and_(Batch.end_date.is_not(None), Batch.end_date <= today)
    outcome = func.coalesce(Enrollment.outcome_override, Enrollment.outcome, "")
    return {
        Measure.TRAINEES: true(),
        Measure.WOMEN: Trainee.sex == "P",
        Measure.YOUTH_24: age_between(Trainee.birth_date, Batch.start_date, *YOUTH[0]),
        Measure.YOUTH_29: age_between(Trainee.birth_date, Batch.start_date, *YOUTH[1]),
        Measure.PMI: Trainee.is_pmi_candidate.is_(True),
        Measure.ENDED: ended,
        Measure.GRADUATED: and_(ended, outcome == "lulus"),
    }


def _placed() -> ColumnElement[bool]:
    """A graduate recorded (or known to have started) working by six months after the batch
    ended."""
    deadline = months_after(Batch.end_date, PLACEMENT_MONTHS)
    return exists().where(
        Placement.trainee_id == Enrollment.trainee_id,
        Placement.deleted_at.is_(None),
        Placement.outcome.in_(WORKING),
        or_(Placement.recorded_on <= deadline, Placement.start_date <= deadline),
    )


def _cohort_filter(today: date) -> list[ColumnElement[bool]]:
    first, last = cohort_span(today)
    return [
        graduated(),
        Enrollment.deleted_at.is_(None),
        Trainee.deleted_at.is_(None),
        Batch.deleted_at.is_(None),
        Batch.end_date > first,
        Batch.end_date <= last,
    ]


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def blk_names(session: Session) -> dict[str, tuple[str, str]]:
    """{code: (name, regency code)} of every BLK known: registered, or merged but not yet
    registered."""
    names = {
        code: (name, regency)
        for code, name, regency in session.execute(
            select(Institution.code, Institution.name, Institution.regency_code).where(
                Institution.is_local.is_(False)
            )
        )
    }
    for code, name, regency, active in session.execute(
        select(RegisteredBlk.code, RegisteredBlk.name, RegisteredBlk.regency_code,
               RegisteredBlk.active)
    ):  # fmt: skip
        if active:
            names[code] = (name, regency)
        else:
            names.pop(code, None)
    return names


def per_blk(session: Session, year: int, today: date) -> list[Figures]:
    """Figures per BLK, every registered BLK included (a silent one shows zeros), by name."""
    names = blk_names(session)
    figures = {code: Figures(code, name) for code, (name, _regency) in names.items()}

    def of(code: str) -> Figures:
        if code not in figures:
            figures[code] = Figures(code, code)
        return figures[code]

    # Two grouped queries, a line per BLK each: the database counts, Python only files them.
    conditions = _conditions(today)
    year_counts = (
        select(Enrollment.inst_code, *(_count(c) for c in conditions.values()))
        .select_from(Batch)
        .join(Enrollment, Enrollment.batch_id == Batch.id)
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .where(*_year_filter(year, today))
        .group_by(Enrollment.inst_code)
    )
    for code, *counts in session.execute(year_counts):
        of(code).counts.update(zip(conditions, counts, strict=True))
    cohort_counts = (
        select(Enrollment.inst_code, func.count(), _count(_placed()))
        .select_from(Batch)
        .join(Enrollment, Enrollment.batch_id == Batch.id)
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .where(*_cohort_filter(today))
        .group_by(Enrollment.inst_code)
    )
    for code, cohort, placed in session.execute(cohort_counts):
        of(code).counts.update({Measure.COHORT: cohort, Measure.PLACED: placed})
    return sorted(figures.values(), key=lambda f: f.name)


def per_regency(session: Session, blks: list[Figures]) -> list[Figures]:
    """The BLK figures added up per kabupaten/kota of the BLK."""
    from blkdesk.core.province.blks import regency_name

    names = blk_names(session)
    regencies: dict[str, Figures] = {}
    for figures in blks:
        regency = names.get(figures.key, ("", ""))[1]
        if regency not in regencies:
            regencies[regency] = Figures(regency, regency_name(regency), blks=0)
        regencies[regency].add(figures)
        regencies[regency].blks += 1
    return sorted(regencies.values(), key=lambda f: f.key)


def total(blks: list[Figures]) -> Figures:
    out = Figures("", "Provinsi", blks=len(blks))
    for figures in blks:
        out.add(figures)
    return out


def people(
    session: Session, year: int, today: date, measure: Measure, codes: Iterable[str] | None = None
) -> list[PersonRow]:
    """The people behind a figure (of the given BLKs, or all), by BLK, start and name."""
    names = blk_names(session)
    codes = list(codes) if codes is not None else None
    if measure in (Measure.PLACED, Measure.COHORT):
        return _cohort_people(session, today, measure, codes, names)
    stmt = (
        _people_query(_OUTCOME)
        .where(*_year_filter(year, today), _conditions(today)[measure])
        .order_by(Enrollment.inst_code, Batch.start_date, Batch.name, Trainee.name_norm)
    )
    if codes is not None:
        stmt = stmt.where(Enrollment.inst_code.in_(codes))
    return _person_rows(session, stmt, names)


_OUTCOME = func.coalesce(Enrollment.outcome_override, Enrollment.outcome, "")


def _people_query(last: ColumnElement[Any], *, vocation: bool = False) -> Select[Any]:
    """Who took part, with their programme and batch; `last` is what the list's last column
    says of each (their outcome, or whether they work)."""
    stmt = select(
        Enrollment.inst_code, Trainee.nik, Trainee.name, Trainee.sex, Trainee.birth_date,
        Program.name, Batch.name, Batch.start_date, Batch.end_date, last,
    ).select_from(Enrollment).join(Trainee, Trainee.id == Enrollment.trainee_id)  # fmt: skip
    return with_programme(stmt, vocation=vocation)


def _person_rows(
    session: Session, stmt: Select[Any], names: dict[str, tuple[str, str]]
) -> list[PersonRow]:
    return [
        PersonRow(code, names.get(code, (code, ""))[0], nik, name, sex, age_on(birth, start),
                  program, batch, start, end, last)
        for code, nik, name, sex, birth, program, batch, start, end, last
        in session.execute(stmt)
    ]  # fmt: skip


def _cohort_people(
    session: Session,
    today: date,
    measure: Measure,
    codes: list[str] | None,
    names: dict[str, tuple[str, str]],
) -> list[PersonRow]:
    placed = _placed()
    stmt = (
        _people_query(case((placed, "bekerja"), else_=""))
        .where(*_cohort_filter(today))
        .order_by(Enrollment.inst_code, Batch.end_date, Batch.name, Trainee.name_norm)
    )
    if measure is Measure.PLACED:
        stmt = stmt.where(placed)
    if codes is not None:
        stmt = stmt.where(Enrollment.inst_code.in_(codes))
    return _person_rows(session, stmt, names)


@dataclass
class VocationLine:
    """One vocation across the BLKs: how many BLKs ran it this year and how many took part."""

    code: str
    name: str
    blks: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=lambda: {"L": 0, "P": 0})

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def by_vocation(session: Session, year: int, today: date) -> list[VocationLine]:
    """Participants this year per vocation, matched across BLKs by the vocation's code (every
    BLK starts from the same list), so "Kecantikan" is one line with its BLK count."""
    stmt = participants_per(
        year, today, Vocation.code, Vocation.name, Enrollment.inst_code, Trainee.sex
    )
    lines: dict[str, VocationLine] = {}
    for code, name, inst_code, sex, n in session.execute(stmt):
        key = code.strip().upper()
        line = lines.setdefault(key, VocationLine(key, name))
        line.blks.add(inst_code)
        line.counts[sex] = line.counts.get(sex, 0) + n
    return sorted(lines.values(), key=lambda v: (-v.total, v.name))


def vocation_people(
    session: Session, year: int, today: date, vocation_code: str, sex: str | None = None
) -> list[PersonRow]:
    names = blk_names(session)
    stmt = (
        _people_query(_OUTCOME, vocation=True)
        .where(*_year_filter(year, today), func.upper(Vocation.code) == vocation_code)
        .order_by(Enrollment.inst_code, Batch.start_date, Trainee.name_norm)
    )
    if sex is not None:
        stmt = stmt.where(Trainee.sex == sex)
    return _person_rows(session, stmt, names)
