"""UU PDP: everything stored about one trainee (an access request), and anonymisation on request.

The report gathers the trainee's row and every row that hangs off it (applications, attendance,
assessments, certificates, placements) and the audit events about them, so the BLK can answer an
access request (Art. 32) within 3×24 hours. Anonymising removes what identifies the person but
keeps what the province's reports count (sex, birth year, education, disability, regency,
employment, migrant destination, outcomes), so aggregate figures do not change.
"""

import base64
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.clock import format_date, format_datetime_local, utcnow
from blkdesk.core.errors import NotFound, ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import (
    Assessment,
    AttendanceMark,
    AuditEvent,
    Base,
    Batch,
    Certificate,
    CompetencyUnit,
    Enrollment,
    Placement,
    Program,
    Trainee,
)
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage.safefile import atomic_write
from blkdesk.core.text import normalise_name

ANONYMOUS_PREFIX = "Anonim "
# Personal fields cleared on anonymisation; the rest of the trainee row stays for the reports.
CLEARED_TRAINEE_FIELDS = (
    "kk_number", "birth_place", "religion", "marital_status", "address", "rt", "rw", "village",
    "district", "phone", "email", "ak1_number", "notes", "passport_number", "guardian_name",
    "duplicate_reason",
)  # fmt: skip


@dataclass
class Section:
    title: str
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class SubjectReport:
    trainee_uuid: str
    name: str
    generated_at: datetime
    generated_by: str
    institution: str
    sections: list[Section]


def _plain(obj: Base, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns if c.key not in skip}


@dataclass(frozen=True)
class SubjectMatch:
    uuid: str
    name: str
    nik: str
    birth_date: date


def find_subjects(session: Session, actor: Actor, text: str, limit: int = 50) -> list[SubjectMatch]:
    """Trainees whose NIK or name starts with `text` (deleted ones too: their data is stored)."""
    require(actor, Action.SUBJECT_REPORT)
    text = text.strip()
    digits = re.sub(r"[\s.\-]", "", text)
    if not text:
        return []
    if digits.isdigit():
        where = Trainee.nik.startswith(digits)
    else:
        where = Trainee.name_norm.startswith(normalise_name(text))
    stmt = select(Trainee).where(where).order_by(Trainee.name_norm).limit(limit)
    return [SubjectMatch(t.uuid, t.name, t.nik, t.birth_date) for t in session.scalars(stmt)]


def _find(session: Session, trainee_uuid: str) -> Trainee:
    trainee = session.scalar(select(Trainee).where(Trainee.uuid == trainee_uuid))
    if trainee is None:
        raise NotFound(Sentence("Peserta tidak ditemukan."))
    return trainee


def subject_report(session: Session, actor: Actor, trainee_uuid: str) -> SubjectReport:
    """Everything stored about one trainee; making it is itself recorded in the audit trail."""
    require(actor, Action.SUBJECT_REPORT)
    trainee = _find(session, trainee_uuid)
    inst = local_institution(session)
    enrollments = list(
        session.scalars(select(Enrollment).where(Enrollment.trainee_id == trainee.id))
    )
    enrollment_ids = [e.id for e in enrollments]
    sections = [Section("Data peserta", [_plain(trainee)])]
    applications = Section("Pendaftaran pelatihan")
    for e in enrollments:
        batch = session.get(Batch, e.batch_id)
        program = session.get(Program, batch.program_id) if batch else None
        row = _plain(e)
        row["batch"] = batch.name if batch else ""
        row["program"] = program.name if program else ""
        applications.rows.append(row)
    sections.append(applications)
    marks = session.scalars(
        select(AttendanceMark)
        .where(AttendanceMark.enrollment_id.in_(enrollment_ids))
        .order_by(AttendanceMark.day)
    )
    sections.append(Section("Kehadiran", [_plain(m) for m in marks]))
    assessments = Section("Penilaian")
    for a, unit in session.execute(
        select(Assessment, CompetencyUnit)
        .join(CompetencyUnit, CompetencyUnit.id == Assessment.unit_id)
        .where(Assessment.enrollment_id.in_(enrollment_ids))
        .order_by(Assessment.assessed_on)
    ):
        row = _plain(a)
        row["unit"] = f"{unit.code} {unit.title}"
        assessments.rows.append(row)
    sections.append(assessments)
    certificates = list(
        session.scalars(select(Certificate).where(Certificate.enrollment_id.in_(enrollment_ids)))
    )
    sections.append(Section("Sertifikat", [_plain(c) for c in certificates]))
    placements = list(session.scalars(select(Placement).where(Placement.trainee_id == trainee.id)))
    sections.append(Section("Penempatan kerja", [_plain(p) for p in placements]))
    uuids = [trainee.uuid, *(e.uuid for e in enrollments), *(c.uuid for c in certificates),
             *(p.uuid for p in placements)]  # fmt: skip
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity_uuid.in_(uuids))
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    sections.append(Section("Jejak audit (siapa mengolah data ini)", [_plain(e) for e in events]))
    audit.record(session, actor, "subject_report", "trainee", trainee.uuid)
    return SubjectReport(
        trainee_uuid=trainee.uuid,
        name=trainee.name,
        generated_at=utcnow(),
        generated_by=actor.name,
        institution=f"{inst.code} {inst.name}",
        sections=sections,
    )


def _json_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def write_json(report: SubjectReport, path: Path) -> None:
    """The complete report as JSON (a photo as base64), written safely (see `atomic_write`)."""
    data = {
        "laporan": "Laporan data pribadi (UU 27/2022 Pasal 32)",
        "peserta": report.name,
        "uuid": report.trainee_uuid,
        "lembaga": report.institution,
        "dibuat": report.generated_at.isoformat(),
        "dibuat_oleh": report.generated_by,
        "bagian": {
            s.title: [{k: _json_value(v) for k, v in row.items()} for row in s.rows]
            for s in report.sections
        },
    }
    with atomic_write(path) as out:
        out.write(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def _text_value(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bytes):
        return f"(berkas {len(value):,} byte)".replace(",", ".")
    if isinstance(value, datetime):
        return format_datetime_local(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return str(value)


def to_text(report: SubjectReport) -> str:
    """The report for reading on screen or printing: one block per row, every field."""
    lines = [
        "LAPORAN DATA PRIBADI PESERTA",
        f"Nama: {report.name}",
        f"Lembaga: {report.institution}",
        f"Dibuat: {format_datetime_local(report.generated_at)} oleh {report.generated_by}",
        "",
    ]
    for section in report.sections:
        lines.append(f"== {section.title} ({len(section.rows)}) ==")
        for row in section.rows:
            lines.extend(f"  {key}: {_text_value(value)}" for key, value in row.items())
            lines.append("")
        if not section.rows:
            lines.append("  (tidak ada)")
            lines.append("")
    return "\n".join(lines)


def write_text(report: SubjectReport, path: Path) -> None:
    with atomic_write(path) as out:
        out.write(to_text(report).encode("utf-8"))


def anonymise(session: Session, actor: Actor, trainee_uuid: str, reason: str) -> Trainee:
    """Remove what identifies the trainee, keep what the reports count; audited with `reason`.

    Old audit rows about the trainee lose their before/after values (they hold the personal
    data) but keep who did what and when.
    """
    require(actor, Action.ANONYMISE)
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            Sentence("Tulis dasar permintaan penghapusan (mis. surat permohonan peserta)."),
            field="reason",
        )
    trainee = _find(session, trainee_uuid)
    short = trainee.uuid.replace("-", "")[:8].upper()
    trainee.name = f"{ANONYMOUS_PREFIX}{short}"
    trainee.name_norm = normalise_name(trainee.name)
    # Unique per BLK like a NIK, but never a valid one: it starts with a letter.
    trainee.nik = "X" + trainee.uuid.replace("-", "")[:15].upper()
    trainee.birth_date = date(trainee.birth_date.year, 7, 1)
    for name in CLEARED_TRAINEE_FIELDS:
        setattr(trainee, name, "")
    trainee.photo = None
    enrollments = list(
        session.scalars(select(Enrollment).where(Enrollment.trainee_id == trainee.id))
    )
    for e in enrollments:
        e.withdraw_reason = ""
        e.override_reason = ""
    enrollment_ids = [e.id for e in enrollments]
    session.execute(
        update(AttendanceMark)
        .where(AttendanceMark.enrollment_id.in_(enrollment_ids))
        .values(note="")
    )
    certificates = list(
        session.scalars(select(Certificate).where(Certificate.enrollment_id.in_(enrollment_ids)))
    )
    for c in certificates:
        c.payload = ""  # the signed QR text carries the name and NIK
    placements = list(session.scalars(select(Placement).where(Placement.trainee_id == trainee.id)))
    for p in placements:
        p.employer = ""
        p.notes = ""
    uuids = [trainee.uuid, *(e.uuid for e in enrollments), *(c.uuid for c in certificates),
             *(p.uuid for p in placements)]  # fmt: skip
    session.execute(
        update(AuditEvent).where(AuditEvent.entity_uuid.in_(uuids)).values(changes="", reason="")
    )
    audit.record(session, actor, "anonymise", "trainee", trainee.uuid, reason=reason)
    return trainee
