"""UU PDP Art. 46: who viewed, exported or printed whose personal data in a period.

When personal data may have leaked (a lost laptop, a list found outside the office), the BLK has
3×24 hours to notify. This report reads the audit trail for every event that showed personal data
to someone or took it out of the database, and names the people whose data it concerned;
exchange.disclosures_xlsx writes it as a workbook ready to attach to the notification. Reading it
is audited too.
"""

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.access.audit_log import _utc
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import ValidationError
from blkdesk.core.models import AuditEvent, Batch, Certificate, Enrollment, Trainee
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.registry.nik import mask
from blkdesk.core.sentences import Sentence

# (action, entity) → what happened, in the report's words. Everything else in the trail is not a
# disclosure (a change is recorded as a change, not as someone reading the data).
DISCLOSING: dict[tuple[str, str], str] = {
    ("view", "trainee"): "melihat data peserta",
    ("subject_report", "trainee"): "membuat laporan data pribadi (UU PDP Pasal 32)",
    ("print", "certificate"): "mencetak sertifikat",
    ("reprint", "certificate"): "mencetak ulang sertifikat",
    ("export", "monthly_report"): "mengekspor laporan bulanan",
    ("export", "sync_workbook"): "mengekspor berkas sinkronisasi",
    ("export_pdf", "certificate"): "menyimpan sertifikat sebagai PDF",
    ("export", "attendance"): "mengekspor/menyimpan daftar hadir",
    ("print", "attendance"): "mencetak daftar hadir",
    ("export", "participants"): "menyimpan daftar peserta",
    ("print", "participants"): "mencetak daftar peserta",
    ("export", "placement_survey"): "mengekspor lembar survei penempatan",
    ("export", "record_problem"): "mengekspor daftar data bermasalah untuk BLK",
    ("export", "breach_report"): "membuat laporan pengungkapan ini",
}
# Lists of a whole batch: the report names the batch (its people are its participants).
BATCH_LISTS = frozenset({"attendance", "participants"})
MAX_DAYS = 366


@dataclass(frozen=True)
class Subject:
    uuid: str
    name: str
    masked_nik: str


@dataclass
class Disclosure:
    at: datetime  # UTC
    user_name: str
    what: str
    subject: Subject | None  # one identified person, or None for a list of many
    detail: str


@dataclass
class DisclosureReport:
    start: date
    end: date
    generated_at: datetime
    generated_by: str
    events: list[Disclosure] = field(default_factory=list)

    @property
    def subjects(self) -> Counter[Subject]:
        return Counter(e.subject for e in self.events if e.subject is not None)

    @property
    def bulk(self) -> list[Disclosure]:
        return [e for e in self.events if e.subject is None]

    def per_user(self) -> Counter[str]:
        return Counter(e.user_name for e in self.events)


def _subject_of_certificates(session: Session, uuids: set[str]) -> dict[str, Subject]:
    if not uuids:
        return {}
    rows = session.execute(
        select(Certificate.uuid, Trainee.uuid, Trainee.name, Trainee.nik)
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .where(Certificate.uuid.in_(uuids))
    )
    return {cert: Subject(t_uuid, name, mask(nik)) for cert, t_uuid, name, nik in rows}


def _subject_of_trainees(session: Session, uuids: set[str]) -> dict[str, Subject]:
    if not uuids:
        return {}
    rows = session.execute(
        select(Trainee.uuid, Trainee.name, Trainee.nik).where(Trainee.uuid.in_(uuids))
    )
    return {uuid: Subject(uuid, name, mask(nik)) for uuid, name, nik in rows}


def _detail(event: AuditEvent) -> str:
    """What a bulk export held, from the audit row's own record of it (never a file's content)."""
    try:
        changes: dict[str, Any] = json.loads(event.changes) if event.changes else {}
    except ValueError:
        changes = {}

    def value(key: str) -> Any:
        pair = changes.get(key)
        return pair[1] if isinstance(pair, list) and len(pair) == 2 else None

    parts = []
    if value("period"):
        parts.append(f"periode {value('period')}")
    if value("kind"):
        kinds = {"sync_full": "lengkap", "sync_delta": "perubahan"}
        parts.append(kinds.get(value("kind"), str(value("kind"))))
    if value("rows") is not None:
        parts.append(f"{value('rows')} baris")
    if value("nik_masked") is not None:
        parts.append("NIK disamarkan" if value("nik_masked") else "NIK lengkap")
    if value("path"):
        parts.append(f"berkas {value('path')}")
    if value("printer"):
        parts.append(f"printer {value('printer')}")
    if event.reason:
        parts.append(event.reason)
    return "; ".join(p for p in parts if p)


def build(session: Session, actor: Actor, start: date, end: date) -> DisclosureReport:
    """The disclosures between local days `start` and `end` (inclusive), oldest first."""
    require(actor, Action.VIEW_AUDIT)
    if end < start:
        raise ValidationError(Sentence("Tanggal akhir sebelum tanggal awal."), field="end")
    if (end - start).days >= MAX_DAYS:
        raise ValidationError(
            Sentence("Rentang laporan paling lama {days} hari; pisahkan per tahun.", days=MAX_DAYS),
            field="start",
        )
    actions = {action for action, _entity in DISCLOSING}
    rows = list(
        session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action.in_(actions))
            .where(AuditEvent.at >= _utc(start), AuditEvent.at < _utc(end + timedelta(days=1)))
            .order_by(AuditEvent.at, AuditEvent.id)
        )
    )
    rows = [r for r in rows if (r.action, r.entity) in DISCLOSING]
    trainees = _subject_of_trainees(session, {r.entity_uuid for r in rows if r.entity == "trainee"})
    certificates = _subject_of_certificates(
        session, {r.entity_uuid for r in rows if r.entity == "certificate"}
    )
    batch_uuids = {r.entity_uuid for r in rows if r.entity in BATCH_LISTS}
    batch_names = dict(
        session.execute(select(Batch.uuid, Batch.name).where(Batch.uuid.in_(batch_uuids))).all()
    ) if batch_uuids else {}  # fmt: skip
    report = DisclosureReport(start, end, utcnow(), actor.name)
    for row in rows:
        subject = (trainees if row.entity == "trainee" else certificates).get(row.entity_uuid)
        what = DISCLOSING[(row.action, row.entity)]
        detail = _detail(row)
        if row.entity_uuid in batch_names:
            detail = "; ".join(p for p in (f"angkatan {batch_names[row.entity_uuid]}", detail) if p)
        report.events.append(Disclosure(row.at, row.user_name, what, subject, detail))
    audit.record(
        session, actor, "export", "breach_report", "",
        {"period": [None, f"{start.isoformat()}/{end.isoformat()}"],
         "rows": [None, len(report.events)]},
    )  # fmt: skip
    return report


def record_export(
    session: Session, actor: Actor, entity: str, entity_uuid: str, path: Path, kind: str
) -> None:
    """A list with many people's data left the database as a file (Excel, PDF)."""
    audit.record(session, actor, "export", entity, entity_uuid,
                 {"kind": [None, kind], "path": [None, str(path)]})  # fmt: skip


def record_print(
    session: Session, actor: Actor, entity: str, entity_uuid: str, printer: str, kind: str
) -> None:
    """A list with many people's data went to a printer."""
    audit.record(session, actor, "print", entity, entity_uuid,
                 {"kind": [None, kind], "printer": [None, printer]})  # fmt: skip


def batch_uuid(session: Session, batch_id: int) -> str:
    """The batch a printed or saved list belongs to, as the audit trail names it."""
    uuid = session.scalar(select(Batch.uuid).where(Batch.id == batch_id))
    return str(uuid or "")


def record_view(session: Session, actor: Actor, trainee: Trainee) -> None:
    """A clerk opened one trainee's full record: a disclosure the report must be able to name."""
    audit.record(session, actor, "view", "trainee", trainee.uuid)
