"""A finished batch with attendance and units, built through the models, for certificate tests."""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from blkdesk.core.certification import assessment
from blkdesk.core.clock import today
from blkdesk.core.models import (
    AttendanceMark,
    Batch,
    CompetencyUnit,
    Enrollment,
    Program,
    Trainee,
    TrainingDay,
    Vocation,
)
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.storage.db import Database
from blkdesk.core.text import normalise_name

INST = "LBK"
NAMES = (
    "Siti Rahmawati", "Ahmad Hidayat", "Dewi Lestari", "Rizki Saputra", "Euis Handayani",
    "Budi Setiawan", "Nur Anggraini", "Dimas Pratama", "Ratna Susanti", "Yusuf Maulana",
    "Intan Safitri", "Fajar Ramdani", "Wulan Oktaviani", "Hendra Gunawan", "Lilis Hayati",
    "Tubagus Hakim", "Ayu Puspitasari", "Irfan Firmansyah", "Putri Komalasari", "Agus Wijaya",
    "Maya Fitriani", "Eko Suryadi", "Nabila Wulandari", "Cecep Rosadi", "Kartika Maryati",
    "Galih Permana", "Anisa Nurhasanah", "Ilham Jaelani", "Yanti Lestari", "Bayu Kurniawan",
    "Imas Rohayati", "Zaenal Mulyana",
)  # fmt: skip


@dataclass
class Built:
    batch_id: int
    enrollment_ids: list[int]
    unit_ids: list[int]
    days: list[date]


def weekdays_back(n: int, end: date) -> list[date]:
    out: list[date] = []
    day = end
    while len(out) < n:
        if day.weekday() < 5:
            out.append(day)
        day -= timedelta(days=1)
    return sorted(out)


def make_batch(
    db: Database,
    participants: int = 4,
    units: int = 3,
    days: int = 10,
    present: list[int] | None = None,
    program_code: str = "LAS-SMAW",
    ended_days_ago: int = 7,
) -> Built:
    """`present[i]` H marks for participant i (the rest A); all days present by default."""
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
            name = NAMES[k % len(NAMES)] + ("" if k < len(NAMES) else f" {k}")
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
        return Built(batch.id, enrollment_ids, unit_ids, day_list)


OPERATOR = Actor("operator", Role.OPERATOR)


def assessed_batch(db, participants=4, present=None, bk=()):
    """A finished batch, every unit assessed K except the (participant, unit) pairs in bk."""
    built = make_batch(db, participants=participants, present=present)
    with db.transaction() as s:
        for i, e in enumerate(built.enrollment_ids):
            for u in built.unit_ids:
                result = "BK" if (i, u) in bk else "K"
                assessment.record(s, OPERATOR, e, u, result, built.days[-1], "Dadang")
    return built
