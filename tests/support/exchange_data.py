"""A compact, seeded BLK history around one month, built directly through the models.

The exchange tests need marks, assessments, certificates and placements whatever the demo holds
today, so they make their own: a few programmes, batches that end before, during and after the
month, participants of every age group, education level, sex, with disability, migrant-worker
candidates, outcomes, certificates (one voided) and placements.
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from blkdesk.core.institution import InstitutionInput, setup
from blkdesk.core.models import (
    Assessment,
    AttendanceMark,
    Batch,
    Certificate,
    CompetencyUnit,
    Enrollment,
    Placement,
    Program,
    Trainee,
    TrainingDay,
    Vocation,
)
from blkdesk.core.refdata import EDUCATION_LEVELS, PLACEMENT_OUTCOMES
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry.eligibility import needs_guardian
from blkdesk.core.storage.db import Database, open_database, resolve_url
from blkdesk.core.text import normalise_name
from blkdesk.core.training.calendar import training_days
from blkdesk.exchange.sync_export import sheet_query
from blkdesk.exchange.sync_format import SHEETS

MONTH = date(2025, 5, 1)
STAMP = datetime(2025, 6, 2, 8, 0)


@dataclass
class Built:
    trainees: int
    enrollments: int
    niks: list[str]


def institution(code: str, regency: str = "3601") -> InstitutionInput:
    return InstitutionInput(
        code=code,
        name=f"UPTD BLK {code}",
        kind="uptd_kabkota",
        regency_code=regency,
        address="Jl. Raya No. 1",
        head_name=f"Kepala {code}",
        head_nip="197001011995031001",
    )


def new_blk(tmp_path, code: str, regency: str = "3601") -> Database:
    db = open_database(resolve_url(str(tmp_path / f"{code.lower()}.sqlite")))
    setup(db, institution(code, regency), "admin", "Admin", "Rahasia123")
    return db


def new_province(tmp_path) -> Database:
    db = open_database(resolve_url(str(tmp_path / "provinsi.sqlite")))
    data = institution("DISNAKER36", "36")
    data.kind = "disnaker_provinsi"
    setup(db, data, "admin", "Admin", "Rahasia123")
    return db


def build(
    db: Database,
    *,
    seed: int = 1,
    per_batch: int = 6,
    names: dict[int, str] | None = None,
    shared_niks: list[str] | None = None,
) -> Built:
    """Three programmes, five batches around MONTH; `names` overrides trainee names by index and
    `shared_niks` gives the first trainees these NIKs (a person another BLK also trained)."""
    rng = random.Random(seed)
    names = names or {}
    shared_niks = list(shared_niks or [])
    niks: list[str] = []
    with db.transaction() as s:
        code = s.scalar(select(Vocation.inst_code).limit(1))
        vocations = {v.code: v for v in s.scalars(select(Vocation))}
        programs = []
        for voc, pcode, name in (
            ("LAS", "LAS-1", "Juru Las SMAW"),
            ("TIK", "TIK-1", "Operator Komputer"),
            ("BHS", "BHS-1", "Bahasa Jepang"),
        ):
            program = Program(inst_code=code, vocation=vocations[voc], code=pcode, name=name,
                              total_jp=160, hours_per_day=8)  # fmt: skip
            s.add(program)
            s.flush()
            for pos in (1, 2):
                s.add(CompetencyUnit(inst_code=code, program_id=program.id, position=pos,
                                     code=f"U.{pos}", title=f"Unit {pos}", jp=80))  # fmt: skip
            programs.append(program)
        s.flush()
        starts = (
            date(2025, 3, 3),  # ends in April: not running in May
            date(2025, 4, 14),  # runs into May, ends in May
            date(2025, 5, 5),  # new in May, ends in May/June
            date(2025, 5, 19),  # new in May, runs past the month
            date(2025, 6, 16),  # planned after the month
        )
        count = 0
        enrollments = 0
        for b_index, start in enumerate(starts):
            program = programs[b_index % len(programs)]
            days = training_days(start, 20)
            status = "selesai" if days[-1] < date(2025, 6, 1) else "berjalan"
            batch = Batch(inst_code=code, program_id=program.id, name=f"Angkatan {b_index + 1}",
                          year=start.year, start_date=days[0], end_date=days[-1],
                          status=status)  # fmt: skip
            s.add(batch)
            s.flush()
            for d in days:
                s.add(TrainingDay(batch_id=batch.id, day=d))
            units = list(s.scalars(select(CompetencyUnit.id).where(
                CompetencyUnit.program_id == program.id)))  # fmt: skip
            for _ in range(per_batch):
                sex = rng.choice("LP")
                age = rng.choice((16, 19, 24, 25, 29, 30, 39, 40, 47))
                birth = start - timedelta(days=365 * age + rng.randint(0, 300))
                nik = shared_niks.pop(0) if shared_niks else nikmod.compose(
                    "3601", rng.randint(1, 20), birth, sex, rng.randint(1, 9999))  # fmt: skip
                # A person another BLK trained too: born when, and the sex, their NIK says.
                info = nikmod.parse(nik)
                birth, sex = info.birth_date, info.sex
                name = names.get(count, f"Peserta {code} {count}")
                pmi = program.code == "BHS-1" and rng.random() < 0.7
                trainee = Trainee(
                    inst_code=code, nik=nik, name=name, name_norm=normalise_name(name),
                    birth_date=birth, sex=sex, education=rng.choice(EDUCATION_LEVELS),
                    disability=rng.choice(("", "", "", "", "fisik")),
                    is_pmi_candidate=pmi,
                    destination_country=rng.choice(("Jepang", "Taiwan")) if pmi else "",
                    phone="+6281200000000", consent_at=STAMP,
                    # A minor's guardian consented, as the intake form requires.
                    guardian_consent=needs_guardian(birth, batch.start_date),
                )  # fmt: skip
                s.add(trainee)
                s.flush()
                niks.append(nik)
                count += 1
                withdrew = rng.random() < 0.15
                status = "mengundurkan_diri" if withdrew else rng.choice(
                    ("peserta", "peserta", "peserta", "cadangan"))  # fmt: skip
                finished = days[-1] < date(2025, 6, 16) and status == "peserta"
                outcome = rng.choice(("lulus", "lulus", "tidak_lulus", "surat_keterangan"))
                enrollment = Enrollment(
                    inst_code=code, trainee_id=trainee.id, batch_id=batch.id, status=status,
                    status_changed_on=days[0] + timedelta(days=5) if withdrew else days[0],
                    outcome=outcome if finished else None,
                )  # fmt: skip
                s.add(enrollment)
                s.flush()
                enrollments += 1
                if status not in ("peserta", "mengundurkan_diri"):
                    continue
                for d in days:
                    if d <= date(2025, 6, 10):
                        s.add(AttendanceMark(enrollment_id=enrollment.id, day=d,
                                             code=rng.choice("HHHHHHISA")))  # fmt: skip
                if not finished:
                    continue
                for unit in units:
                    s.add(Assessment(inst_code=code, enrollment_id=enrollment.id, unit_id=unit,
                                     result="K" if outcome == "lulus" else "BK",
                                     score=Decimal("78.50"), assessed_on=days[-1]))  # fmt: skip
                if outcome == "lulus":
                    seq = count
                    cert = Certificate(
                        inst_code=code, enrollment_id=enrollment.id, kind="sertifikat",
                        number=f"{seq:04d}/BLK-{code}/2025", seq=seq, seq_scope="2025",
                        issued_on=days[-1] + timedelta(days=2), payload="signed",
                    )  # fmt: skip
                    if rng.random() < 0.2:
                        cert.status = "void"
                        cert.void_reason = "Salah ketik nama"
                        cert.voided_at = datetime.combine(days[-1] + timedelta(days=3),
                                                          datetime.min.time())  # fmt: skip
                    s.add(cert)
                    recorded = days[-1] + timedelta(days=rng.randint(1, 20))
                    outcome_p = rng.choice(list(PLACEMENT_OUTCOMES))
                    s.add(Placement(
                        inst_code=code, trainee_id=trainee.id, enrollment_id=enrollment.id,
                        outcome=outcome_p,
                        destination_country="Jepang" if outcome_p == "pmi" else "",
                        employer="PT Maju" if outcome_p.startswith("bekerja") else "",
                        recorded_on=recorded,
                    ))  # fmt: skip
    return Built(count, enrollments, niks)


def dump(db, code):
    """Every synced value of institution `code`, as the sync workbook writes it."""
    out = {}
    with db.session() as s:
        for sheet in SHEETS:
            rows = s.execute(sheet_query(sheet, code, None))
            out[sheet.name] = sorted(
                tuple(f.to_cell(v) for f, v in zip(sheet.fields, row, strict=True)) for row in rows
            )
    return out
