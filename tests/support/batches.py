"""Batches for tests, each builder named for the state it leaves the batch in.

- `planned_batch`: planned through the service, no participants yet (training tests).
- `running_batch`: participants and training days from `start`, no marks (attendance tests).
- `finished_batch`: ended, with competency units and every participant's marks (graduation,
  certificates).
- `assessed_batch`: a finished batch whose units are all assessed (certificates, printing).

The last three write the models directly, so a test sets up in milliseconds; each returns a
`BuiltBatch`. `keyed_codes` reads back the marks a test keyed.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from blkdesk.core.certification import assessment
from blkdesk.core.clock import today
from blkdesk.core.models import (
    AttendanceMark,
    Batch,
    BatchInstructor,
    CompetencyUnit,
    Enrollment,
    Instructor,
    Program,
    Trainee,
    TrainingDay,
    Vocation,
)
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.storage.db import Database
from blkdesk.core.text import normalise_name
from blkdesk.core.training import batches
from blkdesk.core.training.calendar import training_days

INST = "LBK"
START = date(2025, 3, 3)  # a Monday
RUNNING_NAMES = (
    "Siti Nurhasanah", "Ahmad Hidayat", "Dewi Lestari", "Rizki Saputra", "Euis Rahmawati",
)  # fmt: skip
FINISHED_NAMES = (
    "Siti Rahmawati", "Ahmad Hidayat", "Dewi Lestari", "Rizki Saputra", "Euis Handayani",
    "Budi Setiawan", "Nur Anggraini", "Dimas Pratama", "Ratna Susanti", "Yusuf Maulana",
    "Intan Safitri", "Fajar Ramdani", "Wulan Oktaviani", "Hendra Gunawan", "Lilis Hayati",
    "Tubagus Hakim", "Ayu Puspitasari", "Irfan Firmansyah", "Putri Komalasari", "Agus Wijaya",
    "Maya Fitriani", "Eko Suryadi", "Nabila Wulandari", "Cecep Rosadi", "Kartika Maryati",
    "Galih Permana", "Anisa Nurhasanah", "Ilham Jaelani", "Yanti Lestari", "Bayu Kurniawan",
    "Imas Rohayati", "Zaenal Mulyana",
)  # fmt: skip
OPERATOR = Actor("operator", Role.OPERATOR)


@dataclass
class BuiltBatch:
    id: int
    days: list[date]
    enrollments: list[int]  # the participants' enrollments (running: by name order)
    units: list[int] = field(default_factory=list)  # competency units, when built with them


def planned_batch(db: Database, actor: Actor, program_id: int, start: date, **kw) -> int:
    """Through `batches.plan_batch`, as a clerk plans one; `kw` are BatchInput's fields."""
    data = batches.BatchInput(
        program_id=program_id, name=kw.pop("name", "Angkatan I/2026"), start_date=start, **kw
    )
    with db.transaction() as s:
        return batches.plan_batch(s, actor, data).id


def running_batch(
    db: Database,
    *,
    days: int = 10,
    names: tuple[str, ...] = RUNNING_NAMES,
    status: str = "berjalan",
    start: date = START,
    withdrawn: dict[str, date] | None = None,
    reserves: tuple[str, ...] = (),
) -> BuiltBatch:
    """Participants (by `names`; `withdrawn` left on a day, `reserves` on the reserve list)
    and training days counted from `start` without holidays; no marks yet."""
    withdrawn = withdrawn or {}
    day_list = training_days(start, days)
    with db.transaction() as s:
        vocation = s.scalar(select(Vocation).where(Vocation.code == "TIK"))
        program = s.scalar(select(Program).where(Program.code == "TIK-OPKOM"))
        if program is None:
            program = Program(
                inst_code=INST, vocation_id=vocation.id, code="TIK-OPKOM",
                name="Operator Komputer Muda", total_jp=days * 8,
            )  # fmt: skip
            s.add(program)
            s.flush()
        batch = Batch(
            inst_code=INST, program_id=program.id, name=f"Angkatan {start:%d%m}/2025",
            year=2025, start_date=day_list[0], end_date=day_list[-1], status=status,
        )  # fmt: skip
        s.add(batch)
        s.flush()
        instructor = Instructor(inst_code=INST, name="Rina Marlina, S.Kom.")
        s.add(instructor)
        s.flush()
        s.add(BatchInstructor(inst_code=INST, batch_id=batch.id, instructor_id=instructor.id))
        s.add_all(TrainingDay(batch_id=batch.id, day=d) for d in day_list)
        people = []
        for i, name in enumerate((*names, *reserves), start=1):
            sex = "P" if name.split()[0] in ("Siti", "Dewi", "Euis") else "L"
            born = date(2000, 1, i)
            trainee = Trainee(
                inst_code=INST, nik=nikmod.compose("3602", 1, born, sex, batch.id * 100 + i),
                name=name, name_norm=normalise_name(name), birth_date=born, sex=sex,
            )  # fmt: skip
            s.add(trainee)
            s.flush()
            if name in reserves:
                status_, changed = "cadangan", None
            elif name in withdrawn:
                status_, changed = "mengundurkan_diri", withdrawn[name]
            else:
                status_, changed = "peserta", None
            enrollment = Enrollment(
                inst_code=INST, trainee_id=trainee.id, batch_id=batch.id, status=status_,
                status_changed_on=changed,
            )  # fmt: skip
            s.add(enrollment)
            s.flush()
            people.append((normalise_name(name), enrollment.id, name in reserves))
        batch_id = batch.id
    ordered = [eid for _n, eid, reserve in sorted(people) if not reserve]
    return BuiltBatch(batch_id, day_list, ordered)


def weekdays_back(n: int, end: date) -> list[date]:
    out: list[date] = []
    day = end
    while len(out) < n:
        if day.weekday() < 5:
            out.append(day)
        day -= timedelta(days=1)
    return sorted(out)


def finished_batch(
    db: Database,
    *,
    participants: int = 4,
    units: int = 3,
    days: int = 10,
    present: list[int] | None = None,
    program_code: str = "LAS-SMAW",
    ended_days_ago: int = 7,
) -> BuiltBatch:
    """Ended `ended_days_ago`, with `units` competency units and `participants` participants
    whose marks are H on `present[i]` days (the rest A); every day present by default."""
    end = today() - timedelta(days=ended_days_ago)
    day_list = weekdays_back(days, end)
    with db.transaction() as s:
        voc = s.scalar(select(Vocation).where(Vocation.code == "LAS"))
        assert voc is not None
        program = s.scalar(select(Program).where(Program.code == program_code))
        if program is None:
            program = Program(
                inst_code=INST, vocation_id=voc.id, code=program_code,
                name="Juru Las SMAW Posisi 3G", total_jp=16 * units,
            )  # fmt: skip
            s.add(program)
            s.flush()
            for i in range(units):
                s.add(CompetencyUnit(
                    inst_code=INST, program_id=program.id, position=i + 1,
                    code=f"C.259900.0{i + 10}.01",
                    title=f"Mengelas Pelat Posisi {i + 1}G dengan SMAW",
                    jp=16,
                ))  # fmt: skip
            s.flush()
        unit_ids = [u.id for u in program.units]
        n_batches = len(list(s.scalars(select(Batch.id))))
        batch = Batch(
            inst_code=INST, program_id=program.id, name=f"Angkatan {n_batches + 1}/2026",
            year=end.year, start_date=day_list[0], end_date=day_list[-1], status="selesai",
        )  # fmt: skip
        s.add(batch)
        s.flush()
        for d in day_list:
            s.add(TrainingDay(batch_id=batch.id, day=d))
        enrollment_ids = []
        existing = len(list(s.scalars(select(Trainee.id))))
        for i in range(participants):
            k = existing + i
            name = FINISHED_NAMES[k % len(FINISHED_NAMES)] + (
                "" if k < len(FINISHED_NAMES) else f" {k}"
            )
            birth = date(1995 + k % 10, 1 + k % 12, 1 + k % 28)
            trainee = Trainee(
                inst_code=INST, nik=nikmod.compose("3602", 1, birth, "L", k + 1), name=name,
                name_norm=normalise_name(name), birth_place="Rangkasbitung",
                birth_date=birth, sex="L",
            )  # fmt: skip
            s.add(trainee)
            s.flush()
            enrollment = Enrollment(
                inst_code=INST, trainee_id=trainee.id, batch_id=batch.id, status="peserta"
            )
            s.add(enrollment)
            s.flush()
            enrollment_ids.append(enrollment.id)
            h = days if present is None else present[i]
            for j, d in enumerate(day_list):
                s.add(
                    AttendanceMark(enrollment_id=enrollment.id, day=d, code="H" if j < h else "A")
                )
        return BuiltBatch(batch.id, day_list, enrollment_ids, unit_ids)


def assessed_batch(
    db: Database,
    *,
    participants: int = 4,
    present: list[int] | None = None,
    bk: tuple[tuple[int, int], ...] = (),
    program_code: str = "LAS-SMAW",
) -> BuiltBatch:
    """A finished batch, every unit assessed K except the (participant, unit) pairs in `bk`."""
    built = finished_batch(
        db, participants=participants, present=present, program_code=program_code
    )
    with db.transaction() as s:
        for i, e in enumerate(built.enrollments):
            for u in built.units:
                result = "BK" if (i, u) in bk else "K"
                assessment.record(s, OPERATOR, e, u, result, built.days[-1], "Dadang")
    return built


def keyed_codes(db: Database) -> dict[tuple[int, date], str]:
    """Every mark keyed and not cleared, as {(enrollment id, day): code}."""
    with db.session() as s:
        rows = s.execute(
            select(AttendanceMark.enrollment_id, AttendanceMark.day, AttendanceMark.code).where(
                AttendanceMark.deleted_at.is_(None)
            )
        )
        return {(e, d): c for e, d, c in rows}
