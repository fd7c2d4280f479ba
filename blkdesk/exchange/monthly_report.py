"""Laporan Bulanan: the month's figures a province officer reads without explanation.

What each figure counts (also written on the Info sheet of every report):
- angkatan berjalan: batches whose training period overlaps the month;
- peserta aktif: participants (status peserta) of those batches, and those who withdrew on or
  after the first day of the month (they still trained in it);
- baru: active participants whose batch started in the month; selesai: active participants
  (not withdrawn) whose batch ended in the month; lulus / surat keterangan / tidak lulus: the
  decided outcome (an override wins) of those who finished;
- age groups on the last day of the month, education, disability and migrant-worker
  candidates (by destination) describe the active participants;
- sertifikat terbit: certificates issued in the month that are still valid, by kind;
- penempatan: placements recorded in the month, by outcome.
A BLK's report covers its own records; a province database's report consolidates every BLK it
has merged, one block per BLK.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from blkdesk.core.attendance.attendance_stats import AttendanceStats
from blkdesk.core.clock import MONTHS_ID, age_on, utcnow
from blkdesk.core.errors import ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import (
    AttendanceMark,
    Batch,
    Certificate,
    Enrollment,
    Institution,
    Placement,
    Program,
    Trainee,
    TrainingDay,
    Vocation,
)
from blkdesk.core.models.joins import with_programme
from blkdesk.core.province import is_province
from blkdesk.core.refdata import (
    EDUCATION_LEVELS,
    PLACEMENT_OUTCOMES,
    PLACEMENT_SOURCES,
    PMI_DESTINATIONS,
)
from blkdesk.core.sentences import Sentence
from blkdesk.core.statuses import CertificateStatus, EnrollmentStatus

SEX_KEYS = ("L", "P")
AGE_GROUPS = (("15–24", 15, 24), ("25–29", 25, 29), ("30–39", 30, 39), ("40+", 40, 200))
EDUCATION_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("SD ke bawah", EDUCATION_LEVELS[0:3]),
    ("SLTP", EDUCATION_LEVELS[3:4]),
    ("SLTA", EDUCATION_LEVELS[4:5]),
    ("D1–D3", EDUCATION_LEVELS[5:7]),
    ("D4/S1", EDUCATION_LEVELS[7:8]),
    ("S2/S3", EDUCATION_LEVELS[8:10]),
    ("Tidak diisi", ("",)),
)
# (key, heading): the participant counts that are split by sex.
BY_SEX = (
    ("active", "Peserta aktif"),
    ("new", "Peserta baru"),
    ("finished", "Selesai pelatihan"),
    ("lulus", "Lulus"),
    ("surat_keterangan", "Surat keterangan"),
    ("tidak_lulus", "Tidak lulus"),
)
CERT_KINDS = (("sertifikat", "Sertifikat"), ("surat_keterangan", "Surat ket."))
NO_BATCH = "Tanpa angkatan"
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def parse_month(text: str) -> date:
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(
            Sentence("Bulan '{month}' tidak dikenal; tulis seperti 2025-05.", month=text),
            field="month",
        )
    return date(int(match.group(1)), int(match.group(2)), 1)


def month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    # For a jumlah column: the keys it adds up (written as a formula, not a number).
    adds: tuple[str, ...] = ()


@dataclass(frozen=True)
class ColumnGroup:
    title: str
    columns: tuple[Column, ...]


@dataclass
class RekapRow:
    group: str  # the BLK (consolidated report) or the vocation (one BLK's report)
    vocation: str
    program: str
    values: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class ParticipantLine:
    institution: str
    nik: str
    name: str
    sex: str
    birth_date: date
    age: int
    education: str
    disability: str
    pmi_destination: str  # "" when not a migrant-worker candidate
    vocation: str
    program: str
    batch: str
    start: date
    end: date | None
    status: str
    outcome: str
    enrollment_id: int
    batch_id: int


@dataclass(frozen=True)
class AttendanceLine:
    participant: ParticipantLine
    days_total: int
    days_held: int
    counts: dict[str, int]
    percent_so_far: float
    percent_of_all: float


@dataclass(frozen=True)
class CertificateLine:
    institution: str
    number: str
    kind: str
    nik: str
    name: str
    program: str
    batch: str
    issued_on: date
    status: str
    void_reason: str
    voided_on: date | None


@dataclass(frozen=True)
class PlacementLine:
    institution: str
    nik: str
    name: str
    program: str
    outcome: str
    destination: str
    employer: str
    sector: str
    start_date: date | None
    recorded_on: date
    source: str


@dataclass
class MonthlyReport:
    first: date
    last: date
    institution: Institution
    consolidated: bool
    institutions: list[str]  # names of the BLKs covered
    groups: list[ColumnGroup]
    rows: list[RekapRow]
    participants: list[ParticipantLine]
    attendance: list[AttendanceLine]
    certificates: list[CertificateLine]
    placements: list[PlacementLine]
    made_at: datetime

    @property
    def period_label(self) -> str:
        return f"{MONTHS_ID[self.first.month - 1]} {self.first.year}"

    @property
    def columns(self) -> list[Column]:
        return [c for g in self.groups for c in g.columns]

    def value(self, row: RekapRow, column: Column) -> int:
        if column.adds:
            return sum(row.values[k] for k in column.adds)
        return row.values[column.key]

    @property
    def totals(self) -> dict[str, int]:
        return {c.key: sum(self.value(r, c) for r in self.rows) for c in self.columns}

    def by_vocation_and_sex(self) -> list[tuple[str, int, int]]:
        """(vocation, men, women) among active participants: the preview's bar chart."""
        acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in self.rows:
            acc[row.vocation][0] += row.values["active_L"]
            acc[row.vocation][1] += row.values["active_P"]
        return sorted(((v, m, w) for v, (m, w) in acc.items() if m or w), key=lambda t: t[0])


def _scope(session: Session) -> tuple[Institution, bool, dict[str, str]]:
    """(this database's institution, consolidated?, {inst_code: name} covered)."""
    inst = local_institution(session)
    if not is_province(inst.kind):
        return inst, False, {inst.code: inst.name}
    names = dict(
        session.execute(
            select(Institution.code, Institution.name)
            .where(Institution.is_local.is_(False), Institution.deleted_at.is_(None))
            .order_by(Institution.name)
        ).all()
    )
    return inst, True, names


def _running(first: date, last: date) -> Any:
    return and_(
        Batch.deleted_at.is_(None),
        Batch.start_date <= last,
        func.coalesce(Batch.end_date, Batch.start_date) >= first,
    )


def _owned_by(column: Any, codes: list[str]) -> Any:
    """`column IN codes`, kept out of the choice of index (`|| ''`, SQLite's documented way).
    In a BLK's own database every row is its own: SQLite, which keeps no statistics, would
    otherwise read the whole table through the owner's index (all 156,000 certificates of the
    10-year demo) instead of the month's rows through a date index. PostgreSQL, which keeps
    statistics, plans it the same either way."""
    return (column + "").in_(codes)


def _outcome(outcome: str | None, override: str | None) -> str:
    return override or outcome or ""


def _education_group(level: str) -> int:
    for i, (_label, levels) in enumerate(EDUCATION_GROUPS):
        if level in levels:
            return i
    return len(EDUCATION_GROUPS) - 1


def _age_group(age: int) -> str | None:
    for label, low, high in AGE_GROUPS:
        if low <= age <= high:
            return label
    return None


def build_report(session: Session, first: date, now: datetime | None = None) -> MonthlyReport:
    first = first.replace(day=1)
    last = month_end(first)
    inst, consolidated, names = _scope(session)
    codes = list(names)
    rows: dict[tuple[str, str, str], RekapRow] = {}

    def row_for(code: str, vocation: str, program: str) -> RekapRow:
        group = names.get(code, code) if consolidated else vocation
        key = (group, vocation, program)
        if key not in rows:
            rows[key] = RekapRow(group, vocation, program)
        return rows[key]

    running = session.execute(
        select(Batch.inst_code, Vocation.name, Program.name, func.count(Batch.id))
        .join(Program, Program.id == Batch.program_id)
        .join(Vocation, Vocation.id == Program.vocation_id)
        .where(_running(first, last), Batch.inst_code.in_(codes))
        .group_by(Batch.inst_code, Vocation.name, Program.name)
    )
    for code, vocation, program, n in running:
        row_for(code, vocation, program).values["batches"] += n

    participants = _participants(session, first, last, codes, names)
    destinations: Counter[str] = Counter()
    for p in participants:
        values = row_for(p.institution_code, p.line.vocation, p.line.program).values
        line = p.line
        values[f"active_{line.sex}"] += 1
        if first <= line.start <= last:
            values[f"new_{line.sex}"] += 1
        if (
            line.status == EnrollmentStatus.ACCEPTED
            and line.end is not None
            and first <= line.end <= last
        ):
            values[f"finished_{line.sex}"] += 1
            if p.outcome in ("lulus", "surat_keterangan", "tidak_lulus"):
                values[f"{p.outcome}_{line.sex}"] += 1
        age_group = _age_group(line.age)
        if age_group:
            values[f"age_{age_group}"] += 1
        values[f"edu_{_education_group(line.education)}"] += 1
        if line.disability:
            values["disability"] += 1
        if line.pmi_destination:
            values[f"pmi_{line.pmi_destination}"] += 1
            destinations[line.pmi_destination] += 1

    certificates = _certificates(session, first, last, codes, names)
    for c, code, vocation in certificates:
        if c.status == CertificateStatus.ISSUED and first <= c.issued_on <= last:
            row_for(code, vocation, c.program).values[f"cert_{c.kind}"] += 1

    placements = _placements(session, first, last, codes, names)
    for pl, code, vocation, outcome in placements:
        row_for(code, vocation, pl.program).values[f"place_{outcome}"] += 1

    ordered = sorted(rows.values(), key=lambda r: (r.group, r.vocation, r.program))
    lines = [p.line for p in participants]
    return MonthlyReport(
        first=first,
        last=last,
        institution=inst,
        consolidated=consolidated,
        institutions=list(names.values()),
        groups=_groups(destinations),
        rows=ordered,
        participants=lines,
        attendance=_attendance(session, lines, last),
        certificates=[c for c, _code, _voc in certificates],
        placements=[pl for pl, _code, _voc, _o in placements],
        made_at=now or utcnow(),
    )


def _groups(destinations: Counter[str]) -> list[ColumnGroup]:
    groups = [ColumnGroup("Angkatan", (Column("batches", "Berjalan"),))]
    for key, title in BY_SEX:
        groups.append(
            ColumnGroup(
                title,
                (
                    Column(f"{key}_L", "L"),
                    Column(f"{key}_P", "P"),
                    Column(f"{key}_T", "Jml", adds=(f"{key}_L", f"{key}_P")),
                ),
            )
        )
    groups.append(
        ColumnGroup(
            "Usia peserta aktif", tuple(Column(f"age_{a}", a) for a, _lo, _hi in AGE_GROUPS)
        )
    )
    groups.append(
        ColumnGroup(
            "Pendidikan peserta aktif",
            tuple(Column(f"edu_{i}", label) for i, (label, _l) in enumerate(EDUCATION_GROUPS)),
        )
    )
    groups.append(ColumnGroup("Disabilitas", (Column("disability", "Jml"),)))
    known = [d for d in PMI_DESTINATIONS if d in destinations]
    others = sorted(d for d in destinations if d not in PMI_DESTINATIONS)
    dests = tuple(Column(f"pmi_{d}", d) for d in (*known, *others))
    groups.append(
        ColumnGroup(
            "Calon PMI menurut negara tujuan",
            (*dests, Column("pmi_T", "Jml", adds=tuple(c.key for c in dests))),
        )
    )
    groups.append(
        ColumnGroup("Sertifikat terbit", tuple(Column(f"cert_{k}", h) for k, h in CERT_KINDS))
    )
    groups.append(
        ColumnGroup(
            "Penempatan dicatat",
            tuple(Column(f"place_{k}", label) for k, label in PLACEMENT_OUTCOMES.items()),
        )
    )
    return groups


@dataclass(frozen=True)
class _Participant:
    line: ParticipantLine
    institution_code: str
    outcome: str


def _participants(
    session: Session, first: date, last: date, codes: list[str], names: dict[str, str]
) -> list[_Participant]:
    stmt = (
        with_programme(
            select(
                Enrollment.id,
                Enrollment.status,
                Enrollment.status_changed_on,
                Enrollment.outcome,
                Enrollment.outcome_override,
                Enrollment.inst_code,
                Batch.id,
                Batch.name,
                Batch.start_date,
                Batch.end_date,
                Program.name,
                Vocation.name,
                Trainee.nik,
                Trainee.name,
                Trainee.sex,
                Trainee.birth_date,
                Trainee.education,
                Trainee.disability,
                Trainee.is_pmi_candidate,
                Trainee.destination_country,
            ),
            vocation=True,
        )
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .where(
            # The month's batches first, then their enrollments through the batch index.
            Enrollment.batch_id.in_(select(Batch.id).where(_running(first, last))),
            _running(first, last),
            _owned_by(Enrollment.inst_code, codes),
            Enrollment.deleted_at.is_(None),
            Trainee.deleted_at.is_(None),
            or_(
                Enrollment.status == EnrollmentStatus.ACCEPTED,
                and_(
                    Enrollment.status == EnrollmentStatus.WITHDRAWN,
                    Enrollment.status_changed_on >= first,
                ),
            ),
        )
        # Two participants of one name in one batch keep their order whatever the plan.
        .order_by(
            Vocation.name,
            Program.name,
            Batch.start_date,
            Batch.id,
            Trainee.name_norm,
            Enrollment.id,
        )
    )
    out = []
    for (e_id, status, _changed, outcome, override, code, b_id, b_name, start, end, program,
         vocation, nik, name, sex, birth, education, disability, pmi,
         destination) in session.execute(stmt):  # fmt: skip
        decided = _outcome(outcome, override)
        line = ParticipantLine(
            institution=names.get(code, code), nik=nik, name=name, sex=sex,
            birth_date=birth, age=age_on(birth, last), education=education,
            disability=disability,
            pmi_destination=(destination or "Belum ditentukan") if pmi else "",
            vocation=vocation, program=program, batch=b_name, start=start, end=end,
            status=status, outcome=decided, enrollment_id=e_id, batch_id=b_id,
        )  # fmt: skip
        out.append(_Participant(line, code, decided))
    return out


def _attendance(session: Session, lines: list[ParticipantLine], last: date) -> list[AttendanceLine]:
    """Attendance of the month's participants, with the same counting rule as the attendance
    grid (`AttendanceStats`: marks on the batch's training days, H counts as present), in three
    queries for everyone rather than three per batch."""
    batch_ids = sorted({line.batch_id for line in lines})
    enrollment_ids = [line.enrollment_id for line in lines]
    days: dict[int, tuple[int, int]] = {}
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for start in range(0, len(batch_ids), 500):
        chunk = batch_ids[start : start + 500]
        rows = session.execute(
            select(
                TrainingDay.batch_id,
                func.count(),
                func.sum(case((TrainingDay.day <= last, 1), else_=0)),
            )
            .where(TrainingDay.batch_id.in_(chunk))
            .group_by(TrainingDay.batch_id)
        )
        days.update({b: (total, held or 0) for b, total, held in rows})
    for start in range(0, len(enrollment_ids), 500):
        chunk = enrollment_ids[start : start + 500]
        rows = session.execute(
            select(AttendanceMark.enrollment_id, AttendanceMark.code, func.count())
            .join(Enrollment, Enrollment.id == AttendanceMark.enrollment_id)
            .join(
                TrainingDay,
                (TrainingDay.batch_id == Enrollment.batch_id)
                & (TrainingDay.day == AttendanceMark.day),
            )
            .where(AttendanceMark.enrollment_id.in_(chunk), AttendanceMark.deleted_at.is_(None))
            .group_by(AttendanceMark.enrollment_id, AttendanceMark.code)
        )
        for enrollment_id, code, n in rows:
            counts[enrollment_id][code] = n
    out = []
    for line in lines:
        total, held = days.get(line.batch_id, (0, 0))
        stats = AttendanceStats(total, held, counts.get(line.enrollment_id, {}))
        out.append(
            AttendanceLine(
                line,
                stats.days_total,
                stats.days_held,
                dict(stats.counts),
                float(stats.percent_so_far()),
                float(stats.percent_of_all()),
            )
        )
    return out


def _certificates(
    session: Session, first: date, last: date, codes: list[str], names: dict[str, str]
) -> list[tuple[CertificateLine, str, str]]:
    start, end = datetime.combine(first, time.min), datetime.combine(last, time.max)
    stmt = (
        with_programme(
            select(Certificate, Trainee.nik, Trainee.name, Program.name, Batch.name, Vocation.name)
            .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
            .join(Trainee, Trainee.id == Enrollment.trainee_id),
            vocation=True,
        )
        .where(
            _owned_by(Certificate.inst_code, codes),
            Certificate.deleted_at.is_(None),
            or_(
                Certificate.issued_on.between(first, last),
                Certificate.voided_at.between(start, end),
            ),
        )
        .order_by(Certificate.issued_on, Certificate.number, Certificate.id)
    )
    out = []
    for cert, nik, name, program, batch, vocation in session.execute(stmt):
        voided_on = cert.voided_at.date() if cert.voided_at else None
        line = CertificateLine(
            names.get(cert.inst_code, cert.inst_code), cert.number, cert.kind, nik, name,
            program, batch, cert.issued_on, cert.status, cert.void_reason, voided_on,
        )  # fmt: skip
        out.append((line, cert.inst_code, vocation))
    return out


def _placements(
    session: Session, first: date, last: date, codes: list[str], names: dict[str, str]
) -> list[tuple[PlacementLine, str, str, str]]:
    stmt = (
        with_programme(
            select(Placement, Trainee.nik, Trainee.name, Program.name, Vocation.name)
            .join(Trainee, Trainee.id == Placement.trainee_id)
            .outerjoin(Enrollment, Enrollment.id == Placement.enrollment_id),
            vocation=True,
            outer=True,
        )
        .where(
            _owned_by(Placement.inst_code, codes),
            Placement.deleted_at.is_(None),
            Placement.recorded_on.between(first, last),
        )
        .order_by(Placement.recorded_on, Trainee.name_norm, Placement.id)
    )
    out = []
    for pl, nik, name, program, vocation in session.execute(stmt):
        line = PlacementLine(
            names.get(pl.inst_code, pl.inst_code), nik, name, program or NO_BATCH,
            PLACEMENT_OUTCOMES.get(pl.outcome, pl.outcome), pl.destination_country, pl.employer,
            pl.sector, pl.start_date, pl.recorded_on, PLACEMENT_SOURCES.get(pl.source, pl.source),
        )  # fmt: skip
        out.append((line, pl.inst_code, vocation or NO_BATCH, pl.outcome))
    return out
