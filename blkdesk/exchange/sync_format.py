"""The sync workbook's shape, shared by the export (BLK side) and the merge (province side).

One sheet per table, one row per record, every cell text: what is written is exactly what is
read back and hashed, whatever program opened the file in between. Integer keys never leave the
machine; a reference to another row travels as that row's UUID (`program_uuid`, ...). Attendance
marks and training days have no UUID of their own: they are keyed by their parent's UUID and the
day.
"""

import base64
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from operator import methodcaller
from typing import Any, cast

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, Numeric, Table

from blkdesk.core.models import (
    Assessment,
    AttendanceMark,
    Base,
    Batch,
    BatchInstructor,
    Certificate,
    Closure,
    CompetencyUnit,
    Enrollment,
    Institution,
    Instructor,
    Placement,
    Program,
    Trainee,
    TrainingDay,
    Vocation,
)

# 2: parts (continuation sheets), a signed Manifest, `_x…_` escaped in every form.
FORMAT_VERSION = "2"
SYNC_FORMAT = "BLKDesk sync"
MANIFEST = "Manifest"
SIGNATURE = "signature"
# A sheet holds 1,048,576 rows. A table continues on further sheets ("attendance_mark (2)", ...)
# long before that: the province's reader holds one whole sheet in memory while it reads it
# (about 60 bytes a cell, half as much again while parsing) and parses the next meanwhile, so a
# part holds at most ROWS_PER_PART rows and CELLS_PER_PART cells: 71,000 marks of 7 columns,
# 13,500 trainees of 37.
ROWS_PER_PART = 100_000
CELLS_PER_PART = 500_000


def rows_per_part(columns: int, most: int = ROWS_PER_PART) -> int:
    return max(1, min(most, CELLS_PER_PART // max(1, columns)))


# What one cell holds (UTF-16 code units); Excel and XlsxWriter cut anything longer.
CELL_MAX = 32_767
ROW_SEP = "\x1e"
CELL_SEP = "\x1f"
# Never leave the machine: local keys, the signing key, pictures, and flags about this database.
# `version` counts saves on this machine (optimistic concurrency); it means nothing elsewhere.
NOT_EXPORTED = frozenset({"id", "version", "private_key", "is_local", "logo", "photo"})

# What the province needs, field by field (UU 27/2022 Art. 16(2): personal data is collected
# limited and specific to a purpose, and processed as that purpose needs). The province's
# purposes are three:
#  1. telling one person apart across its BLKs (double funding): nik, name, birth_date;
#  2. the aggregate reports (DOMAIN.md "Reporting to the province"): sex, birth_date (age group),
#     education, disability, regency_code/province_code/district/village (per regency, domicile),
#     employment_status (job seekers at intake, against the placements after), the programme and
#     batch, enrollment status and outcome, assessments, certificates, placements (outcome,
#     employer, sector, destination_country), is_pmi_candidate, destination_country, language;
#  3. following up youth, women and migrant-worker candidates with the BLK: phone and email.
# Everything else of a person stays at the BLK that collected it. A field listed here is left
# out of the sync workbook; the province still accepts it in a file from a BLK that has not
# upgraded (the file's checksum and signature cover it), but never stores it, and blanks what
# older files left in its database (withheld.purge_withheld).
WITHHELD: dict[str, frozenset[str]] = {
    "trainee": frozenset(
        {
            "kk_number",  # the household's card: NIK alone tells people apart
            "birth_place",  # printed on certificates (the BLK prints them); no report counts it
            "religion",  # no purpose of the province's needs it
            "marital_status",  # ditto
            # Street detail: district, village and regency (what is reported) travel.
            "address",
            "rt",
            "rw",
            "ak1_number",  # the job-seeker card number: the BLK's own record of eligibility
            "passport_number",  # an identity document: NIK identifies, destination is reported
            "guardian_name",  # a minor's guardian: the BLK holds the consent; the flag travels
            "consent_by",  # who recorded the consent, at the BLK; when (consent_at) travels
            "notes",  # free text: anything may be in it, health included
            "duplicate_reason",  # free text about another record of the same NIK
        }
    ),
    # A note beside a mark says why a trainee was away ("demam", "opname"): health data, a
    # specific kind of personal data (Art. 4(2)(a)). The code (H/I/S/A) travels: it is the
    # presensi the graduation rule and the province's pass figures rest on.
    "attendance_mark": frozenset({"note"}),
    # Free text: why a trainee left, why an outcome was overridden, why a certificate was
    # voided, what a placement call heard. The status, outcome and dates travel.
    "enrollment": frozenset({"withdraw_reason", "override_reason"}),
    "certificate": frozenset({"void_reason"}),
    "placement": frozenset({"notes"}),
    "batch": frozenset({"notes"}),
    # Instructors are named per batch; their identity number and contacts stay at the BLK.
    "instructor": frozenset({"id_number", "phone", "email"}),
}


@dataclass(frozen=True)
class Field:
    name: str  # header in the sheet
    source: str  # column of the table
    kind: str  # str / int / bool / date / datetime / decimal / bytes / ref
    nullable: bool
    ref: Table | None = None  # for kind "ref": the table whose uuid is written

    def to_cell(self, value: Any) -> str:
        return _TO_CELL[self.kind](value) if value is not None else ""

    def to_cells(self, values: Sequence[Any]) -> Sequence[str]:
        """`to_cell` over a whole column: one C-level `map` where the column has no NULL, as
        the export converts millions of values."""
        convert = _TO_CELL[self.kind]
        if None in values:
            return ["" if v is None else convert(v) for v in values]
        return list(map(convert, values))

    def from_cell(self, text: str) -> Any:
        if text == "":
            if self.nullable or self.kind == "ref":
                return None
            return "" if self.kind == "str" else None
        return _FROM_CELL[self.kind](text)

    def parser(self) -> Callable[[str], Any]:
        """`from_cell` as one fast callable: merges call it for millions of cells."""
        if self.kind == "str" and not self.nullable:
            return str
        convert = _FROM_CELL[self.kind]
        return lambda text: convert(text) if text else None


@dataclass(frozen=True)
class Sheet:
    name: str
    model: type[Base]
    fields: tuple[Field, ...]
    # The parent whose uuid identifies rows without their own uuid (training days, marks).
    parent: Field | None = None
    # Columns older BLKDesk versions wrote and this one withholds (WITHHELD): accepted in a
    # file, checked with the rest, never stored.
    withheld: tuple[Field, ...] = ()

    @property
    def table(self) -> Table:
        return cast(Table, self.model.__table__)

    @property
    def headers(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def _kind(column: Any) -> str:
    kind = column.type
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Numeric):
        return "decimal"
    if isinstance(kind, LargeBinary):
        return "bytes"
    return "str"


def _sheet(model: type[Base], name: str) -> Sheet:
    table = cast(Table, model.__table__)
    fields: list[Field] = []
    withheld: list[Field] = []
    parent: Field | None = None
    for column in table.columns:
        if column.name in NOT_EXPORTED:
            continue
        if column.name in WITHHELD.get(name, ()):
            withheld.append(Field(column.name, column.name, _kind(column), bool(column.nullable)))
            continue
        fks = list(column.foreign_keys)
        if fks:
            ref = fks[0].column.table
            field = Field(column.name.removesuffix("_id") + "_uuid", column.name, "ref",
                          bool(column.nullable), ref)  # fmt: skip
            if "uuid" not in table.columns and parent is None:
                parent = field
            fields.append(field)
        else:
            fields.append(Field(column.name, column.name, _kind(column), bool(column.nullable)))
    # The identity first, so a person reading the sheet sees what each row is.
    fields.sort(key=lambda f: (f.name != "uuid", f is not parent))
    return Sheet(name, model, tuple(fields), parent, tuple(withheld))


def _named(model: type[Base]) -> Sheet:
    return _sheet(model, cast(Table, model.__table__).name)


INSTITUTION = _named(Institution)
# In dependency order: a row's references are always on an earlier sheet.
SHEETS: tuple[Sheet, ...] = tuple(
    _named(model)
    for model in (
        Vocation,
        Program,
        CompetencyUnit,
        Instructor,
        Trainee,
        Batch,
        TrainingDay,
        BatchInstructor,
        Closure,
        Enrollment,
        AttendanceMark,
        Assessment,
        Certificate,
        Placement,
    )
)
ALL_SHEETS: tuple[Sheet, ...] = (INSTITUTION, *SHEETS)


def part_name(table: str, part: int) -> str:
    """The sheet holding part `part` (from 1) of a table's rows."""
    return table if part == 1 else f"{table} ({part})"


def cell_length(text: str) -> int:
    """Length as a spreadsheet counts it: characters outside the BMP take two units."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def manifest_message(rows: Iterable[Sequence[str]]) -> bytes:
    """The bytes the BLK signs: the Manifest's rows above the signature, without blank cells at
    the end of a row or blank rows (a spreadsheet program may pad or trim those)."""
    hasher = SheetHasher()
    for row in rows:
        cells = list(row)
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            hasher.row(cells)
    return hasher.hexdigest().encode("ascii")


_datetime: Callable[[datetime], str] = methodcaller("isoformat", " ")


_TO_CELL: dict[str, Callable[[Any], str]] = {
    "str": str,
    "int": str,
    "bool": lambda v: "1" if v else "0",
    "date": date.isoformat,
    "datetime": _datetime,
    "decimal": str,
    "bytes": lambda v: base64.b64encode(v).decode("ascii"),
    "ref": str,
}
_FROM_CELL: dict[str, Callable[[str], Any]] = {
    "str": str,
    "int": int,
    "bool": lambda t: t == "1",
    "date": date.fromisoformat,
    "datetime": datetime.fromisoformat,
    "decimal": Decimal,
    "bytes": base64.b64decode,
    "ref": str,
}


class SheetHasher:
    """SHA-256 over a sheet's cells as text: rows joined by RS, cells by US (ASCII separators
    no clerk types). The same function runs over the written and over the read cells."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def row(self, cells: Sequence[str]) -> None:
        self._hash.update((CELL_SEP.join(cells) + ROW_SEP).encode("utf-8"))

    def joined(self, lines: Sequence[str]) -> None:
        """Rows already joined by CELL_SEP (the export has joined them to check them): the
        same digest as `row` over each, in one update."""
        if lines:
            self._hash.update((ROW_SEP.join(lines) + ROW_SEP).encode("utf-8"))

    def rows(self, rows: Iterable[Sequence[str]]) -> None:
        for cells in rows:
            self.row(cells)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def file_sha256(path: Any) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
