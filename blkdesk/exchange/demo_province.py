"""The demo province: several demo BLKs in different Banten regencies, each with its own code,
keys and programmes, sending the province a year of real files (monthly reports and sync
workbooks) that the province database receives and merges exactly as it would from a USB stick.

Some people trained at two BLKs in the same year (double funding), one BLK skipped a month, one
sent a month late, and one registered BLK never sent anything. The BLK that skipped a month also
lost a changes-only file on the way (a gap in its data at the province) and sent two records its
own form would have refused (flagged at the province), so the desk's follow-up has something to
show. It lives beside the merge, not in
core/demo, because it goes through the real exports and the real merge.
"""

import random
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from blkdesk.core import demo
from blkdesk.core.access import auth
from blkdesk.core.clock import today as clock_today
from blkdesk.core.errors import ValidationError
from blkdesk.core.institution import InstitutionInput, create_institution, setup, system_actor
from blkdesk.core.models import Batch, Enrollment, Trainee
from blkdesk.core.province import blks, submissions
from blkdesk.core.refdata import BANTEN_REGENCIES
from blkdesk.core.storage.db import Database, open_database, resolve_url, sqlite_path
from blkdesk.exchange.monthly_workbook import export_monthly
from blkdesk.exchange.province_intake import receive_files
from blkdesk.exchange.sync_export import export_sync

PROVINCE = InstitutionInput(
    code="DISNAKERTRANS-BTN",
    name="Dinas Tenaga Kerja dan Transmigrasi Provinsi Banten",
    kind="disnaker_provinsi",
    regency_code="36",
    address="Jl. Syech Nawawi Al Bantani, KP3B, Curug, Kota Serang, Banten 42171",
    head_name="Dr. H. Septo Kalnadi, M.M.",
    head_nip="197109121998031004",
    phone="(0254) 267027",
    email="disnakertrans@bantenprov.go.id",
)


@dataclass(frozen=True)
class DemoBlk:
    institution: InstitutionInput
    programs: frozenset[str]


def _blk(code: str, name: str, regency: str, head: str, nip: str, programs: str) -> DemoBlk:
    town = BANTEN_REGENCIES[regency]
    phone = f"(0254) {sum(map(ord, code)) * 997 % 900000 + 100000}"
    return DemoBlk(
        InstitutionInput(
            code=code, name=name, kind="uptd_kabkota", regency_code=regency,
            address=f"Jl. Raya BLK No. {len(code) * 7}, {town}, Banten", head_name=head,
            head_nip=nip, phone=phone,
            email=f"blk.{code.lower()}@bantenprov.go.id",
        ),
        frozenset(programs.split()),
    )  # fmt: skip


# Each teaches its own mix; beauty, sewing and baking recur so programmes match across BLKs.
BLKS: tuple[DemoBlk, ...] = (
    _blk("LBK", "UPTD BLK Kabupaten Lebak", "3602", "H. Dedi Rahmat, S.Sos., M.Si.",
         "197205141998031005", "MJH-BUSANA KCT-RIAS PGL-ROTI LAS-SMAW-3G TIK-OPKOM"),
    _blk("PDG", "UPTD BLK Kabupaten Pandeglang", "3601", "Hj. Euis Kurniasih, S.E.",
         "197608202001122003", "MJH-BUSANA KCT-RIAS KCT-RAMBUT PGL-ROTI OTO-SPM"),
    _blk("CLG", "UPTD BLK Kota Cilegon", "3672", "Ir. Agus Supriyadi, M.T.",
         "196911031996031002", "LAS-SMAW-3G LAS-MIG LST-INST OTO-SPM KCT-RIAS"),
    _blk("TGS", "UPTD BLK Kota Tangerang Selatan", "3674", "Rina Oktaviani, S.Kom., M.M.",
         "198002152005012007", "TIK-OPKOM TIK-WEB BHS-JEPANG BHS-KOREA KCT-RAMBUT"),
    _blk("SRG", "UPTD BLK Kabupaten Serang", "3604", "Drs. H. Ahmad Fauzi, M.Si.",
         "197003151995031002", "LAS-MIG TIK-OPKOM MJH-BUSANA OTO-SPM BHS-KOREA"),
    _blk("KTG", "UPTD BLK Kota Tangerang", "3671", "Bambang Wijaya, S.T.",
         "197511272002121004", "TIK-WEB LST-INST KCT-RIAS PGL-ROTI LAS-MIG"),
    _blk("KSR", "UPTD BLK Kota Serang", "3673", "Nurhayati, S.Pd., M.Pd.",
         "197807092003122006", "MJH-BUSANA KCT-RAMBUT TIK-OPKOM PGL-ROTI LST-INST"),
    _blk("TNG", "UPTD BLK Kabupaten Tangerang", "3603", "H. Maman Suparman, S.H.",
         "197301262000031001", "OTO-SPM LAS-SMAW-3G BHS-JEPANG MJH-BUSANA TIK-WEB"),
)  # fmt: skip
SILENT = BLKS[-1]  # registered by the province, never sent a file (when it is not built)
SKIPPER, LATE = "PDG", "CLG"  # PDG missed the month before last; CLG sent one month late
# PDG's changes-only file of the fifth month back never arrived; the next month's did.
LOST_SYNC_MONTHS_BACK = 5
DOUBLE_FUNDED = 6  # people planted in a second BLK's batch of the same year


@dataclass(frozen=True)
class PlantedCase:
    nik: str
    year: int
    codes: tuple[str, str]


@dataclass
class ProvinceSummary:
    path: str
    blks: list[str]
    planted: list[PlantedCase]
    files_received: int
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)


def build_province(
    db_target: str,
    *,
    blk_count: int = 4,
    trainees: int = 300,
    years: int = 2,
    seed: int = 1,
    history: bool = True,
    logins: bool = True,
    progress: Callable[[str], None] | None = None,
) -> ProvinceSummary:
    """Build the BLKs in a scratch folder, plant the shared NIKs, then send the province a year
    of files (`history`) or one full sync workbook each, and merge them into `db_target`.
    Without `logins` (benchmarks) the province gets no accounts: hashing them is slow by design."""
    if not 2 <= blk_count <= len(BLKS):
        raise ValidationError(f"Jumlah BLK demo 2–{len(BLKS)}.")
    url = resolve_url(db_target)
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        raise ValidationError(f"Berkas {path} sudah ada; pilih nama berkas baru untuk data demo.")
    started = time.perf_counter()
    say = progress or (lambda _label: None)
    chosen = BLKS[:blk_count]
    scratch = Path(tempfile.mkdtemp(prefix="blkdesk-provinsi-"))
    try:
        dbs: list[Database] = []
        for i, blk in enumerate(chosen):
            say(f"BLK {blk.institution.code}: {blk.institution.name}")
            target = scratch / f"{blk.institution.code}.sqlite"
            demo.build(
                str(target), trainees=trainees, seed=seed * 100 + i, years=years,
                institution=blk.institution, program_codes=blk.programs, logins=False,
            )  # fmt: skip
            dbs.append(open_database(resolve_url(str(target))))
        planted = _plant_double_funding(dbs, random.Random(seed))
        _plant_problems(dbs[[b.institution.code for b in chosen].index(SKIPPER)])
        province = open_database(url)
        try:
            if logins:
                setup(province, PROVINCE, *_admin())
                with province.transaction() as session:
                    for username, password, role, full_name in demo.DEMO_USERS[1:]:
                        auth.create_user(session, None, username, full_name, role, password)
            else:
                with province.transaction() as session:
                    create_institution(session, PROVINCE)
            say("kiriman BLK ke provinsi")
            received = _send(province, dbs, scratch, history)
            if blk_count < len(BLKS) and history:
                _register_silent(province)
            with province.session() as session:
                counts = {
                    "peserta": session.scalar(select(func.count(Trainee.id))) or 0,
                    "angkatan": session.scalar(select(func.count(Batch.id))) or 0,
                }
        finally:
            province.dispose()
            for db in dbs:
                db.dispose()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return ProvinceSummary(
        str(path or url), [b.institution.code for b in chosen], planted, received,
        time.perf_counter() - started, counts,
    )  # fmt: skip


def _admin() -> tuple[str, str, str]:
    username, password, _role, full_name = demo.DEMO_USERS[0]
    return username, full_name, password


def _plant_double_funding(dbs: list[Database], rng: random.Random) -> list[PlantedCase]:
    """Copy a few participants of one BLK into a batch of the same year at the next BLK: the
    same NIK, name and birth date, trained twice with public money in one year."""
    planted = []
    this_year = clock_today().year
    for n in range(DOUBLE_FUNDED):
        year = this_year - (n % 2)
        source, target = dbs[n % len(dbs)], dbs[(n + 1) % len(dbs)]
        with source.session() as s:
            taken = {nik for nik in s.scalars(select(Trainee.nik))}
            candidates = s.execute(
                select(Trainee, Batch.year)
                .join(Enrollment, Enrollment.trainee_id == Trainee.id)
                .join(Batch, Batch.id == Enrollment.batch_id)
                .where(Enrollment.status == "peserta", Batch.year == year)
                .order_by(Trainee.id)
            ).all()
            source_code = s.scalar(select(Trainee.inst_code).limit(1)) or ""
        with target.transaction() as t:
            batches = t.scalars(
                select(Batch).where(Batch.year == year).order_by(Batch.start_date)
            ).all()
            target_niks = set(t.scalars(select(Trainee.nik)))
            pool = [c for c, _y in candidates if c.nik not in target_niks and c.nik in taken]
            if not batches or not pool:
                continue
            person = pool[rng.randrange(len(pool))]
            batch = batches[rng.randrange(len(batches))]
            copy = {
                col.key: getattr(person, col.key)
                for col in Trainee.__table__.columns
                if col.key not in ("id", "uuid", "inst_code", "photo")
            }
            trainee = Trainee(**copy, inst_code=batch.inst_code)
            t.add(trainee)
            t.flush()
            t.add(
                Enrollment(
                    inst_code=batch.inst_code, trainee_id=trainee.id, batch_id=batch.id,
                    status="peserta", status_changed_on=batch.start_date,
                )
            )  # fmt: skip
            planted.append(PlantedCase(person.nik, year, (source_code, batch.inst_code)))
    return planted


def _receipt_day(period: str, index: int, code: str) -> datetime:
    """When the BLK's files for `period` reach the province: early in the next month, the
    late one in the middle of it."""
    due = submissions.due_date(period)
    day = 16 if code == LATE and period[5:7] in ("03", "07", "11") else 2 + index
    return datetime(due.year, due.month, min(day, 28), 9 + index, 15)


def _send(province: Database, dbs: list[Database], folder: Path, history: bool) -> int:
    """Every BLK exports its files month by month as the province receives them."""
    now = datetime.now()
    today = now.date()
    actor = system_actor("demo")
    periods = submissions.board_periods(today) if history else []
    received = 0
    if not history:
        # One full workbook each, merged in one go (one backup of the province before it).
        files = []
        for index, db in enumerate(dbs):
            files.append(folder / f"sinkron-{index}-lengkap.xlsx")
            export_sync(db, actor, files[-1], full=True)
        return receive_files(province, actor, files).logged
    skipped = submissions.period_of(submissions.previous_month(submissions.previous_month(today)))
    for index, db in enumerate(dbs):
        with db.session() as s:
            code = s.scalar(select(Trainee.inst_code).limit(1)) or f"BLK{index}"
        arrived = [n for n, p in enumerate(periods) if _receipt_day(p, index, code) <= now]
        last = max(arrived, default=-1)
        for n, period in enumerate(periods):
            at = _receipt_day(period, index, code)
            if at > now or (code == SKIPPER and period == skipped):
                continue
            files = []
            monthly = folder / f"laporan-{code}-{period}.xlsx"
            export_monthly(db, actor, date.fromisoformat(f"{period}-01"), monthly)
            files.append(monthly)
            # A full workbook to start with and the changes since with the latest report that
            # has arrived by today (early in a month, last month's has not): the monthly reports
            # in between say what was received every month. The skipper sends its changes every
            # month, as the guide asks, and one month's file is lost.
            if n in (0, last) or code == SKIPPER:
                sync = folder / f"sinkron-{code}-{at:%Y%m%d}.xlsx"
                export_sync(db, actor, sync, full=n == 0, now=_at(at - timedelta(hours=2)))
                if not (code == SKIPPER and len(periods) - n == LOST_SYNC_MONTHS_BACK):
                    files.append(sync)
            report = receive_files(province, actor, files, received_at=at)
            received += report.logged
    return received


def _at(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def _plant_problems(db: Database) -> None:
    """Two records a BLKDesk form would refuse, as a database edited by hand or an older version
    leaves them: a migrant-worker candidate without a destination, a phone number cut short."""
    with db.transaction() as s:
        first, second = s.scalars(
            select(Trainee).where(Trainee.deleted_at.is_(None)).order_by(Trainee.id).limit(2)
        ).all()
        first.is_pmi_candidate, first.destination_country = True, ""
        second.phone = "0812-345"


def _register_silent(province: Database) -> None:
    inst = SILENT.institution
    with province.transaction() as session:
        blks.save(
            session, system_actor("demo"),
            blks.BlkInput(inst.code, inst.name, inst.kind, inst.regency_code,
                          f"{inst.head_name} · {inst.phone} · {inst.email}"),
        )  # fmt: skip
