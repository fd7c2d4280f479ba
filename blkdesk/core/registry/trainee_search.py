"""Finding trainees quickly in a registry of 100,000: by name prefix, NIK prefix or phone,
narrowed by vocation, batch, status, year and regency, sorted by any listed column.

Pages are keyset pages: each continues after the (sort value, id) of the previous page's last
row, so page 500 costs what page 1 costs. Every sort column has a plain index.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from blkdesk.core.models import Batch, Enrollment, Institution, Program, Trainee, Vocation
from blkdesk.core.refdata import ENROLLMENT_STATUSES, OUTCOMES, regency_name
from blkdesk.core.registry import search_plan
from blkdesk.core.registry.nik import normalise as normalise_nik
from blkdesk.core.text import normalise_name

_MAX_CHAR = "\U0010ffff"
NIK_LENGTH = 16
# Enrollment filters matching this many rows are tested per row rather than collected.
COMMON = 3000

# Column key -> the indexed column it sorts by.
SORT_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "name": Trainee.name_norm,
    "nik": Trainee.nik,
    "sex": Trainee.sex,
    "birth_date": Trainee.birth_date,
    "regency": Trainee.regency_code,
    "phone": Trainee.phone,
    "registered": Trainee.created_at,
}
# A trainee's status is what happened in any of their batches: selection, then outcome.
STATUS_FILTERS: dict[str, str] = {**ENROLLMENT_STATUSES, **OUTCOMES}


@dataclass(frozen=True)
class TraineeRow:
    id: int
    nik: str
    name: str
    name_norm: str
    sex: str
    birth_date: date
    regency_code: str
    phone: str
    created_at: datetime
    inst_code: str = ""

    def sort_value(self, column: str) -> Any:
        return getattr(self, SORT_COLUMNS[column].key)


@dataclass(frozen=True)
class Filters:
    vocation_id: int | None = None
    batch_id: int | None = None
    status: str | None = None
    year: int | None = None
    regency_code: str | None = None
    # The BLK whose records to show (the province's desk holds every BLK's).
    inst_code: str | None = None

    def enrollment_conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.batch_id is not None:
            conditions.append(Enrollment.batch_id == self.batch_id)
        if self.year is not None:
            conditions.append(Batch.year == self.year)
        if self.vocation_id is not None:
            conditions.append(Program.vocation_id == self.vocation_id)
        if self.status in ENROLLMENT_STATUSES:
            conditions.append(Enrollment.status == self.status)
        elif self.status in OUTCOMES:
            conditions.append(
                func.coalesce(Enrollment.outcome_override, Enrollment.outcome) == self.status
            )
        return conditions


@dataclass(frozen=True)
class Sort:
    column: str = "name"
    descending: bool = False


def _prefix(
    column: ColumnElement[Any] | InstrumentedAttribute[Any], prefix: str
) -> ColumnElement[bool]:
    """`LIKE 'x%'` as a range, which a plain index serves on SQLite and PostgreSQL alike."""
    return and_(column >= prefix, column < prefix + _MAX_CHAR)


Ranges = list[tuple[InstrumentedAttribute[str], str]]


def _text_ranges(text: str, masked: bool = False) -> Ranges | None:
    """(column, prefix) pairs the typed text may match: a name, or a NIK or phone prefix.

    None when the text may match nothing: someone who sees NIKs and phone numbers masked finds
    a trainee by name or by a whole NIK they already hold, never by a prefix, which would let
    them uncover the hidden digits one keystroke at a time (UU PDP).
    """
    query = text.strip()
    if not query:
        return []
    digits = normalise_nik(query).lstrip("+")
    if digits.isdigit() and masked:
        return [(Trainee.nik, digits)] if len(digits) == NIK_LENGTH else None
    if digits.isdigit():
        # A number is a NIK prefix or part of a phone number (stored as +62...).
        phone = "+62" + digits[1:] if digits.startswith("0") else "+" + digits
        return [(Trainee.nik, digits), (Trainee.phone, phone)]
    return [(Trainee.name_norm, normalise_name(query))]


def _matches(session: Session, condition: ColumnElement[bool]) -> int:
    """Rows `condition` matches, counted up to search_plan.CAP index entries."""
    capped = select(Trainee.id).where(condition).limit(search_plan.CAP).subquery()
    return session.scalar(select(func.count()).select_from(capped)) or 0


def _hidden(column: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
    """The same value, but SQLite's planner cannot find rows through the column's index
    (`x || ''`, or `x + 0` for the id), so the index chosen to lead does."""
    if column is Trainee.id:
        return Trainee.id + 0
    return column.op("||")("")


def _enrollments(filters: Filters) -> Select[Any] | None:
    """The ids of trainees with an enrollment the filters ask for; None without such filters."""
    conditions = filters.enrollment_conditions()
    if not conditions:
        return None
    joined = select(Enrollment.trainee_id).where(Enrollment.deleted_at.is_(None), *conditions)
    if filters.year is not None or filters.vocation_id is not None:
        joined = joined.join(Batch, Batch.id == Enrollment.batch_id)
    if filters.vocation_id is not None:
        joined = joined.join(Program, Program.id == Batch.program_id)
    return joined


def _ids_estimate(session: Session, filters: Filters, joined: Select[Any], total: int) -> int:
    """About how many trainees the enrollment filters collect. A batch's few (or a rare
    status's) are counted. Counting a year's or a vocation's thousands would cost what
    collecting them does, so those are taken as a tenth of the registry: a BLK's records span
    about ten years and ten vocations."""
    if filters.batch_id is not None or (filters.year is None and filters.vocation_id is None):
        capped = joined.limit(search_plan.CAP).subquery()
        return session.scalar(select(func.count()).select_from(capped)) or 0
    return total // 10


def _filtered(
    text: str,
    filters: Filters,
    session: Session | None = None,
    sort: Sort | None = None,
    limit: int | None = None,
    masked: bool = False,
) -> "Select[*tuple[Any, ...]]":
    """The matching rows; on SQLite written so that the planner leads with the index
    search_plan chooses for finding `limit` rows in `sort` order."""
    stmt = select(
        Trainee.id, Trainee.nik, Trainee.name, Trainee.name_norm, Trainee.sex,
        Trainee.birth_date, Trainee.regency_code, Trainee.phone, Trainee.created_at,
        Trainee.inst_code,
    ).where(Trainee.deleted_at.is_(None))  # fmt: skip
    ranges = _text_ranges(text, masked)
    if ranges is None:
        return stmt.where(false())
    typed = [_prefix(column, prefix) for column, prefix in ranges]
    hidden_typed = [_prefix(_hidden(column), prefix) for column, prefix in ranges]
    regency = Trainee.regency_code == filters.regency_code
    joined = _enrollments(filters)
    # A status most trainees have ("peserta") is tested row by row, through the enrollment's
    # trainee index: a probe per row instead of collecting 80,000 ids.
    per_row = (
        session is not None
        and joined is not None
        and filters.status is not None
        and len(filters.enrollment_conditions()) == 1
        and _is_common(session, joined)
    )
    lead = None
    if session is not None and session.get_bind().dialect.name == "sqlite":
        Lead = search_plan.Lead
        present = {
            Lead.TEXT: bool(typed),
            Lead.REGENCY: bool(filters.regency_code),
            Lead.IDS: joined is not None and not per_row,
        }
        sorted_by = None
        if sort is not None:
            column = SORT_COLUMNS[sort.column]
            # With two ranges (NIK or phone) the planner merges both and sorts.
            if len(ranges) == 1 and column is ranges[0][0]:
                sorted_by = Lead.TEXT
            elif column is Trainee.regency_code:
                sorted_by = Lead.REGENCY
        leads = [lead for lead, here in present.items() if here]
        if leads == [sorted_by]:
            lead = sorted_by  # alone and in sort order: nothing to weigh (a name typed)
        elif leads:
            total = session.scalar(select(func.max(Trainee.id))) or 0
            estimate = search_plan.Estimate(
                total,
                text=sum(_matches(session, c) for c in typed) if typed else None,
                regency=_matches(session, regency) if present[Lead.REGENCY] else None,
                ids=(
                    _ids_estimate(session, filters, joined, total)
                    if joined is not None and present[Lead.IDS]
                    else None
                ),
            )
            lead = search_plan.choose(estimate, limit or total, sorted_by)
    if typed:
        stmt = stmt.where(or_(*(typed if lead in (None, search_plan.Lead.TEXT) else hidden_typed)))
    if filters.regency_code:
        if lead not in (None, search_plan.Lead.REGENCY):
            regency = _hidden(Trainee.regency_code) == filters.regency_code
        stmt = stmt.where(regency)
    if filters.inst_code:
        stmt = stmt.where(Trainee.inst_code == filters.inst_code)
    if joined is not None:
        if per_row:
            stmt = stmt.where(joined.where(Enrollment.trainee_id == Trainee.id).exists())
        elif lead in (None, search_plan.Lead.IDS):
            stmt = stmt.where(Trainee.id.in_(joined))
        else:
            # Collected once; each row the leading index finds is looked up among them.
            stmt = stmt.where(_hidden(Trainee.id).in_(joined))
    return stmt


def _is_common(session: Session, enrollments: Select[Any]) -> bool:
    capped = enrollments.limit(COMMON).subquery()
    return (session.scalar(select(func.count()).select_from(capped)) or 0) >= COMMON


def page(
    session: Session,
    text: str = "",
    after: tuple[Any, int] | None = None,
    limit: int = 200,
    *,
    filters: Filters = Filters(),
    sort: Sort = Sort(),
    masked: bool = False,
) -> list[TraineeRow]:
    """One page of matches in `sort` order, continuing after (sort value, id) of the last row.

    `masked`: the searcher sees NIKs and phone numbers masked (see _text_ranges)."""
    column = SORT_COLUMNS[sort.column]
    stmt = _filtered(text, filters, session, sort, limit, masked)
    if after is not None:
        value, last_id = after
        if sort.descending:
            stmt = stmt.where(or_(column < value, and_(column == value, Trainee.id < last_id)))
        else:
            stmt = stmt.where(or_(column > value, and_(column == value, Trainee.id > last_id)))
    order = (column.desc(), Trainee.id.desc()) if sort.descending else (column, Trainee.id)
    stmt = stmt.order_by(*order).limit(limit)
    return [TraineeRow(*row) for row in session.execute(stmt)]


def count(
    session: Session,
    text: str = "",
    filters: Filters = Filters(),
    cap: int | None = None,
    masked: bool = False,
) -> int:
    """How many match; with `cap`, stop counting past it (per keystroke, "1.000+" is enough)."""
    stmt = _filtered(text, filters, session, limit=cap, masked=masked)
    stmt = stmt.with_only_columns(Trainee.id).order_by(None)
    if cap is not None:
        stmt = stmt.limit(cap + 1)
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


@dataclass(frozen=True)
class FilterOptions:
    vocations: list[tuple[int, str]]
    years: list[int]
    regencies: list[tuple[str, str]]
    # (code, name) of every institution with trainees: more than one only at a province.
    institutions: list[tuple[str, str]]


def filter_options(session: Session) -> FilterOptions:
    vocations = session.execute(
        select(Vocation.id, Vocation.name)
        .where(Vocation.deleted_at.is_(None))
        .order_by(Vocation.name)
    ).all()
    years = session.scalars(
        select(Batch.year).where(Batch.deleted_at.is_(None)).distinct().order_by(Batch.year.desc())
    ).all()
    codes = session.scalars(
        select(Trainee.regency_code).where(Trainee.regency_code != "").distinct()
    ).all()
    regencies = sorted(((c, regency_name(c)) for c in codes), key=lambda r: r[1])
    institutions = session.execute(
        select(Institution.code, Institution.name)
        .where(Institution.code.in_(select(Trainee.inst_code).distinct()))
        .order_by(Institution.name)
    ).all()
    return FilterOptions(
        [(i, n) for i, n in vocations], list(years), regencies, [(c, n) for c, n in institutions]
    )


def batch_options(session: Session, year: int | None = None) -> list[tuple[int, str]]:
    """Batches to filter by, newest first; one year's when a year is chosen."""
    stmt = (
        select(Batch.id, Batch.name, Program.name)
        .join(Program, Program.id == Batch.program_id)
        .where(Batch.deleted_at.is_(None))
        .order_by(Batch.start_date.desc(), Batch.id.desc())
    )
    stmt = stmt.where(Batch.year == year) if year is not None else stmt.limit(300)
    return [(i, f"{program} — {name}") for i, name, program in session.execute(stmt)]
