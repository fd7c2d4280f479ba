"""Demo stage: registrants, batches over the years, selection and the training days."""

import random
from collections import Counter
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert

from blkdesk.core.demo import names
from blkdesk.core.demo.context import DemoBatch, DemoContext, DemoProgram
from blkdesk.core.models import Base, BatchInstructor, Enrollment, Trainee, TrainingDay
from blkdesk.core.models import Batch as BatchModel
from blkdesk.core.refdata import (
    BANTEN_DISTRICTS,
    BANTEN_REGENCIES,
    EDUCATION_LEVELS,
    PMI_DESTINATIONS,
    RELIGIONS,
)
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry.eligibility import needs_guardian
from blkdesk.core.statuses import BatchStatus
from blkdesk.core.text import normalise_name, roman
from blkdesk.core.training.calendar import days_needed, training_days

CAPACITY = 16
FLUSH_ROWS = 5_000  # registrants per insert: bounds the stage's memory, not its speed
APPLICANTS_PER_BATCH = 19
MOSTLY_MALE = {"LAS", "OTO", "LST", "MSN", "BNG"}
MOSTLY_FEMALE = {"MJH", "KCT", "PGL"}
WITHDRAW_REASONS = (
    "Diterima bekerja sebelum pelatihan selesai",
    "Sakit berkepanjangan",
    "Pindah domisili",
    "Alasan keluarga",
)
LANGUAGE_DESTINATION = {
    "BHS-JEPANG": ("Jepang", "Bahasa Jepang"),
    "BHS-KOREA": ("Korea Selatan", "Bahasa Korea"),
}


def _status(days: list[date], today: date) -> str:
    if days[0] > today:
        return "direncanakan"
    if days[-1] >= today:
        return "berjalan"
    return "selesai" if (today - days[-1]).days <= 60 else "ditutup"


def _plan_batches(ctx: DemoContext) -> list[tuple[DemoProgram, date]]:
    """Batches spread over the years, plus three near today so that every status is present
    however small the demo: one just finished, one running, one planned."""
    count = max(4, round(ctx.trainees / APPLICANTS_PER_BATCH))
    anchors = [ctx.today - timedelta(days=70), ctx.today - timedelta(days=14),
               ctx.today + timedelta(days=21)]  # fmt: skip
    first = date(ctx.today.year - ctx.years + 1, 1, 8)
    span = (ctx.today - timedelta(days=80) - first).days
    spread = count - len(anchors)
    starts = [
        first + timedelta(days=span * i // spread + ctx.rng.randint(0, 6)) for i in range(spread)
    ]
    # Batches open on a Monday.
    return [
        (ctx.rng.choice(ctx.programs), day - timedelta(days=day.weekday()))
        for day in sorted(starts) + anchors
    ]


def _mtu_village(rng: random.Random, regency: str) -> str:
    districts = BANTEN_DISTRICTS.get(regency) or BANTEN_DISTRICTS["3604"]
    return f"Desa {rng.choice(names.VILLAGES)}, Kec. {rng.choice(districts)}"


def _sex_for(vocation: str, rng: random.Random) -> str:
    if vocation in MOSTLY_MALE:
        return "L" if rng.random() < 0.9 else "P"
    if vocation in MOSTLY_FEMALE:
        return "P" if rng.random() < 0.9 else "L"
    return rng.choice("LP")


def _education(rng: random.Random) -> str:
    return rng.choices(EDUCATION_LEVELS[2:8], weights=(4, 18, 60, 4, 7, 7))[0]


def _person(ctx: DemoContext, program: DemoProgram, start: date, used: set[str]) -> dict[str, Any]:
    rng = ctx.rng
    sex = _sex_for(program.vocation_code, rng)
    age = 18 + int(rng.betavariate(1.4, 4.0) * 22)
    birth = start - timedelta(days=365 * age + rng.randint(0, 364))
    regency = ctx.regency_code if rng.random() < 0.7 else rng.choice(list(BANTEN_REGENCIES))
    while True:
        nik = nikmod.compose(regency, rng.randint(1, 20), birth, sex, rng.randint(1, 9999))
        if nik not in used:
            used.add(nik)
            break
    first = rng.choice(names.MALE if sex == "L" else names.FEMALE)
    family = rng.choice(names.FAMILY_MALE if sex == "L" else names.FAMILY_FEMALE)
    middle = rng.choice(names.MIDDLE)
    full = " ".join(p for p in (first, middle, family) if p)
    registered = datetime.combine(
        start - timedelta(days=rng.randint(10, 45)), time(rng.randint(1, 8), rng.randint(0, 59))
    )
    pmi = LANGUAGE_DESTINATION.get(program.code)
    is_pmi = (pmi is not None and rng.random() < 0.8) or rng.random() < 0.02
    destination, language = pmi if pmi else (rng.choice(PMI_DESTINATIONS), "")
    phone = f"+628{rng.choice('1257')}{rng.randint(10**8, 10**9 - 1)}"
    return {
        "uuid": ctx.uuid(),
        "inst_code": ctx.inst_code,
        "nik": nik,
        "kk_number": f"{regency}{rng.randint(10**11, 10**12 - 1)}",
        "name": full,
        "name_norm": normalise_name(full),
        "birth_place": rng.choice(names.BIRTH_PLACES),
        "birth_date": birth,
        "sex": sex,
        "religion": RELIGIONS[0] if rng.random() < 0.95 else rng.choice(RELIGIONS[1:]),
        "marital_status": "BELUM KAWIN" if age < 24 or rng.random() < 0.5 else "KAWIN",
        "education": _education(rng),
        "address": f"{rng.choice(names.STREETS)} No. {rng.randint(1, 120)}",
        "rt": f"{rng.randint(1, 12):03d}",
        "rw": f"{rng.randint(1, 8):03d}",
        "village": rng.choice(names.VILLAGES),
        "district": rng.choice(BANTEN_DISTRICTS[regency]),
        "regency_code": regency,
        "province_code": "36",
        "phone": phone,
        "email": f"{normalise_name(first)}.{rng.randint(10, 999)}@gmail.com"
        if rng.random() < 0.4
        else "",
        "disability": rng.choice(("fisik", "sensorik", "fisik", "intelektual"))
        if rng.random() < 0.02
        else "",
        "employment_status": "Pencari kerja" if rng.random() < 0.85 else "Korban PHK",
        "ak1_number": (
            f"AK1-{ctx.regency_code}-{rng.randint(10**5, 10**6 - 1)}" if rng.random() < 0.3 else ""
        ),
        "is_pmi_candidate": is_pmi,
        "destination_country": destination if is_pmi else "",
        "language": language if is_pmi else "",
        "passport_number": f"C{rng.randint(10**6, 10**7 - 1)}"
        if is_pmi and rng.random() < 0.5
        else "",
        # 365 days a year leaves a few applicants days short of 18 on the first day: their
        # guardian consented, as the intake form requires (no draw, so the rest stays the same).
        "guardian_name": f"{names.MALE[len(full) % len(names.MALE)]} {family}".strip()
        if needs_guardian(birth, start)
        else "",
        "guardian_consent": needs_guardian(birth, start),
        "consent_at": registered,
        "consent_by": "operator",
        "created_at": registered,
        "updated_at": registered,
    }


def _selection(
    ctx: DemoContext, status: str, start: date, applicants: int
) -> list[tuple[str, date | None, str]]:
    """(status, date of the status, withdraw reason) for each applicant, in order."""
    rng = ctx.rng
    if status == BatchStatus.PLANNED and (start - ctx.today).days > 30:
        return [("pendaftar", None, "")] * applicants
    decided = start - timedelta(days=7)
    out: list[tuple[str, date | None, str]] = []
    for i in range(applicants):
        if i < CAPACITY:
            if status != BatchStatus.PLANNED and rng.random() < 0.03:
                out.append(
                    (
                        "mengundurkan_diri",
                        start + timedelta(days=rng.randint(3, 20)),
                        rng.choice(WITHDRAW_REASONS),
                    )
                )
            else:
                out.append(("peserta", decided, ""))
        else:
            out.append((rng.choice(("cadangan", "tidak_lulus_seleksi")), decided, ""))
    return out


def build(ctx: DemoContext) -> None:
    rng = ctx.rng
    plans = _plan_batches(ctx)
    per_batch = Counter({i: ctx.trainees // len(plans) for i in range(len(plans))})
    for i in range(ctx.trainees % len(plans)):
        per_batch[i] += 1
    used_niks: set[str] = set()
    pending = _Pending(ctx)
    trainees, batches, enrollments = pending.trainees, pending.batches, pending.enrollments
    days_rows, instructor_rows = pending.days, pending.instructors
    per_program_year: Counter[tuple[int, int]] = Counter()
    trainee_id = enrollment_id = 0
    for batch_id, (program, start) in enumerate(plans, start=1):
        needed = days_needed(program.total_jp, program.hours_per_day)
        days = training_days(start, needed, closures=ctx.closures)
        status = _status(days, ctx.today)
        per_program_year[(program.id, start.year)] += 1
        mode = "mtu" if rng.random() < 0.15 else "institusional"
        created = datetime.combine(start - timedelta(days=60), time(2, 0))
        batches.append({
            "id": batch_id, "uuid": ctx.uuid(), "inst_code": ctx.inst_code,
            "program_id": program.id,
            "name": f"Angkatan {roman(per_program_year[(program.id, start.year)])}/{start.year}",
            "year": start.year, "mode": mode,
            "location": _mtu_village(rng, ctx.regency_code) if mode == "mtu" else "",
            "funding": rng.choices(("APBN", "APBD", "DBHCHT"), weights=(3, 5, 2))[0],
            "capacity": CAPACITY, "start_date": days[0], "end_date": days[-1], "weekdays": "01234",
            "status": status, "created_at": created, "updated_at": created,
        })  # fmt: skip
        stamps = {"created_at": created, "updated_at": created}
        days_rows.extend({"batch_id": batch_id, "day": d, **stamps} for d in days)
        instructor_rows.append({
            "uuid": ctx.uuid(), "inst_code": ctx.inst_code, "batch_id": batch_id,
            "instructor_id": rng.choice(ctx.instructor_ids[program.vocation_code]), **stamps,
        })  # fmt: skip
        demo_batch = DemoBatch(batch_id, program, status, days)
        for sel_status, changed_on, reason in _selection(
            ctx, status, days[0], per_batch[batch_id - 1]
        ):
            trainee_id += 1
            enrollment_id += 1
            person = _person(ctx, program, days[0], used_niks)
            person["id"] = trainee_id
            trainees.append(person)
            enrollments.append({
                "id": enrollment_id, "uuid": ctx.uuid(), "inst_code": ctx.inst_code,
                "trainee_id": trainee_id, "batch_id": batch_id, "status": sel_status,
                "status_changed_on": changed_on, "withdraw_reason": reason,
                "created_at": person["created_at"], "updated_at": person["created_at"],
            })  # fmt: skip
            demo_batch.enrollments.append((enrollment_id, trainee_id, sel_status))
        ctx.batches.append(demo_batch)
        if len(trainees) >= FLUSH_ROWS:
            pending.flush()
    pending.flush()


class _Pending:
    """Rows made but not yet inserted. Written every FLUSH_ROWS registrants (parents before the
    rows that point at them), so 100,000 registrants never sit in memory at once."""

    def __init__(self, ctx: DemoContext) -> None:
        self.session = ctx.session
        self.trainees: list[dict[str, Any]] = []
        self.batches: list[dict[str, Any]] = []
        self.days: list[dict[str, Any]] = []
        self.instructors: list[dict[str, Any]] = []
        self.enrollments: list[dict[str, Any]] = []

    def flush(self) -> None:
        for model, rows in ((Trainee, self.trainees), (BatchModel, self.batches),
                            (TrainingDay, self.days), (BatchInstructor, self.instructors),
                            (Enrollment, self.enrollments)):  # fmt: skip
            if rows:
                # Core inserts into the table: the ORM's bulk path costs a Python step per value.
                self.session.execute(insert(Base.metadata.tables[model.__tablename__]), rows)
            rows.clear()
