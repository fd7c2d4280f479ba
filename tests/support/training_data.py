"""Small builders for the training tests: a programme, registrants and a batch's participants
(batches: batches.py)."""

from datetime import date

from blkdesk.core.models import Trainee
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.text import normalise_name
from blkdesk.core.training import catalog, selection

UNITS = [
    catalog.UnitInput("J.620100.001.01", "Mengoperasikan Sistem Operasi", 16),
    catalog.UnitInput("J.620100.002.01", "Mengoperasikan Pengolah Kata", 24),
]


def program_input(code: str = "TIK-OPKOM", total_jp: int = 40, **kw) -> catalog.ProgramInput:
    base = dict(vocation_code="TIK", code=code, name="Operator Komputer Muda", total_jp=total_jp,
                hours_per_day=8, units=list(UNITS))  # fmt: skip
    base.update(kw)
    return catalog.ProgramInput(**base)


def make_program(db, actor, **kw) -> int:
    with db.transaction() as s:
        return catalog.create_program(s, actor, program_input(**kw)).id


def make_trainees(db, count: int, *, start_serial: int = 1, **overrides) -> list[int]:
    ids = []
    with db.transaction() as s:
        for i in range(count):
            birth = date(1998, 1 + i % 12, 1 + i % 27)
            sex = "L" if i % 2 else "P"
            name = overrides.get("name", f"Peserta Uji {start_serial + i:03d}")
            t = Trainee(
                inst_code="LBK", nik=nikmod.compose("3602", 1, birth, sex, start_serial + i),
                name=name, name_norm=normalise_name(name), birth_date=birth, sex=sex,
                education=overrides.get("education", "SLTA/SEDERAJAT"),
                regency_code=overrides.get("regency_code", "3602"), province_code="36",
                birth_place="Lebak", village="Muara Ciujung Timur",
            )  # fmt: skip
            s.add(t)
            s.flush()
            ids.append(t.id)
    return ids


def make_participants(db, actor, batch_id: int, count: int = 1) -> None:
    """`count` new registrants (`make_trainees`) selected as the batch's participants."""
    ids = make_trainees(db, count)
    with db.transaction() as s:
        for e in selection.add_applicants(s, actor, batch_id, ids):
            selection.set_status(s, actor, e.id, "peserta")
