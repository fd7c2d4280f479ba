"""A small batch with participants and training days in the past, for the attendance tests."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from blkdesk.core.models import (
    Batch,
    BatchInstructor,
    Enrollment,
    Instructor,
    Program,
    Trainee,
    TrainingDay,
    Vocation,
)
from blkdesk.core.registry import nik
from blkdesk.core.storage.db import Database
from blkdesk.core.text import normalise_name
from blkdesk.core.training.calendar import training_days

START = date(2025, 3, 3)  # a Monday
NAMES = ("Siti Nurhasanah", "Ahmad Hidayat", "Dewi Lestari", "Rizki Saputra", "Euis Rahmawati")


@dataclass
class BatchInfo:
    id: int
    days: list[date]
    enrollments: list[int]  # the participants, by name order


def make_batch(
    db: Database,
    *,
    days: int = 10,
    names: tuple[str, ...] = NAMES,
    status: str = "berjalan",
    start: date = START,
    withdrawn: dict[str, date] | None = None,
    reserves: tuple[str, ...] = (),
) -> BatchInfo:
    withdrawn = withdrawn or {}
    day_list = training_days(start, days)
    with db.transaction() as s:
        vocation = s.scalar(select(Vocation).where(Vocation.code == "TIK"))
        program = s.scalar(select(Program).where(Program.code == "TIK-OPKOM"))
        if program is None:
            program = Program(
                inst_code="LBK", vocation_id=vocation.id, code="TIK-OPKOM",
                name="Operator Komputer Muda", total_jp=days * 8,
            )  # fmt: skip
            s.add(program)
            s.flush()
        batch = Batch(
            inst_code="LBK", program_id=program.id, name=f"Angkatan {start:%d%m}/2025",
            year=2025, start_date=day_list[0], end_date=day_list[-1], status=status,
        )  # fmt: skip
        s.add(batch)
        s.flush()
        instructor = Instructor(inst_code="LBK", name="Rina Marlina, S.Kom.")
        s.add(instructor)
        s.flush()
        s.add(BatchInstructor(inst_code="LBK", batch_id=batch.id, instructor_id=instructor.id))
        s.add_all(TrainingDay(batch_id=batch.id, day=d) for d in day_list)
        people = []
        for i, name in enumerate((*names, *reserves), start=1):
            sex = "P" if name.split()[0] in ("Siti", "Dewi", "Euis") else "L"
            born = date(2000, 1, i)
            trainee = Trainee(
                inst_code="LBK", nik=nik.compose("3602", 1, born, sex, batch.id * 100 + i),
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
                inst_code="LBK", trainee_id=trainee.id, batch_id=batch.id, status=status_,
                status_changed_on=changed,
            )  # fmt: skip
            s.add(enrollment)
            s.flush()
            people.append((normalise_name(name), enrollment.id, name in reserves))
        batch_id = batch.id
    ordered = [eid for _n, eid, reserve in sorted(people) if not reserve]
    return BatchInfo(batch_id, day_list, ordered)
