"""Demo stage: the daftar hadir of every batch that has started, keyed as a clerk would have.

Most participants come nearly every day; some miss a day now and then with permission (I) or a
sick note (S), or without word (A); a few stop coming half-way (they found work) and end below the
threshold. Running batches are keyed up to a few days ago: the paper backlog a clerk catches up on.

Millions of rows: only the exceptions (I, S, A) are made in Python and inserted with executemany;
every other keyed cell is H and is written by one INSERT … SELECT inside the database.
"""

from datetime import date
from typing import Any

from sqlalchemy import and_, exists, insert, literal, or_, select

from blkdesk.core.demo.context import DemoBatch, DemoContext
from blkdesk.core.models import AttendanceMark, Batch, Enrollment, TrainingDay
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


def _exceptions(
    ctx: DemoContext, eid: int, days: list[date], withdrawn_on: date | None, now: Any
) -> list[dict[str, Any]]:
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
            "created_at": now,
            "updated_at": now,
        }
        for d, code in marks.items()
    ]


def build(ctx: DemoContext) -> None:
    s = ctx.session
    now = ctx.now
    withdrawn = dict(
        s.execute(
            select(Enrollment.id, Enrollment.status_changed_on).where(
                Enrollment.status == EnrollmentStatus.WITHDRAWN
            )
        ).all()
    )
    cutoff: dict[int, date] = {}
    rows: list[dict[str, Any]] = []
    for batch in ctx.batches:
        days = _keyed_days(ctx, batch)
        if not days:
            continue
        cutoff[batch.id] = days[-1]
        for eid, _tid, status in batch.enrollments:
            if status == EnrollmentStatus.ACCEPTED:
                rows.extend(_exceptions(ctx, eid, days, None, now))
            elif status == EnrollmentStatus.WITHDRAWN:
                rows.extend(_exceptions(ctx, eid, days, withdrawn.get(eid) or days[0], now))
        if len(rows) >= CHUNK:
            s.execute(insert(AttendanceMark), rows)
            rows = []
    if rows:
        s.execute(insert(AttendanceMark), rows)
    _fill_present(ctx, cutoff)


def _fill_present(ctx: DemoContext, cutoff: dict[int, date]) -> None:
    """Every keyed cell without an exception is H. Finished batches are filled in one statement;
    running ones (a handful) each up to their own cut-off."""
    e, d, m = Enrollment, TrainingDay, AttendanceMark
    finished = {b.id for b in ctx.batches if b.status in ("selesai", "ditutup")}
    running = {b: day for b, day in cutoff.items() if b not in finished}
    base = (
        select(e.id, d.day, literal("H"), literal(""), literal(ctx.now), literal(ctx.now))
        .join(d, d.batch_id == e.batch_id)
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
