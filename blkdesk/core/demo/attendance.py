"""Demo stage: the daftar hadir of every batch that has started, keyed as a clerk would have.

Most participants come nearly every day; some miss a day now and then with permission (I) or a
sick note (S), or without word (A); a few stop coming half-way (they found work) and end below the
threshold. Running batches are keyed up to a few days ago: the paper backlog a clerk catches up on.

Millions of rows: only the exceptions (I, S, A) are made in Python and inserted with executemany;
every other keyed cell is H and is written by one INSERT … SELECT inside the database.

Each mark carries when it was keyed: the day's sheet is keyed that afternoon or a few days later,
never after the demo is built. So "changed since last month" (a delta sync) finds a month of
marks, as at a real BLK, not all of them.
"""

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    Table,
    and_,
    exists,
    insert,
    literal,
    or_,
    select,
)

from blkdesk.core.demo.context import DemoBatch, DemoContext
from blkdesk.core.models import AttendanceMark, Base, Batch, Enrollment, TrainingDay
from blkdesk.core.statuses import BatchStatus, EnrollmentStatus

CHUNK = 50_000
DROPOUT_SHARE = 0.04  # participants who stop coming half-way
NOTES = {
    "I": ("Izin keperluan keluarga", "Izin mengurus dokumen", "Izin menghadiri pernikahan", ""),
    "S": ("Surat keterangan dokter", "Sakit demam", "Sakit, surat dari puskesmas", ""),
    "A": ("", "", "Tanpa keterangan"),
}


def _keyed_days(ctx: DemoContext, batch: DemoBatch) -> list[date]:
    if batch.status == BatchStatus.PLANNED:
        return []
    if batch.status != BatchStatus.RUNNING:
        return batch.days
    held = [d for d in batch.days if d <= ctx.today]
    backlog = ctx.rng.randint(0, 3)
    return held[: len(held) - backlog] if backlog else held


def _keying_times(ctx: DemoContext, batch: DemoBatch, days: list[date]) -> dict[date, datetime]:
    """When each day's sheet was keyed: mostly that afternoon, sometimes one to four days later.
    Drawn from the batch's own generator, so the rest of the demo stays as the seed makes it."""
    rng = random.Random(f"{ctx.inst_code}-{batch.id}-keyed")
    keyed = {}
    for day in days:
        late = rng.choices((0, 1, 2, 3, 4), weights=(60, 20, 10, 6, 4))[0]
        at = datetime.combine(day + timedelta(days=late), time(13 + rng.randrange(4)))
        keyed[day] = min(at + timedelta(minutes=rng.randrange(60)), ctx.now)
    return keyed


def _exceptions(
    ctx: DemoContext, eid: int, days: list[date], withdrawn_on: date | None,
    keyed: dict[date, datetime],
) -> list[dict[str, Any]]:  # fmt: skip
    rng = ctx.rng
    if withdrawn_on is not None:
        days = [d for d in days if d < withdrawn_on]
    if not days:
        return []
    marks: dict[date, str] = {}
    # Occasional absences: most people miss a day or two, a few miss more.
    rate = rng.choice((0.0, 0.01, 0.02, 0.03, 0.04, 0.06, 0.09))
    for _ in range(round(rate * len(days) + rng.random())):
        marks[rng.choice(days)] = rng.choices("ISA", weights=(4, 4, 2))[0]
    if rng.random() < 0.02 and len(days) > 5:  # a few days in bed
        start = rng.randrange(len(days) - 3)
        for d in days[start : start + 3]:
            marks[d] = "S"
    if withdrawn_on is None and rng.random() < DROPOUT_SHARE and len(days) > 8:
        for d in days[rng.randint(len(days) // 3, 2 * len(days) // 3) :]:
            marks[d] = "A"
    return [
        {
            "enrollment_id": eid,
            "day": d,
            "code": code,
            "note": rng.choice(NOTES[code]),
            "created_at": keyed[d],
            "updated_at": keyed[d],
        }
        for d, code in marks.items()
    ]


# (batch, day) → when its sheet was keyed, for the INSERT … SELECT of the H cells.
_KEYED = Table(
    "demo_keyed", MetaData(),
    Column("batch_id", Integer, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("keyed_at", DateTime, nullable=False),
    prefixes=["TEMPORARY"],
)  # fmt: skip


def build(ctx: DemoContext) -> None:
    s = ctx.session
    _KEYED.create(s.connection())
    withdrawn = dict(
        s.execute(
            select(Enrollment.id, Enrollment.status_changed_on).where(
                Enrollment.status == EnrollmentStatus.WITHDRAWN
            )
        ).all()
    )
    cutoff: dict[int, date] = {}
    rows: list[dict[str, Any]] = []
    sheets: list[dict[str, Any]] = []
    for batch in ctx.batches:
        days = _keyed_days(ctx, batch)
        if not days:
            continue
        cutoff[batch.id] = days[-1]
        keyed = _keying_times(ctx, batch, days)
        sheets.extend({"batch_id": batch.id, "day": d, "keyed_at": at} for d, at in keyed.items())
        for eid, _tid, status in batch.enrollments:
            if status == EnrollmentStatus.ACCEPTED:
                rows.extend(_exceptions(ctx, eid, days, None, keyed))
            elif status == EnrollmentStatus.WITHDRAWN:
                rows.extend(_exceptions(ctx, eid, days, withdrawn.get(eid) or days[0], keyed))
        if len(rows) >= CHUNK:
            s.execute(insert(Base.metadata.tables["attendance_mark"]), rows)
            rows = []
        if len(sheets) >= CHUNK:
            s.execute(insert(_KEYED), sheets)
            sheets = []
    if rows:
        s.execute(insert(Base.metadata.tables["attendance_mark"]), rows)
    if sheets:
        s.execute(insert(_KEYED), sheets)
    _fill_present(ctx, cutoff)
    _KEYED.drop(s.connection())


def _fill_present(ctx: DemoContext, cutoff: dict[int, date]) -> None:
    """Every keyed cell without an exception is H. Finished batches are filled in one statement;
    running ones (a handful) each up to their own cut-off."""
    e, d, m, k = Enrollment, TrainingDay, AttendanceMark, _KEYED.c
    finished = {b.id for b in ctx.batches if b.status in ("selesai", "ditutup")}
    running = {b: day for b, day in cutoff.items() if b not in finished}
    base = (
        select(e.id, d.day, literal("H"), literal(""), k.keyed_at, k.keyed_at)
        .join(d, d.batch_id == e.batch_id)
        .join(_KEYED, and_(k.batch_id == d.batch_id, k.day == d.day))
        .where(
            e.status.in_((EnrollmentStatus.ACCEPTED, EnrollmentStatus.WITHDRAWN)),
            or_(
                e.status == EnrollmentStatus.ACCEPTED,
                and_(e.status_changed_on.is_not(None), d.day < e.status_changed_on),
            ),
            ~exists().where(m.enrollment_id == e.id, m.day == d.day),
        )
    )
    columns = ["enrollment_id", "day", "code", "note", "created_at", "updated_at"]
    stmt = base.join(Batch, Batch.id == e.batch_id).where(
        Batch.status.in_((BatchStatus.FINISHED, BatchStatus.CLOSED))
    )
    ctx.session.execute(insert(m).from_select(columns, stmt))
    for batch_id, last in running.items():
        stmt = base.where(e.batch_id == batch_id, d.day <= last)
        ctx.session.execute(insert(m).from_select(columns, stmt))
