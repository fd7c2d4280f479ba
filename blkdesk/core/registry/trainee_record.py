"""One trainee's whole record for the detail view: batches, certificates, placements, history."""

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core.models import (
    AuditEvent,
    Batch,
    Certificate,
    Enrollment,
    Placement,
    Program,
    Trainee,
)
from blkdesk.core.models.joins import with_programme
from blkdesk.core.permissions import Action, Actor
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry.contact import mask_address, mask_email, mask_phone
from blkdesk.core.registry.trainees import FIELD_LABELS, get


@dataclass(frozen=True)
class BatchLine:
    batch: str
    program: str
    start: date
    end: date | None
    status: str  # enrollment status
    outcome: str | None


@dataclass(frozen=True)
class CertificateLine:
    number: str
    kind: str
    issued_on: date
    status: str


@dataclass(frozen=True)
class PlacementLine:
    outcome: str
    employer: str
    destination_country: str
    start_date: date | None
    recorded_on: date


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    action: str
    changes: list[tuple[str, Any, Any]]  # (field label, before, after)
    reason: str


def batches(session: Session, trainee_id: int) -> list[BatchLine]:
    stmt = (
        with_programme(select(Enrollment, Batch, Program.name))
        .where(Enrollment.trainee_id == trainee_id, Enrollment.deleted_at.is_(None))
        .order_by(Batch.start_date.desc())
    )
    return [
        BatchLine(b.name, prog, b.start_date, b.end_date, e.status, e.outcome_override or e.outcome)
        for e, b, prog in session.execute(stmt)
    ]


def certificates(session: Session, trainee_id: int) -> list[CertificateLine]:
    stmt = (
        select(Certificate)
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .where(Enrollment.trainee_id == trainee_id, Certificate.deleted_at.is_(None))
        .order_by(Certificate.issued_on.desc())
    )
    return [CertificateLine(c.number, c.kind, c.issued_on, c.status) for c in session.scalars(stmt)]


def placements(session: Session, trainee_id: int) -> list[PlacementLine]:
    stmt = (
        select(Placement)
        .where(Placement.trainee_id == trainee_id, Placement.deleted_at.is_(None))
        .order_by(Placement.recorded_on.desc())
    )
    return [
        PlacementLine(p.outcome, p.employer, p.destination_country, p.start_date, p.recorded_on)
        for p in session.scalars(stmt)
    ]


_CONTACT_MASKS = {
    "phone": mask_phone, "email": mask_email, "address": mask_address, "rt": mask_address,
    "rw": mask_address,
}  # fmt: skip


def _shown(field: str, value: Any, mask_nik: bool, mask_contacts: bool) -> Any:
    if not isinstance(value, str):
        return value
    if field == "nik" and mask_nik:
        return nikmod.mask(value)
    if field in _CONTACT_MASKS and mask_contacts:
        return _CONTACT_MASKS[field](value)
    return value


def history(session: Session, actor: Actor, trainee_id: int) -> list[HistoryEntry]:
    """Every audited change of this trainee, newest first, field by field.

    Anyone who may see the trainee sees their history; NIK values, phone, e-mail and street
    address stay masked for roles that see them masked elsewhere.
    """
    trainee = get(session, actor, trainee_id)
    mask_nik = not actor.can(Action.VIEW_FULL_NIK)
    mask_contacts = not actor.can(Action.VIEW_CONTACTS)
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.entity == "trainee", AuditEvent.entity_uuid == trainee.uuid)
        # Opening the record is audited for the UU PDP disclosure report; it changes nothing.
        .where(AuditEvent.action != "view")
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    )
    entries = []
    for event in session.scalars(stmt):
        raw: dict[str, list[Any]] = json.loads(event.changes) if event.changes else {}
        changes = [
            (
                FIELD_LABELS.get(f, f),
                _shown(f, before, mask_nik, mask_contacts),
                _shown(f, after, mask_nik, mask_contacts),
            )
            for f, (before, after) in raw.items()
            if f in FIELD_LABELS
        ]
        entries.append(HistoryEntry(event.at, event.user_name, event.action, changes, event.reason))
    return entries


@dataclass(frozen=True)
class TraineeRecord:
    trainee: Trainee
    batches: list[BatchLine]
    certificates: list[CertificateLine]
    placements: list[PlacementLine]
    history: list[HistoryEntry]


def load(session: Session, actor: Actor, trainee_id: int) -> TraineeRecord:
    trainee = get(session, actor, trainee_id)
    return TraineeRecord(
        trainee,
        batches(session, trainee_id),
        certificates(session, trainee_id),
        placements(session, trainee_id),
        history(session, actor, trainee_id),
    )
