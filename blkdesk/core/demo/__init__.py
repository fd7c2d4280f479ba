"""A realistic demo database: a Banten BLK's last ten years, built with bulk inserts.

`build` runs the stages in order; each stage adds one part of a BLK's records (catalogue,
registrants and batches, and what later flows add) to the same transaction.
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blkdesk.core.access import auth
from blkdesk.core.clock import today
from blkdesk.core.demo import attendance, certificates, closures, placements, programs, registry
from blkdesk.core.demo.context import DemoContext
from blkdesk.core.errors import ValidationError
from blkdesk.core.institution import InstitutionInput, create_institution, setup
from blkdesk.core.models import (
    AttendanceMark,
    Batch,
    Certificate,
    Enrollment,
    Program,
    Trainee,
    User,
)
from blkdesk.core.permissions import Role
from blkdesk.core.storage import backup, sequences
from blkdesk.core.storage.db import Database, open_database, resolve_url, sqlite_path
from blkdesk.core.storage.paths import data_dir

DEMO_INSTITUTION = InstitutionInput(
    code="SRG",
    name="UPTD Balai Latihan Kerja Kabupaten Serang",
    kind="uptd_kabkota",
    regency_code="3604",
    address="Jl. Raya Serang–Pandeglang Km 5, Ciruas, Kabupaten Serang, Banten 42182",
    head_name="Drs. H. Ahmad Fauzi, M.Si.",
    head_nip="197003151995031002",
    phone="(0254) 280123",
    email="blk@serangkab.go.id",
)

# (username, password, role, full name): printed by `blkdesk demo` so anyone can log in.
DEMO_USERS: tuple[tuple[str, str, Role, str], ...] = (
    ("admin", "Admin123", Role.ADMIN, "Administrator Demo"),
    ("operator", "Operator123", Role.OPERATOR, "Siti Nurhasanah"),
    ("kepala", "Kepala123", Role.KEPALA, "Drs. H. Ahmad Fauzi, M.Si."),
    ("viewer", "Viewer123", Role.VIEWER, "Peninjau Dinas"),
)
# Demo backups are encrypted like a real BLK's; `blkdesk demo` prints this with the logins.
DEMO_BACKUP_PASSWORD = "Cadangan123"
# What the demo holds, beside the schema revision: raised whenever a change to the stages makes
# different data, so that a demo database built and kept earlier (the benchmarks keep one) is
# built again. 2: marks carry when their sheet was keyed, not when the demo was built.
DEMO_FORMAT = 2


@dataclass
class DemoSummary:
    path: str
    counts: dict[str, int]
    seconds: float
    recovery_key: str = ""  # of the demo's backups; printed once, like the real sheet


Stage = Callable[[DemoContext], None]


# Later flows append their stage here; each sees what the earlier ones recorded in the context.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("program pelatihan", programs.build),
    ("libur lokal", closures.build),
    ("pendaftar, angkatan dan peserta", registry.build),
    ("daftar hadir", attendance.build),
    ("penilaian dan sertifikat", certificates.build),
    ("penempatan lulusan", placements.build),
)


def build(
    db_target: str,
    *,
    trainees: int = 2000,
    seed: int = 1,
    years: int = 10,
    progress: Callable[[str], None] | None = None,
    institution: InstitutionInput = DEMO_INSTITUTION,
    program_codes: frozenset[str] | None = None,
    logins: bool = True,
) -> DemoSummary:
    """Create a new demo database at `db_target` (a path or URL). Refuses a non-empty database.

    `institution` and `program_codes` (a part of the catalogue) make the BLKs of the province
    demo differ from each other; its BLKs are scratch databases nobody logs in to, built
    without accounts (`logins=False`) since hashing passwords is most of a small demo's time.
    """
    if trainees < 20:
        raise ValidationError("Jumlah peserta demo minimal 20.")
    url = resolve_url(db_target)
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        raise ValidationError(f"Berkas {path} sudah ada; pilih nama berkas baru untuk data demo.")
    started = time.perf_counter()
    db = open_database(url)
    try:
        recovery = _populate(
            db, trainees=trainees, seed=seed, years=years, progress=progress,
            institution=institution, program_codes=program_codes, logins=logins,
        )  # fmt: skip
        with db.sessions() as session:
            counts = demo_counts(session)
    finally:
        db.dispose()
    return DemoSummary(str(path or url), counts, time.perf_counter() - started, recovery)


def _populate(
    db: Database,
    *,
    trainees: int,
    seed: int,
    years: int,
    progress: Callable[[str], None] | None,
    institution: InstitutionInput,
    program_codes: frozenset[str] | None,
    logins: bool,
) -> str:
    """Fill the database; returns the recovery key of its backups ("" without logins)."""
    recovery = ""
    if logins:
        setup(db, institution, *_admin_credentials())
        with db.transaction() as session:
            for username, password, role, full_name in DEMO_USERS[1:]:
                auth.create_user(session, None, username, full_name, role, password)
            admin = session.scalar(select(User).where(User.username == DEMO_USERS[0][0]))
            assert admin is not None
            recovery = backup.set_backup_password(
                session, auth.actor_for(admin), DEMO_BACKUP_PASSWORD
            )
    else:
        with db.transaction() as session:
            create_institution(session, institution)
    ctx_today = today()
    with db.transaction() as session:
        ctx = DemoContext(
            session=session,
            rng=random.Random(seed),
            inst_code=institution.code,
            today=ctx_today,
            trainees=trainees,
            years=years,
            regency_code=institution.regency_code,
            program_codes=program_codes,
        )
        for label, stage in STAGES:
            if progress:
                progress(label)
            stage(ctx)
        # The stages write their own ids; PostgreSQL's sequences must hear of them.
        sequences.advance(session.connection())
    return recovery


def _admin_credentials() -> tuple[str, str, str]:
    username, password, _role, full_name = DEMO_USERS[0]
    return username, full_name, password


def demo_counts(session: Session) -> dict[str, int]:
    def count(model: type) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return {
        "peserta": count(Trainee),
        "program": count(Program),
        "angkatan": count(Batch),
        "pendaftaran": count(Enrollment),
        "presensi": count(AttendanceMark),
        "sertifikat": count(Certificate),
    }


def default_demo_path() -> Path:
    return data_dir() / "demo.sqlite"
