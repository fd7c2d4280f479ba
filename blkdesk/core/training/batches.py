"""Batches (angkatan): planning, training days, moving a day, status, and local closures.

Training days are stored one row per day, so attendance, reports and certificates all read the
same calendar. Any change of days goes through `_replace_days`, which refuses to drop a day that
already holds attendance marks and refuses days that would make a participant sit two batches at
once.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.clock import sentence_date, utcnow
from blkdesk.core.concurrency import refuse_delete_if_changed, refuse_if_changed, touch
from blkdesk.core.errors import FieldErrors, NotFound, ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import (
    AttendanceMark,
    Batch,
    BatchInstructor,
    Closure,
    Enrollment,
    Instructor,
    Program,
    Trainee,
    TrainingDay,
)
from blkdesk.core.models.live import find_live, get_live
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.refdata import BATCH_MODES, BATCH_STATUSES, FUNDING_SOURCES
from blkdesk.core.sentences import Sentence, commas, number
from blkdesk.core.statuses import BATCH_NEXT, BATCH_PREVIOUS, BatchStatus, EnrollmentStatus
from blkdesk.core.text import clean_text, roman
from blkdesk.core.training.calendar import days_needed, training_days
from blkdesk.core.training.national_calendar import holiday_calendar

DEFAULT_CAPACITY = 16
DEFAULT_WEEKDAYS = "01234"
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
# Batches whose attendance or results are still being keyed; with the closed ones for looking back.
OPEN_STATUSES = (BatchStatus.RUNNING, BatchStatus.FINISHED)
ALL_STATUSES = (BatchStatus.RUNNING, BatchStatus.FINISHED, BatchStatus.CLOSED)
STATUS_LABELS = {
    "direncanakan": Sentence("Direncanakan"),
    "berjalan": Sentence("Berjalan"),
    "selesai": Sentence("Selesai"),
    "ditutup": Sentence("Ditutup"),
}
BATCH_FIELDS = (
    "program_id", "name", "year", "mode", "location", "funding", "capacity", "start_date",
    "end_date", "weekdays", "notes",
)  # fmt: skip


@dataclass
class BatchInput:
    program_id: int
    name: str
    start_date: date
    mode: str = "institusional"
    location: str = ""
    funding: str = "APBD"
    capacity: int = DEFAULT_CAPACITY
    weekdays: str = DEFAULT_WEEKDAYS
    instructor_ids: list[int] = field(default_factory=list)
    notes: str = ""


# --- Calendar ------------------------------------------------------------------------------


def closures_between(session: Session, start: date, end: date) -> dict[date, str]:
    rows = session.execute(
        select(Closure.day, Closure.description).where(
            Closure.day >= start, Closure.day <= end, Closure.deleted_at.is_(None)
        )
    )
    return {day: description for day, description in rows}


def holidays_between(session: Session, start: date, end: date) -> dict[date, str]:
    """The national days off this BLK keeps (cuti bersama too, unless switched off)."""
    return holiday_calendar(session).between(start, end)


def compute_days(
    session: Session, program: Program, start: date, weekdays: str = DEFAULT_WEEKDAYS
) -> list[date]:
    """The programme's days from `start`, skipping national days off and this BLK's closures."""
    count = days_needed(program.total_jp, program.hours_per_day)
    # Closures within a generous horizon: at most one allowed weekday a week, plus holidays.
    horizon = start + timedelta(days=count * 7 + 120)
    closed = closures_between(session, start, horizon)
    return training_days(start, count, weekdays, closed, holiday_calendar(session))


def planned_days(
    session: Session, program_id: int, start: date, weekdays: str = DEFAULT_WEEKDAYS
) -> list[date]:
    """`compute_days` for a programme by id (the batch form previews the plan as it is typed)."""
    program = session.get(Program, program_id)
    if program is None:
        raise NotFound(Sentence("Program pelatihan ini tidak ditemukan."))
    return compute_days(session, program, start, weekdays)


def day_blocker(session: Session, day: date) -> str | None:
    """Why a day cannot be a training day (a national holiday or a local closure), if it can't."""
    name = holiday_calendar(session).name(day)
    if name:
        return Sentence(
            "{day} adalah hari libur nasional ({name}).", day=sentence_date(day), name=name
        )
    closure = closures_between(session, day, day).get(day)
    if closure:
        return Sentence(
            "{day} adalah hari libur lokal ({closure}).", day=sentence_date(day), closure=closure
        )
    return None


def days_of(session: Session, batch_id: int) -> list[date]:
    return list(
        session.scalars(
            select(TrainingDay.day)
            .where(TrainingDay.batch_id == batch_id)
            .order_by(TrainingDay.day)
        )
    )


# --- Guards --------------------------------------------------------------------------------


def get_batch(session: Session, batch_id: int) -> Batch:
    missing = Sentence("Angkatan tidak ditemukan; mungkin sudah dihapus.")
    return get_live(session, Batch, batch_id, missing)


def guard_editable(batch: Batch, actor: Actor, reason: str) -> None:
    """A closed batch is the record of what happened: only an admin changes it, saying why."""
    if batch.status != BatchStatus.CLOSED:
        return
    require(actor, Action.EDIT_CLOSED_BATCH)
    if not reason.strip():
        raise ValidationError(
            Sentence("{batch} sudah ditutup; tuliskan alasan perubahan.", batch=named(batch.name)),
            field="reason",
        )


def _marked_days(session: Session, batch_id: int, days: set[date]) -> dict[date, int]:
    """Days among `days` on which this batch already has live attendance marks: {day: count}."""
    if not days:
        return {}
    rows = session.execute(
        select(AttendanceMark.day, func.count())
        .join(Enrollment, Enrollment.id == AttendanceMark.enrollment_id)
        .where(
            Enrollment.batch_id == batch_id,
            AttendanceMark.deleted_at.is_(None),
            AttendanceMark.day.in_(sorted(days)),
        )
        .group_by(AttendanceMark.day)
    )
    return {day: n for day, n in rows}


def participant_clash(
    session: Session, batch_id: int, trainee_ids: list[int], days: list[date]
) -> tuple[int, str, date] | None:
    """(trainee id, other batch's name, first shared day) when a participant of another batch
    would sit two batches on one day."""
    if not trainee_ids or not days:
        return None
    row = session.execute(
        select(Enrollment.trainee_id, Batch.name, func.min(TrainingDay.day))
        .join(Batch, Batch.id == Enrollment.batch_id)
        .join(TrainingDay, TrainingDay.batch_id == Batch.id)
        .where(
            Enrollment.trainee_id.in_(trainee_ids),
            Enrollment.status == EnrollmentStatus.ACCEPTED,
            Enrollment.deleted_at.is_(None),
            Enrollment.batch_id != batch_id,
            Batch.deleted_at.is_(None),
            TrainingDay.day >= min(days),
            TrainingDay.day <= max(days),
            TrainingDay.day.in_(days),
        )
        .group_by(Enrollment.trainee_id, Batch.name)
        .limit(1)
    ).first()
    return (row[0], row[1], row[2]) if row else None


def _participant_ids(session: Session, batch_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Enrollment.trainee_id).where(
                Enrollment.batch_id == batch_id,
                Enrollment.status == EnrollmentStatus.ACCEPTED,
                Enrollment.deleted_at.is_(None),
            )
        )
    )


def _replace_days(
    session: Session, batch: Batch, new_days: list[date]
) -> tuple[list[date], list[date]]:
    """Store `new_days` as the batch's days; returns (removed, added)."""
    old = set(days_of(session, batch.id))
    new = set(new_days)
    removed, added = sorted(old - new), sorted(new - old)
    marked = _marked_days(session, batch.id, set(removed))
    if marked:
        first = sorted(marked.items())[:3]
        shown = commas(
            [Sentence("{day} ({n} tanda)", day=sentence_date(d), n=number(n)) for d, n in first]
        )
        raise ValidationError(
            Sentence(
                "Hari yang sudah berisi presensi tidak dapat diubah: {shown}. Kosongkan presensi "
                "hari itu dulu, atau pindahkan hari lain.",
                shown=shown,
            ),
            field="days",
        )
    clash = participant_clash(session, batch.id, _participant_ids(session, batch.id), added)
    if clash:
        name = session.get(Trainee, clash[0])
        raise ValidationError(
            Sentence(
                "{name} juga peserta {batch} pada {day}; hari pelatihan tidak boleh bertabrakan.",
                name=name.name if name else Sentence("Seorang peserta"),
                batch=clash[1],
                day=sentence_date(clash[2]),
            ),
            field="days",
        )
    if removed:
        session.execute(
            delete(TrainingDay).where(
                TrainingDay.batch_id == batch.id, TrainingDay.day.in_(removed)
            )
        )
    if added:
        now = utcnow()
        session.execute(
            insert(TrainingDay),
            [{"batch_id": batch.id, "day": d, "created_at": now, "updated_at": now} for d in added],
        )
    session.expire(batch, ["days"])
    if new_days:
        batch.start_date, batch.end_date = min(new), max(new)
        batch.year = batch.start_date.year
    return removed, added


# --- Planning ------------------------------------------------------------------------------


def validate(session: Session, data: BatchInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if find_live(session, Program, data.program_id) is None:
        errors["program"] = Sentence("Program pelatihan wajib dipilih.")
    if len(data.name.strip()) < 3:
        errors["name"] = Sentence("Nama angkatan wajib diisi, mis. Angkatan II/2025.")
    if data.mode not in BATCH_MODES:
        errors["mode"] = Sentence("Pilih institusional atau MTU.")
    elif data.mode == "mtu" and len(data.location.strip()) < 3:
        errors["location"] = Sentence("Untuk MTU, tuliskan desa/lokasi pelatihan.")
    if data.funding not in FUNDING_SOURCES:
        errors["funding"] = Sentence("Sumber dana wajib dipilih.")
    if not 1 <= data.capacity <= 200:
        errors["capacity"] = Sentence("Kapasitas harus antara 1 dan 200 peserta.")
    if not data.weekdays or any(ch not in "0123456" for ch in data.weekdays):
        errors["weekdays"] = Sentence("Pilih minimal satu hari dalam seminggu.")
    return errors


def _normalised_weekdays(weekdays: str) -> str:
    return "".join(sorted(set(weekdays)))


def _set_instructors(session: Session, batch: Batch, instructor_ids: list[int]) -> list[str]:
    """Link exactly these instructors; returns their names for the audit trail."""
    wanted = list(dict.fromkeys(instructor_ids))
    found = {
        i.id: i.name
        for i in session.scalars(
            select(Instructor).where(Instructor.id.in_(wanted), Instructor.deleted_at.is_(None))
        )
    }
    missing = [i for i in wanted if i not in found]
    if missing:
        raise ValidationError(
            Sentence("Instruktur yang dipilih tidak ditemukan."), field="instructors"
        )
    links = {
        link.instructor_id: link
        for link in session.scalars(
            select(BatchInstructor).where(BatchInstructor.batch_id == batch.id)
        )
    }
    for instructor_id, link in links.items():
        if instructor_id not in found:
            session.delete(link)
        elif link.deleted_at is not None:
            link.deleted_at = None
    for instructor_id in wanted:
        if instructor_id not in links:
            session.add(
                BatchInstructor(
                    inst_code=batch.inst_code, batch_id=batch.id, instructor_id=instructor_id
                )
            )
    return [found[i] for i in wanted]


def instructor_ids(session: Session, batch_id: int) -> list[int]:
    return list(
        session.scalars(
            select(BatchInstructor.instructor_id).where(
                BatchInstructor.batch_id == batch_id, BatchInstructor.deleted_at.is_(None)
            )
        )
    )


def plan_batch(session: Session, actor: Actor, data: BatchInput) -> Batch:
    require(actor, Action.EDIT_BATCHES)
    errors = validate(session, data)
    if errors:
        raise FieldErrors(errors)
    program = session.get(Program, data.program_id)
    assert program is not None
    if not program.active:
        raise ValidationError(
            Sentence(
                "Program {name} sudah tidak aktif; aktifkan dulu di katalog.", name=program.name
            ),
            field="program",
        )
    weekdays = _normalised_weekdays(data.weekdays)
    days = compute_days(session, program, data.start_date, weekdays)
    batch = Batch(
        inst_code=local_institution(session).code,
        program_id=program.id,
        name=data.name.strip(),
        year=days[0].year,
        mode=data.mode,
        location=data.location.strip() if data.mode == "mtu" else "",
        funding=data.funding,
        capacity=data.capacity,
        start_date=days[0],
        end_date=days[-1],
        weekdays=weekdays,
        status=BatchStatus.PLANNED,
        notes=clean_text(data.notes),
    )
    session.add(batch)
    session.flush()
    _replace_days(session, batch, days)
    names = _set_instructors(session, batch, data.instructor_ids)
    changes = {k: [None, v] for k, v in audit.snapshot(batch, BATCH_FIELDS).items()}
    changes["instructors"] = [None, names]
    changes["days"] = [None, len(days)]
    audit.record(session, actor, "create", "batch", batch.uuid, changes)
    return batch


def update_batch(
    session: Session,
    actor: Actor,
    batch_id: int,
    data: BatchInput,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> Batch:
    """Save the plan. Days are recomputed only when the programme, start or weekdays change,
    so a day the clerk moved by hand stays where it was put.

    `expected_version`: the version the form opened (see `concurrency.refuse_if_changed`)."""
    require(actor, Action.EDIT_BATCHES)
    batch = get_batch(session, batch_id)
    refuse_if_changed(session, batch, expected_version, Sentence("Angkatan"), "batch",
                      lambda: batch_input(detail(session, batch_id)))  # fmt: skip
    guard_editable(batch, actor, reason)
    errors = validate(session, data)
    if errors:
        raise FieldErrors(errors)
    before = audit.snapshot(batch, BATCH_FIELDS)
    instructors_before = instructor_ids(session, batch.id)
    weekdays = _normalised_weekdays(data.weekdays)
    replan = (
        data.program_id != batch.program_id
        or data.start_date != batch.start_date
        or weekdays != batch.weekdays
    )
    if data.program_id != batch.program_id and batch.status != BatchStatus.PLANNED:
        raise ValidationError(
            Sentence("Program angkatan yang sudah berjalan tidak dapat diganti."), field="program"
        )
    if data.capacity < (n := len(_participant_ids(session, batch.id))):
        raise ValidationError(
            Sentence(
                "Kapasitas tidak boleh kurang dari jumlah peserta yang sudah diterima ({n}).", n=n
            ),
            field="capacity",
        )
    batch.program_id = data.program_id
    batch.name = data.name.strip()
    batch.mode = data.mode
    batch.location = data.location.strip() if data.mode == "mtu" else ""
    batch.funding = data.funding
    batch.capacity = data.capacity
    batch.weekdays = weekdays
    batch.notes = clean_text(data.notes)
    changes: dict[str, list[object]] = {}
    if replan:
        program = session.get(Program, data.program_id)
        assert program is not None
        session.expire(batch, ["program"])
        removed, added = _replace_days(
            session, batch, compute_days(session, program, data.start_date, weekdays)
        )
        if removed or added:
            changes["days"] = [[d.isoformat() for d in removed], [d.isoformat() for d in added]]
    names = _set_instructors(session, batch, data.instructor_ids)
    instructors_changed = sorted(instructors_before) != sorted(data.instructor_ids)
    if instructors_changed or changes:
        touch(batch)  # in the same UPDATE as the batch's own columns, if they changed too
    session.flush()
    changes.update(audit.diff(before, audit.snapshot(batch, BATCH_FIELDS)))
    if instructors_changed:
        changes["instructors"] = [instructors_before, names]
    if changes:
        audit.record(session, actor, "update", "batch", batch.uuid, changes, reason=reason.strip())
    return batch


def move_day(
    session: Session, actor: Actor, batch_id: int, old: date, new: date, reason: str = ""
) -> Batch:
    """Move one training day (a make-up day, a workshop clash) to another date."""
    require(actor, Action.EDIT_BATCHES)
    batch = get_batch(session, batch_id)
    guard_editable(batch, actor, reason)
    days = days_of(session, batch.id)
    if old not in days:
        raise ValidationError(
            Sentence("{day} bukan hari pelatihan angkatan ini.", day=sentence_date(old)),
            field="day",
        )
    if new in days:
        raise ValidationError(
            Sentence(
                "{day} sudah menjadi hari pelatihan; pilih tanggal lain.", day=sentence_date(new)
            ),
            field="day",
        )
    blocker = day_blocker(session, new)
    if blocker:
        raise ValidationError(
            Sentence("{blocker} Pilih tanggal lain.", blocker=blocker), field="day"
        )
    _replace_days(session, batch, sorted([*(d for d in days if d != old), new]))
    audit.record(
        session, actor, "update", "batch", batch.uuid,
        {"days": [old.isoformat(), new.isoformat()]}, reason=reason.strip(),
    )  # fmt: skip
    return batch


def next_status(current: str) -> BatchStatus | None:
    """The status a batch moves on to from `current`; None once it is closed."""
    return BATCH_NEXT.get(BatchStatus(current))


def previous_status(current: str) -> BatchStatus | None:
    """The status one step back, to mend a mistake; None for a planned batch."""
    return BATCH_PREVIOUS.get(BatchStatus(current))


def allowed_statuses(current: str) -> list[BatchStatus]:
    return [s for s in (previous_status(current), next_status(current)) if s is not None]


def set_status(
    session: Session, actor: Actor, batch_id: int, status: str, reason: str = ""
) -> Batch:
    require(actor, Action.EDIT_BATCHES)
    batch = get_batch(session, batch_id)
    if status not in BATCH_STATUSES:
        raise ValidationError(Sentence("Status angkatan tidak dikenal."), field="status")
    if status == batch.status:
        return batch
    guard_editable(batch, actor, reason)
    if status not in allowed_statuses(batch.status):
        raise ValidationError(
            Sentence(
                "Status {old} tidak dapat langsung diubah menjadi {new}; ubah satu tahap demi "
                "satu tahap.",
                old=STATUS_LABELS[batch.status],
                new=STATUS_LABELS[status],
            ),
            field="status",
        )
    backwards = status == previous_status(batch.status)
    if backwards and not reason.strip():
        raise ValidationError(
            Sentence("Mengembalikan status angkatan memerlukan alasan."), field="reason"
        )
    if status == BatchStatus.RUNNING and not backwards and not _participant_ids(session, batch.id):
        raise ValidationError(
            Sentence("Angkatan belum punya peserta yang lulus seleksi; seleksi pendaftar dulu."),
            field="status",
        )
    audit.record(
        session, actor, "update", "batch", batch.uuid, {"status": [batch.status, status]},
        reason=reason.strip(),
    )  # fmt: skip
    batch.status = status
    return batch


# --- Closures ------------------------------------------------------------------------------


CLOSURE_DESCRIPTION_MAX = 200  # the column's length


@dataclass(frozen=True)
class ClosureInput:
    """A local closure as its form edits it."""

    day: date
    description: str


def closure_problems(
    session: Session, day: date, description: str, closure_id: int | None = None
) -> dict[str, str]:
    """What `add_closure` (or `update_closure` of `closure_id`) would refuse, by field."""
    errors: dict[str, str] = {}
    if len(description.strip()) < 3:
        errors["description"] = Sentence(
            "Tuliskan keterangan libur, mis. Banjir atau Cuti bersama kantor."
        )
    elif len(description.strip()) > CLOSURE_DESCRIPTION_MAX:
        errors["description"] = Sentence(
            "Keterangan libur paling panjang {most} karakter.", most=CLOSURE_DESCRIPTION_MAX
        )
    taken = session.scalar(
        select(Closure.id).where(
            Closure.day == day, Closure.deleted_at.is_(None), Closure.id != (closure_id or 0)
        )
    )
    if taken is not None:
        errors["day"] = Sentence(
            "{day} sudah tercatat sebagai libur lokal.", day=sentence_date(day)
        )
    return errors


def add_closure(session: Session, actor: Actor, day: date, description: str) -> Closure:
    """A local closure. Batches already planned keep their days; the calendar flags the clash."""
    require(actor, Action.EDIT_BATCHES)
    errors = closure_problems(session, day, description)
    if errors:
        raise FieldErrors(errors)
    closure = Closure(
        inst_code=local_institution(session).code, day=day, description=description.strip()
    )
    session.add(closure)
    session.flush()
    changes = {"day": [None, day.isoformat()], "description": [None, closure.description]}
    audit.record(session, actor, "create", "closure", closure.uuid, changes)
    return closure


def _live_closure(session: Session, closure_id: int) -> Closure:
    missing = Sentence("Libur lokal tidak ditemukan; mungkin sudah dihapus.")
    return get_live(session, Closure, closure_id, missing)


def closure_input(closure: Closure) -> ClosureInput:
    return ClosureInput(closure.day, closure.description)


def opened_closure(session: Session, closure_id: int) -> tuple[ClosureInput, int]:
    """A local closure as its form opens it, and the version it opened."""
    closure = _live_closure(session, closure_id)
    return closure_input(closure), closure.version


def update_closure(
    session: Session,
    actor: Actor,
    closure_id: int,
    data: ClosureInput,
    *,
    expected_version: int | None = None,
) -> Closure:
    """Correct a closure's day or description. `expected_version`: the version the form opened
    (see `concurrency.refuse_if_changed`)."""
    require(actor, Action.EDIT_BATCHES)
    closure = _live_closure(session, closure_id)
    refuse_if_changed(session, closure, expected_version, Sentence("Libur lokal"), "closure",
                      lambda: closure_input(closure))  # fmt: skip
    errors = closure_problems(session, data.day, data.description, closure.id)
    if errors:
        raise FieldErrors(errors)
    before = {"day": closure.day.isoformat(), "description": closure.description}
    closure.day, closure.description = data.day, data.description.strip()
    changes = audit.diff(before, {"day": data.day.isoformat(), "description": closure.description})
    if changes:
        audit.record(session, actor, "update", "closure", closure.uuid, changes)
    return closure


def remove_closure(
    session: Session, actor: Actor, closure_id: int, *, expected_version: int | None = None
) -> None:
    """`expected_version`: the version the clerk's list showed; a closure changed since stays."""
    require(actor, Action.EDIT_BATCHES)
    closure = _live_closure(session, closure_id)
    refuse_delete_if_changed(session, closure, expected_version, Sentence("Libur lokal"), "closure")
    closure.deleted_at = utcnow()
    audit.record(session, actor, "delete", "closure", closure.uuid,
                 {"day": [closure.day.isoformat(), None]})  # fmt: skip


def closures(session: Session, since: date | None = None) -> list[Closure]:
    stmt = select(Closure).where(Closure.deleted_at.is_(None)).order_by(Closure.day.desc())
    if since is not None:
        stmt = stmt.where(Closure.day >= since)
    return list(session.scalars(stmt))


def batches_on_closure(session: Session, day: date) -> list[str]:
    """Names of batches that still train on a day now closed: the clerk should move that day."""
    return list(
        session.scalars(
            select(Batch.name)
            .join(TrainingDay, TrainingDay.batch_id == Batch.id)
            .where(TrainingDay.day == day, Batch.deleted_at.is_(None))
            .order_by(Batch.name)
        )
    )


# --- Reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchDetail:
    id: int
    program_id: int
    program: str
    program_code: str
    total_jp: int
    hours_per_day: int
    name: str
    mode: str
    location: str
    funding: str
    capacity: int
    start: date
    end: date | None
    weekdays: str
    status: str
    notes: str
    days: list[date]
    instructor_ids: list[int]
    instructor_names: list[str]
    participants: int
    version: int = 1


def detail(session: Session, batch_id: int) -> BatchDetail:
    batch = get_batch(session, batch_id)
    program = batch.program
    ids = instructor_ids(session, batch.id)
    names = [
        n
        for n in session.scalars(
            select(Instructor.name).where(Instructor.id.in_(ids)).order_by(Instructor.name)
        )
    ]
    return BatchDetail(
        batch.id, program.id, program.name, program.code, program.total_jp,
        program.hours_per_day, batch.name, batch.mode, batch.location, batch.funding,
        batch.capacity, batch.start_date, batch.end_date, batch.weekdays, batch.status,
        batch.notes, days_of(session, batch.id), ids, names,
        len(_participant_ids(session, batch.id)), batch.version,
    )  # fmt: skip


def batch_input(info: BatchDetail) -> BatchInput:
    return BatchInput(
        program_id=info.program_id, name=info.name, start_date=info.start, mode=info.mode,
        location=info.location, funding=info.funding, capacity=info.capacity,
        weekdays=info.weekdays, instructor_ids=list(info.instructor_ids), notes=info.notes,
    )  # fmt: skip


def named(name: str) -> str:
    """'Angkatan I/2026' as it is, 'III' as 'Angkatan III': a batch's name in a sentence or a
    title, never 'Angkatan Angkatan I/2026' (clerks name batches either way)."""
    if name.split(" ", 1)[0].casefold() in ("angkatan", "gelombang", "batch"):
        return name
    return Sentence("Angkatan {name}", name=name)


def suggest_name(session: Session, program_id: int, year: int) -> str:
    """'Angkatan N/YYYY': one more than this programme's batches that year."""
    count = session.scalar(
        select(func.count()).where(
            Batch.program_id == program_id, Batch.year == year, Batch.deleted_at.is_(None)
        )
    )
    return f"Angkatan {roman((count or 0) + 1)}/{year}"


class BatchListRow(NamedTuple):
    """A line of the Angkatan list; a named tuple because ten years hold thousands and it is
    made five times faster than a frozen dataclass."""

    id: int
    name: str
    program: str
    start: date
    end: date | None
    status: str
    mode: str
    participants: int
    capacity: int
    training_days: int
    inst_code: str = ""


def overview(session: Session, status: str | None = None) -> list[BatchListRow]:
    """The Angkatan list: lighter than `listings.batches`, which also counts millions of marks."""
    # Counted per batch by a seek into each table's (batch_id, …) index: on SQLite a fifth
    # cheaper than grouping both whole tables into temporary tables and joining those (no
    # MATERIALIZE, no automatic index); PostgreSQL plans the same subqueries as index-only scans.
    participants = (
        select(func.count())
        .where(
            Enrollment.batch_id == Batch.id,
            Enrollment.status == EnrollmentStatus.ACCEPTED,
            Enrollment.deleted_at.is_(None),
        )
        .correlate(Batch)
        .scalar_subquery()
    )
    days = (
        select(func.count())
        .where(TrainingDay.batch_id == Batch.id)
        .correlate(Batch)
        .scalar_subquery()
    )
    stmt = (
        select(
            Batch.id, Batch.name, Program.name, Batch.start_date, Batch.end_date, Batch.status,
            Batch.mode, participants, Batch.capacity, days, Batch.inst_code,
        )
        .join(Program, Program.id == Batch.program_id)
        .where(Batch.deleted_at.is_(None))
        .order_by(Batch.start_date.desc(), Batch.id.desc())
    )  # fmt: skip
    if status:
        stmt = stmt.where(Batch.status == status)
    # Plain columns through Core: the ORM's row handling doubled the time of 8,000 batches.
    return list(map(BatchListRow._make, session.connection().execute(stmt)))
