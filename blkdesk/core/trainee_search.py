"""Finding trainees quickly in a registry of 100,000: by name prefix, NIK prefix or phone."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from blkdesk.core.models import Trainee
from blkdesk.core.nik import normalise as normalise_nik
from blkdesk.core.text import normalise_name

_MAX_CHAR = "\U0010ffff"


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


def _prefix(column: InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    """`LIKE 'x%'` as a range, which a plain index serves on SQLite and PostgreSQL alike."""
    return and_(column >= prefix, column < prefix + _MAX_CHAR)


def _filtered(text: str) -> Select[tuple[int, str, str, str, str, date, str, str]]:
    stmt = select(
        Trainee.id, Trainee.nik, Trainee.name, Trainee.name_norm, Trainee.sex,
        Trainee.birth_date, Trainee.regency_code, Trainee.phone,
    ).where(Trainee.deleted_at.is_(None))  # fmt: skip
    query = text.strip()
    if not query:
        return stmt
    digits = normalise_nik(query).lstrip("+")
    if digits.isdigit():
        # A number is a NIK prefix or part of a phone number (stored as +62...).
        phone = "+62" + digits[1:] if digits.startswith("0") else "+" + digits
        return stmt.where(
            or_(
                _prefix(Trainee.nik, digits),
                _prefix(Trainee.phone, phone),
            )
        )
    return stmt.where(_prefix(Trainee.name_norm, normalise_name(query)))


def page(
    session: Session, text: str = "", after: tuple[str, int] | None = None, limit: int = 200
) -> list[TraineeRow]:
    """One page of matches in name order, continuing after (name_norm, id) of the last row."""
    stmt = _filtered(text)
    if after is not None:
        stmt = stmt.where(
            or_(
                Trainee.name_norm > after[0],
                and_(Trainee.name_norm == after[0], Trainee.id > after[1]),
            )
        )
    stmt = stmt.order_by(Trainee.name_norm, Trainee.id).limit(limit)
    return [TraineeRow(*row) for row in session.execute(stmt)]
