"""Batches of graduates for placement and dashboard tests, with outcomes set directly."""

from datetime import date, timedelta

from sqlalchemy import select

from blkdesk.core.models import Batch, Enrollment, Program, Trainee, Vocation
from blkdesk.core.registry import nik
from blkdesk.core.text import normalise_name

INST = "LBK"


def program(session, vocation_code: str = "LAS") -> Program:
    vocation = session.scalar(select(Vocation).where(Vocation.code == vocation_code))
    existing = session.scalar(select(Program).where(Program.code == f"P-{vocation_code}"))
    if existing is not None:
        return existing
    prog = Program(
        inst_code=INST, vocation_id=vocation.id, code=f"P-{vocation_code}",
        name=f"Program {vocation.name}", total_jp=160,
    )  # fmt: skip
    session.add(prog)
    session.flush()
    return prog


def batch(session, end: date, vocation_code: str = "LAS", status: str | None = None) -> Batch:
    prog = program(session, vocation_code)
    start = end - timedelta(days=28)
    if status is None:
        status = "berjalan" if start <= date.today() <= end else "selesai"
    b = Batch(
        inst_code=INST, program_id=prog.id, name=f"Angkatan {vocation_code} {end.isoformat()}",
        year=start.year, start_date=start, end_date=end, status=status,
    )  # fmt: skip
    session.add(b)
    session.flush()
    return b


_serial = iter(range(1, 10_000))


def trainee(session, name: str, sex: str = "L", phone: str = "") -> Trainee:
    birth = date(2000, 5, 17)
    serial = next(_serial)
    t = Trainee(
        inst_code=INST, nik=nik.compose("3602", 1, birth, sex, serial), name=name,
        name_norm=normalise_name(name), birth_date=birth, sex=sex,
        phone=phone or f"+62812{serial:08d}",
    )  # fmt: skip
    session.add(t)
    session.flush()
    return t


def enroll(
    session, b: Batch, t: Trainee, outcome: str | None = "lulus", status: str = "peserta"
) -> Enrollment:
    e = Enrollment(inst_code=INST, trainee_id=t.id, batch_id=b.id, status=status, outcome=outcome)
    session.add(e)
    session.flush()
    return e


def graduates(session, end: date, names: list[str], vocation_code: str = "LAS",
              sex: str = "L") -> list[Enrollment]:  # fmt: skip
    b = batch(session, end, vocation_code)
    return [enroll(session, b, trainee(session, n, sex)) for n in names]
