"""Keying the daftar hadir: the grid a clerk fills, and every mark's rules, audit and undo.

Each call is one transaction that commits (durably: SQLite runs with synchronous=FULL) before it
returns, so a power cut loses at most the keystroke being typed. A call returns a `ChangeSet`
holding every cell's state before and after; `undo` writes the "before" states back through the
same rules.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import String, Table, and_, bindparam, or_, select, text, true
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.attendance.attendance_stats import CODES, AttendanceStats, meets_threshold
from blkdesk.core.clock import sentence_date, utcnow
from blkdesk.core.clock import today as clock_today
from blkdesk.core.concurrency import CellConflict, StaleCells, last_change
from blkdesk.core.errors import NotFound, ValidationError
from blkdesk.core.models import AttendanceMark, Batch, Enrollment, Program, Trainee, TrainingDay
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.sentences import Sentence, number
from blkdesk.core.statuses import BatchStatus, EnrollmentStatus
from blkdesk.core.storage.db import Database

CODE_LABELS = {"H": "Hadir", "I": "Izin", "S": "Sakit", "A": "Alpa"}
# Enrollments that appear on the daftar hadir: participants, and those who withdrew (their marks
# up to the day they left still count for the record).
LISTED = (EnrollmentStatus.ACCEPTED, EnrollmentStatus.WITHDRAWN)
CLOSED = BatchStatus.CLOSED
STREAK = 3  # consecutive days away that earn a warning

MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
WEEKDAYS_SHORT = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")


def short_date(day: date) -> str:
    """'3 Mar', for narrow column headers."""
    return f"{day.day} {MONTHS_SHORT[day.month - 1]}"


@dataclass(frozen=True)
class MarkState:
    code: str
    note: str = ""


@dataclass(frozen=True)
class MarkChange:
    enrollment_id: int
    day: date
    before: MarkState | None  # None: blank (never keyed, or cleared)
    after: MarkState | None


@dataclass(frozen=True)
class ChangeSet:
    batch_id: int
    changes: tuple[MarkChange, ...] = ()
    warnings: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class Participant:
    enrollment_id: int
    enrollment_uuid: str
    name: str
    nik: str
    status: str
    withdrawn_on: date | None

    @property
    def withdrawn(self) -> bool:
        return self.status == EnrollmentStatus.WITHDRAWN


def refusal(
    *,
    batch_name: str,
    batch_status: str,
    training_days: set[date] | frozenset[date],
    participant_name: str,
    enrollment_status: str,
    withdrawn_on: date | None,
    day: date,
    today: date,
) -> str | None:
    """Why a mark may not be keyed in this cell, or None when it may. The one place the rules live:
    the services enforce it and the grid greys out the cells it refuses."""
    if batch_status == CLOSED:
        return Sentence(
            "{batch} sudah ditutup; presensinya tidak dapat diubah lagi. Bila perlu koreksi, "
            "administrator dapat mengembalikan status angkatan ke Selesai.",
            batch=batch_name,
        )
    if day not in training_days:
        return Sentence(
            "{day} bukan hari pelatihan {batch}.", day=sentence_date(day), batch=batch_name
        )
    if day > today:
        return Sentence(
            "{day} belum berlangsung; presensi hanya diisi untuk hari yang sudah lewat atau hari "
            "ini.",
            day=sentence_date(day),
        )
    if enrollment_status == EnrollmentStatus.WITHDRAWN:
        if withdrawn_on is None or day >= withdrawn_on:
            if withdrawn_on is None:
                return Sentence(
                    "{name} sudah mengundurkan diri; tidak ada presensi lagi.",
                    name=participant_name,
                )
            return Sentence(
                "{name} sudah mengundurkan diri sejak {since}; tidak ada presensi lagi.",
                name=participant_name,
                since=sentence_date(withdrawn_on),
            )
        return None
    if enrollment_status != EnrollmentStatus.ACCEPTED:
        return Sentence(
            "{name} bukan peserta {batch}; presensinya tidak dicatat.",
            name=participant_name,
            batch=batch_name,
        )
    return None


def absence_runs(codes: Sequence[str | None], minimum: int = STREAK) -> list[tuple[int, int]]:
    """(first index, length) of every run of at least `minimum` consecutive keyed absences (I, S
    or A: presence is what the rule measures). A blank cell is unknown and ends a run."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, code in enumerate([*codes, None]):
        if code is not None and code != "H":
            if start is None:
                start = i
            continue
        if start is not None and i - start >= minimum:
            runs.append((start, i - start))
        start = None
    return runs


def _streak_text(name: str, first: date, last: date, length: int) -> str:
    return Sentence(
        "{name} tidak hadir {length} hari pelatihan berturut-turut ({first} – {last}); hubungi "
        "peserta ini.",
        name=name,
        length=length,
        first=sentence_date(first),
        last=sentence_date(last),
    )


def streak_warning(name: str, days: Sequence[date], codes: Sequence[str | None]) -> str | None:
    """The warning for the participant's latest run of absences, if there is one."""
    runs = absence_runs(codes)
    if not runs:
        return None
    first, length = runs[-1]
    return _streak_text(name, days[first], days[first + length - 1], length)


@dataclass
class Grid:
    """A batch's daftar hadir as the attendance page shows it."""

    batch_id: int
    batch_uuid: str
    batch_name: str
    batch_status: str
    program_name: str
    threshold: Decimal
    days: list[date]
    participants: list[Participant]
    marks: dict[tuple[int, date], MarkState]
    today: date
    _day_set: frozenset[date] = field(default=frozenset(), repr=False)

    def __post_init__(self) -> None:
        self._day_set = frozenset(self.days)

    @property
    def closed(self) -> bool:
        return self.batch_status == CLOSED

    def mark(self, enrollment_id: int, day: date) -> MarkState | None:
        return self.marks.get((enrollment_id, day))

    def refusal(self, participant: Participant, day: date) -> str | None:
        return refusal(
            batch_name=self.batch_name,
            batch_status=self.batch_status,
            training_days=self._day_set,
            participant_name=participant.name,
            enrollment_status=participant.status,
            withdrawn_on=participant.withdrawn_on,
            day=day,
            today=self.today,
        )

    def codes(self, participant: Participant) -> list[str | None]:
        eid = participant.enrollment_id
        return [m.code if (m := self.marks.get((eid, d))) else None for d in self.days]

    def keyed_until(self) -> date | None:
        """The last day anyone has a mark: how far the clerk has got with the paper."""
        keyed = {day for _eid, day in self.marks}
        return max(keyed) if keyed else None

    def stats(self, participant: Participant, keyed_until: date | None = None) -> AttendanceStats:
        """Counts so far; "held" days stop at the last keyed day, not today, so a backlog of
        paper not yet keyed does not show everyone as absent."""
        counts: dict[str, int] = {}
        for code in self.codes(participant):
            if code is not None:
                counts[code] = counts.get(code, 0) + 1
        until = min(self.today, keyed_until or self.keyed_until() or self.today)
        held = sum(1 for d in self.days if d <= until)
        return AttendanceStats(len(self.days), held, counts)

    def below_so_far(self, stats: AttendanceStats) -> bool:
        return 100 * stats.present < self.threshold * stats.days_held

    def out_of_reach(self, stats: AttendanceStats) -> bool:
        """Below the threshold even if the participant attends every day still to come: for a
        finished batch, simply below the threshold."""
        best = AttendanceStats(
            stats.days_total,
            stats.days_held,
            {"H": stats.present + stats.days_total - stats.days_held},
        )
        return not meets_threshold(best, self.threshold)

    def warning(self, participant: Participant) -> str | None:
        return streak_warning(participant.name, self.days, self.codes(participant))

    def apply(self, changes: ChangeSet) -> None:
        """Bring the in-memory grid in line with what a service just committed."""
        for change in changes.changes:
            key = (change.enrollment_id, change.day)
            if change.after is None:
                self.marks.pop(key, None)
            else:
                self.marks[key] = change.after


def _batch(session: Session, batch_id: int) -> tuple[Batch, Program]:
    row = session.execute(
        select(Batch, Program)
        .join(Program, Program.id == Batch.program_id)
        .where(Batch.id == batch_id, Batch.deleted_at.is_(None))
    ).first()
    if row is None:
        raise NotFound(Sentence("Angkatan tidak ditemukan; mungkin sudah dihapus."))
    return row[0], row[1]


def _days(session: Session, batch_id: int) -> list[date]:
    stmt = select(TrainingDay.day).where(TrainingDay.batch_id == batch_id)
    return list(session.scalars(stmt.order_by(TrainingDay.day)))


def participants(session: Session, batch_id: int) -> list[Participant]:
    rows = session.execute(
        select(
            Enrollment.id,
            Enrollment.uuid,
            Trainee.name,
            Trainee.nik,
            Enrollment.status,
            Enrollment.status_changed_on,
        )
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .where(
            Enrollment.batch_id == batch_id,
            Enrollment.status.in_(LISTED),
            Enrollment.deleted_at.is_(None),
        )
        .order_by(Trainee.name_norm, Enrollment.id)
    )
    return [
        Participant(
            eid, uid, name, nik, status, changed if status == EnrollmentStatus.WITHDRAWN else None
        )
        for eid, uid, name, nik, status, changed in rows
    ]


def load_grid(session: Session, batch_id: int, today: date | None = None) -> Grid:
    """Four indexed queries, whatever the batch's size: fast enough to open on every click."""
    batch, program = _batch(session, batch_id)
    people = participants(session, batch_id)
    marks = {
        (eid, day): MarkState(code, note)
        for eid, day, code, note in session.execute(
            select(
                AttendanceMark.enrollment_id,
                AttendanceMark.day,
                AttendanceMark.code,
                AttendanceMark.note,
            )
            .join(Enrollment, Enrollment.id == AttendanceMark.enrollment_id)
            .where(Enrollment.batch_id == batch_id, AttendanceMark.deleted_at.is_(None))
        )
    }
    return Grid(
        batch_id=batch.id,
        batch_uuid=batch.uuid,
        batch_name=batch.name,
        batch_status=batch.status,
        program_name=program.name,
        threshold=Decimal(program.attendance_threshold),
        days=_days(session, batch_id),
        participants=people,
        marks=marks,
        today=today or clock_today(),
    )


def _check_code(code: str | None) -> str | None:
    if code is None:
        return None
    cleaned = code.strip().upper()
    if cleaned not in CODES:
        raise ValidationError(
            Sentence(
                "Kode kehadiran '{code}' tidak dikenal; gunakan H (hadir), I (izin), S (sakit) "
                "atau A (alpa).",
                code=code,
            ),
            field="code",
        )
    return cleaned


Cell = tuple[int, date]
_MARKS = cast(Table, AttendanceMark.__table__)
Seen = Mapping[Cell, MarkState | None]
# What a cell should hold, given what it holds now (None: blank).
Decide = Callable[[Cell, MarkState | None], MarkState | None]


@dataclass
class _Facts:
    """What a write checks, read in one query: on an office server every query is a round trip
    across the LAN, and a clerk keying marks feels each one."""

    batch_name: str
    batch_status: str
    days: list[date]
    people: dict[int, Any]
    marks: dict[Cell, MarkState]  # live marks of those people on the batch's training days


def _facts_query() -> Any:
    person = (
        select(
            Enrollment.id.label("eid"),
            Enrollment.uuid.label("uuid"),
            Enrollment.batch_id.label("batch_id"),
            Enrollment.status.label("status"),
            Enrollment.status_changed_on.label("changed_on"),
            Trainee.name.label("name"),
        )
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .where(
            Enrollment.id.in_(bindparam("eids", expanding=True)), Enrollment.deleted_at.is_(None)
        )
        .subquery()
    )
    mark = _MARKS
    return (
        select(
            Batch.name.label("batch_name"),
            Batch.status.label("batch_status"),
            TrainingDay.day,
            person,
            mark.c.code,
            mark.c.note,
        )
        .select_from(Batch)
        .outerjoin(TrainingDay, TrainingDay.batch_id == Batch.id)
        .outerjoin(person, true())
        .outerjoin(
            mark,
            and_(
                mark.c.enrollment_id == person.c.eid,
                mark.c.day == TrainingDay.day,
                mark.c.deleted_at.is_(None),
            ),
        )
        .where(Batch.id == bindparam("batch_id"), Batch.deleted_at.is_(None))
    )


# Built once: making the statement anew cost a keying clerk more CPU than running it.
_FACTS = _facts_query()


def _facts(session: Session, batch_id: int, enrollment_ids: set[int]) -> _Facts:
    rows = session.execute(_FACTS, {"batch_id": batch_id, "eids": sorted(enrollment_ids)}).all()
    if not rows:
        raise NotFound(Sentence("Angkatan tidak ditemukan; mungkin sudah dihapus."))
    days = sorted({row.day for row in rows if row.day is not None})
    people = {row.eid: row for row in rows if row.eid is not None}
    marks = {
        (row.eid, row.day): MarkState(row.code, row.note) for row in rows if row.code is not None
    }
    return _Facts(rows[0].batch_name, rows[0].batch_status, days, people, marks)


def _refuse(facts: _Facts, batch_id: int, cells: Iterable[Cell], today: date) -> None:
    """All or nothing: one refused cell refuses the whole change."""
    day_set = frozenset(facts.days)
    for eid, day in sorted(cells, key=lambda k: (k[1], k[0])):
        person = facts.people.get(eid)
        if person is None or person.batch_id != batch_id:
            raise ValidationError(Sentence("Peserta ini tidak terdaftar di angkatan yang dipilih."))
        reason = refusal(
            batch_name=facts.batch_name,
            batch_status=facts.batch_status,
            training_days=day_set,
            participant_name=person.name,
            enrollment_status=person.status,
            withdrawn_on=person.changed_on,
            day=day,
            today=today,
        )
        if reason:
            raise ValidationError(reason)


def _stale(session: Session, facts: _Facts, conflicts: list[CellConflict]) -> StaleCells:
    by: str = Sentence("pengguna lain")
    if conflicts:
        change = last_change(session, "attendance_mark", facts.people[conflicts[0].row].uuid)
        by = change.user_name if change else by
    return StaleCells(Sentence("{n} sel kehadiran", n=number(len(conflicts))), conflicts, by)


def _upsert() -> Any:
    """One statement per cell that writes it only if it still holds what was read: a clerk
    saving the same cell at this moment makes it write nothing (a conflict), and no row lock
    is taken. SQLite's; the office server does the same in `_ON_SERVER`."""
    mark = _MARKS
    stmt = (
        sqlite.insert(mark)
        .inline()
        .values(
            enrollment_id=bindparam("eid"),
            day=bindparam("day"),
            code=bindparam("code"),
            note=bindparam("note"),
            deleted_at=bindparam("deleted_at"),
            created_at=bindparam("now"),
            updated_at=bindparam("now"),
        )
    )
    was_code = bindparam("was_code", type_=String)
    still_as_read = or_(
        and_(was_code.is_(None), mark.c.deleted_at.is_not(None)),
        and_(
            mark.c.deleted_at.is_(None),
            mark.c.code == was_code,
            mark.c.note == bindparam("was_note", type_=String),
        ),
    )
    return stmt.on_conflict_do_update(
        index_elements=[mark.c.enrollment_id, mark.c.day],
        set_={
            "code": stmt.excluded.code,
            "note": stmt.excluded.note,
            "deleted_at": stmt.excluded.deleted_at,
            "updated_at": stmt.excluded.updated_at,
        },
        where=still_as_read,
    )


def _write(
    session: Session,
    actor: Actor,
    batch_id: int,
    cells: Iterable[Cell],
    decide: Decide,
    today: date,
    action: str,
    seen: Seen | None = None,
) -> ChangeSet:
    """Check every cell against the rules, then write the ones that change, each with its audit
    row. All or nothing: one refused cell refuses the whole change.

    `seen` is what the clerk's grid showed in the cells being changed: a cell another clerk has
    changed since refuses the change (StaleCells); cells nobody else touched merge freely.

    Round trips on an office server: the read, then one statement that writes the cells and
    their audit rows (`_ON_SERVER`), which commits by itself; callers run in `one_statement`."""
    cells = sorted(set(cells), key=lambda k: (k[1], k[0]))
    facts = _facts(session, batch_id, {eid for eid, _ in cells})
    _refuse(facts, batch_id, cells, today)
    if seen is not None:
        conflicts = [
            CellConflict(cell[0], cell[1], seen[cell], facts.marks.get(cell))
            for cell in cells
            if cell in seen and facts.marks.get(cell) != seen[cell]
        ]
        if conflicts:
            raise _stale(session, facts, conflicts)
    changes: list[MarkChange] = []
    for cell in cells:
        before = facts.marks.get(cell)
        after = decide(cell, before)
        if before != after:
            changes.append(MarkChange(cell[0], cell[1], before, after))
    if not changes:
        return ChangeSet(batch_id)
    store = _store_on_server if session.get_bind().dialect.name == "postgresql" else _store
    if not store(session, actor, action, facts, changes):
        # Another clerk saved one of these cells between our read and our write; nothing of
        # this change stays, and the grid reloads.
        raise _stale(session, facts, [])
    for c in changes:
        if c.after is None:
            facts.marks.pop((c.enrollment_id, c.day), None)
        else:
            facts.marks[(c.enrollment_id, c.day)] = c.after
    return ChangeSet(batch_id, tuple(changes), _warnings(facts, changes))


def _audited(c: MarkChange) -> dict[str, Any]:
    before, after = _note(c.before), _note(c.after)
    return {
        "day": c.day,
        "code": [c.before.code if c.before else None, c.after.code if c.after else None],
        **({"note": [before, after]} if before != after else {}),
    }


def _store(
    session: Session, actor: Actor, action: str, facts: _Facts, changes: list[MarkChange]
) -> bool:
    """Write the changed cells and their audit rows in the caller's transaction; False (the
    caller rolls back) when a cell no longer holds what was read."""
    now = utcnow()
    params = [
        {
            "eid": c.enrollment_id,
            "day": c.day,
            "code": (c.after or c.before or MarkState("")).code,
            "note": (c.after or c.before or MarkState("")).note,
            "deleted_at": None if c.after else now,
            "now": now,
            "was_code": c.before.code if c.before else None,
            "was_note": c.before.note if c.before else "",
        }
        for c in changes
    ]
    # Core, not the ORM's bulk path, and asked to keep the count (SQLAlchemy keeps it only for
    # UPDATE and DELETE by default): every cell must have been written.
    written = (
        session.connection()
        .execution_options(preserve_rowcount=True)
        .execute(_upsert(), params)
        .rowcount
    )
    if written != len(changes):
        return False
    for c in changes:
        uuid = facts.people[c.enrollment_id].uuid
        audit.record(session, actor, action, "attendance_mark", uuid, _audited(c))
    return True


# The cells, their audit rows and the check that every cell was written, in one statement:
# PostgreSQL runs it atomically and durably outside BEGIN…COMMIT (`Database.one_statement`), so
# a mark costs two round trips on the office LAN, the read and this. Arrays carry the cells,
# so the text is the same for one cell or a whole day and the server prepares it once.
_ON_SERVER = text("""
WITH cell AS (
    SELECT * FROM unnest(
        CAST(:eid AS integer[]), CAST(:day AS date[]), CAST(:code AS varchar[]),
        CAST(:note AS text[]), CAST(:cleared AS boolean[]), CAST(:was_code AS varchar[]),
        CAST(:was_note AS text[]), CAST(:uuid AS varchar[]), CAST(:changes AS text[])
    ) WITH ORDINALITY AS c(eid, day, code, note, cleared, was_code, was_note, uuid, changes, n)
), written AS (
    INSERT INTO attendance_mark AS m
        (enrollment_id, day, code, note, deleted_at, created_at, updated_at)
    SELECT eid, day, code, note, CASE WHEN cleared THEN :now END, :now, :now FROM cell
    ON CONFLICT (enrollment_id, day) DO UPDATE SET
        code = excluded.code, note = excluded.note, deleted_at = excluded.deleted_at,
        updated_at = excluded.updated_at
    -- Only a cell that still holds what was read: blank (a cleared row), or the same mark.
    WHERE EXISTS (
        SELECT 1 FROM cell c
        WHERE c.eid = m.enrollment_id AND c.day = m.day AND (
            (c.was_code IS NULL AND m.deleted_at IS NOT NULL)
            OR (m.deleted_at IS NULL AND m.code = c.was_code AND m.note = c.was_note)))
    RETURNING 1
), audited AS (
    INSERT INTO audit_event (at, user_name, action, entity, entity_uuid, changes, reason)
    SELECT :now, :user, :action, 'attendance_mark', uuid, changes, '' FROM cell ORDER BY n
    RETURNING 1
)
-- A cell left unwritten (another clerk saved it meanwhile) divides by zero: the error undoes
-- the whole statement, cells and audit rows alike, as a rolled-back transaction would.
SELECT 1 / CAST((SELECT count(*) FROM written) = :cells AS integer)
""")
_DIVISION_BY_ZERO = "22012"


def _store_on_server(
    session: Session, actor: Actor, action: str, facts: _Facts, changes: list[MarkChange]
) -> bool:
    """`_store` as the single statement `_ON_SERVER`."""
    shown = [c.after or c.before or MarkState("") for c in changes]
    params = {
        "eid": [c.enrollment_id for c in changes],
        "day": [c.day for c in changes],
        "code": [m.code for m in shown],
        "note": [m.note for m in shown],
        "cleared": [c.after is None for c in changes],
        "was_code": [c.before.code if c.before else None for c in changes],
        "was_note": [c.before.note if c.before else "" for c in changes],
        "uuid": [facts.people[c.enrollment_id].uuid for c in changes],
        "changes": [audit.encode(_audited(c)) for c in changes],
        "now": utcnow(),
        "user": actor.name,
        "action": action,
        "cells": len(changes),
    }
    try:
        session.execute(_ON_SERVER, params)
    except DataError as exc:
        if getattr(exc.orig, "sqlstate", None) == _DIVISION_BY_ZERO:
            return False
        raise
    return True


def _warnings(facts: _Facts, changes: list[MarkChange]) -> tuple[str, ...]:
    """Streak warnings that the change just created or extended (not old news on other days)."""
    absent = {c.enrollment_id for c in changes if c.after is not None and c.after.code != "H"}
    days = facts.days
    index = {d: i for i, d in enumerate(days)}
    out: list[str] = []
    for eid in sorted(absent):
        codes = [m.code if (m := facts.marks.get((eid, d))) else None for d in days]
        touched = {index[c.day] for c in changes if c.enrollment_id == eid and c.day in index}
        for first, length in absence_runs(codes):
            if touched & set(range(first, first + length)):
                last = days[first + length - 1]
                out.append(_streak_text(facts.people[eid].name, days[first], last, length))
                break
    return tuple(out)


def write_states(
    db: Database,
    actor: Actor,
    batch_id: int,
    targets: dict[Cell, MarkState | None],
    *,
    action: str = "update",
    today: date | None = None,
) -> ChangeSet:
    """Put each cell in the given state (an import, a restore): one transaction, same rules."""
    require(actor, Action.MARK_ATTENDANCE)
    if not targets:
        return ChangeSet(batch_id)
    wanted = dict(targets)
    with db.one_statement() as session:
        return _write(
            session, actor, batch_id, wanted, lambda cell, _now: wanted[cell],
            today or clock_today(), action,
        )  # fmt: skip


def set_marks(
    db: Database,
    actor: Actor,
    batch_id: int,
    cells: Iterable[Cell],
    code: str | None,
    *,
    today: date | None = None,
    seen: Seen | None = None,
) -> ChangeSet:
    """Key one code (or blank, with None) into every cell of a selection; notes are kept.

    `seen`: what the grid showed in those cells (see `_write`)."""
    require(actor, Action.MARK_ATTENDANCE)
    checked = _check_code(code)
    cells = list(cells)
    if not cells:
        return ChangeSet(batch_id)

    def keyed(_cell: Cell, now: MarkState | None) -> MarkState | None:
        return None if checked is None else MarkState(checked, _note(now))

    with db.one_statement() as session:
        return _write(
            session, actor, batch_id, cells, keyed, today or clock_today(), "update", seen
        )


def set_mark(
    db: Database,
    actor: Actor,
    batch_id: int,
    enrollment_id: int,
    day: date,
    code: str | None,
    *,
    today: date | None = None,
    seen: Seen | None = None,
) -> ChangeSet:
    return set_marks(db, actor, batch_id, [(enrollment_id, day)], code, today=today, seen=seen)


NOTE_MAX = 500  # characters of a mark's note, counted with its runs of spaces made one


def set_note(
    db: Database,
    actor: Actor,
    batch_id: int,
    enrollment_id: int,
    day: date,
    note: str,
    *,
    today: date | None = None,
    seen: Seen | None = None,
) -> ChangeSet:
    """Attach a note (a sick note, a permission letter) to a keyed mark."""
    require(actor, Action.MARK_ATTENDANCE)
    note = " ".join(note.split())
    if len(note) > NOTE_MAX:
        raise ValidationError(
            Sentence("Catatan terlalu panjang (maksimal 500 karakter)."), field="note"
        )

    def noted(_cell: Cell, now: MarkState | None) -> MarkState:
        if now is None:
            raise ValidationError(
                Sentence("Isi dulu kode kehadirannya (H, I, S atau A) sebelum menambah catatan."),
                field="note",
            )
        return MarkState(now.code, note)

    with db.one_statement() as session:
        return _write(
            session, actor, batch_id, [(enrollment_id, day)], noted, today or clock_today(),
            "update", seen,
        )  # fmt: skip


def fill_day(
    db: Database,
    actor: Actor,
    batch_id: int,
    day: date,
    code: str = "H",
    *,
    today: date | None = None,
) -> ChangeSet:
    """ "Semua hadir": key `code` for every participant still blank on `day`. Marks already keyed
    (the day's I, S and A) stay; those who had withdrawn by then are skipped."""
    require(actor, Action.MARK_ATTENDANCE)
    checked = _check_code(code)
    assert checked is not None
    now = today or clock_today()
    with db.one_statement() as session:
        open_cells = [
            (p.enrollment_id, day)
            for p in participants(session, batch_id)
            if not (p.withdrawn and (p.withdrawn_on is None or day >= p.withdrawn_on))
        ]
        return _write(
            session, actor, batch_id, open_cells, lambda _cell, was: was or MarkState(checked),
            now, "update",
        )  # fmt: skip


def undo(db: Database, actor: Actor, changes: ChangeSet, *, today: date | None = None) -> ChangeSet:
    """Write back what the cells held before `changes`; returns the change that undoing made.

    A cell another clerk has changed since is theirs now: undo refuses rather than erase it."""
    require(actor, Action.MARK_ATTENDANCE)
    if not changes:
        return changes
    targets = {(c.enrollment_id, c.day): c.before for c in changes.changes}
    made = {(c.enrollment_id, c.day): c.after for c in changes.changes}
    with db.one_statement() as session:
        return _write(
            session, actor, changes.batch_id, targets, lambda cell, _was: targets[cell],
            today or clock_today(), "undo", made,
        )  # fmt: skip


def _note(state: MarkState | None) -> str:
    return state.note if state else ""
