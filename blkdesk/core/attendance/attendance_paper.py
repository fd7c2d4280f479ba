"""What the paper daftar hadir and the attendance recap show, gathered for the printers.

Plain data, so the printing code draws without touching the database and tests can check the
content without rendering it. NIK is always masked on paper: the sheets lie on a workshop table.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core.attendance.attendance import Grid, Participant, load_grid
from blkdesk.core.attendance.attendance_stats import AttendanceStats
from blkdesk.core.clock import format_date, sentence_date
from blkdesk.core.errors import ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import Batch, BatchInstructor, Instructor, Program, Vocation
from blkdesk.core.refdata import regency_name
from blkdesk.core.registry.nik import mask
from blkdesk.core.sentences import Sentence


@dataclass(frozen=True)
class Heading:
    institution: str
    address: str
    contact: str
    logo: bytes | None
    city: str  # where the sheet is signed: the BLK's regency
    program: str
    vocation: str
    batch: str
    place: str
    instructors: tuple[str, ...]


@dataclass(frozen=True)
class SheetRow:
    number: int
    name: str
    nik: str  # masked
    closed_from: date | None  # withdrew on this day: no signature from then on


@dataclass(frozen=True)
class BlankSheet:
    heading: Heading
    days: tuple[date, ...]
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True)
class RecapRow:
    number: int
    name: str
    nik: str
    codes: tuple[str, ...]  # one per training day; "" when not keyed
    stats: AttendanceStats
    remark: str


@dataclass(frozen=True)
class Recap:
    heading: Heading
    days: tuple[date, ...]
    rows: tuple[RecapRow, ...]
    threshold: Decimal
    keyed_until: date | None


def _heading(session: Session, batch_id: int) -> Heading:
    inst = local_institution(session)
    row = session.execute(
        select(Batch, Program.name, Vocation.name)
        .join(Program, Program.id == Batch.program_id)
        .join(Vocation, Vocation.id == Program.vocation_id)
        .where(Batch.id == batch_id)
    ).one()
    batch, program, vocation = row
    instructors = tuple(
        session.scalars(
            select(Instructor.name)
            .join(BatchInstructor, BatchInstructor.instructor_id == Instructor.id)
            .where(BatchInstructor.batch_id == batch_id, BatchInstructor.deleted_at.is_(None))
            .order_by(Instructor.name)
        )
    )
    city = regency_name(inst.regency_code)
    for prefix in ("Kabupaten ", "Kab. ", "Kota "):
        city = city.removeprefix(prefix)
    place = batch.location if batch.mode == "mtu" and batch.location else inst.name
    if batch.mode == "mtu":
        place = f"MTU {place}"
    contact = " · ".join(p for p in (inst.phone, inst.email) if p)
    return Heading(
        inst.name, inst.address, contact, inst.logo, city, program, vocation, batch.name, place,
        instructors,
    )  # fmt: skip


def _gone_by(person: Participant, day: date) -> bool:
    return person.withdrawn and (person.withdrawn_on is None or person.withdrawn_on <= day)


def blank_sheet(session: Session, batch_id: int, start: date, end: date) -> BlankSheet:
    """The sheet for the training days from `start` to `end`: one signature box per day."""
    if end < start:
        raise ValidationError(
            Sentence("Tanggal akhir tidak boleh sebelum tanggal awal."), field="end"
        )
    grid = load_grid(session, batch_id, start)
    days = tuple(d for d in grid.days if start <= d <= end)
    if not days:
        raise ValidationError(
            Sentence(
                "Tidak ada hari pelatihan {batch} antara {start} dan {end}.",
                batch=grid.batch_name,
                start=sentence_date(start),
                end=sentence_date(end),
            ),
            field="start",
        )
    people = [p for p in grid.participants if not _gone_by(p, days[0])]
    rows = tuple(
        SheetRow(i, p.name, mask(p.nik), p.withdrawn_on if p.withdrawn else None)
        for i, p in enumerate(people, start=1)
    )
    return BlankSheet(_heading(session, batch_id), days, rows)


def _remark(grid: Grid, person: Participant, stats: AttendanceStats) -> str:
    if person.withdrawn:
        since = f" {format_date(person.withdrawn_on)}" if person.withdrawn_on else ""
        return f"Mengundurkan diri{since}"
    if grid.out_of_reach(stats):
        return "Di bawah ambang kehadiran"
    if grid.warning(person):
        return "Tidak hadir 3 hari berturut-turut"
    return ""


def recap(session: Session, batch_id: int, today: date | None = None) -> Recap:
    """Every keyed mark of the batch with each participant's totals and percentages."""
    grid = load_grid(session, batch_id, today)
    until = grid.keyed_until()
    rows = []
    for i, person in enumerate(grid.participants, start=1):
        stats = grid.stats(person, until)
        codes = tuple(code or "" for code in grid.codes(person))
        rows.append(
            RecapRow(i, person.name, mask(person.nik), codes, stats, _remark(grid, person, stats))
        )
    return Recap(_heading(session, batch_id), tuple(grid.days), tuple(rows), grid.threshold, until)
