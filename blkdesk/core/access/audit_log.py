"""Reading the audit trail: who did what to which record, filtered for the audit viewer."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from blkdesk.core.models import AuditEvent
from blkdesk.core.permissions import Action, Actor, require

LIMIT = 2000

ENTITY_LABELS = {
    "trainee": "Peserta",
    "enrollment": "Pendaftaran",
    "batch": "Angkatan",
    "program": "Program",
    "attendance": "Kehadiran",
    "assessment": "Penilaian",
    "certificate": "Sertifikat",
    "placement": "Penempatan",
    "user": "Pengguna",
    "setting": "Pengaturan",
    "institution": "Lembaga",
    "database": "Database",
    "backup": "Cadangan",
}


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None
    entity: str | None = None
    action: str | None = None
    start: date | None = None  # local calendar days, inclusive
    end: date | None = None


def _utc(day: date) -> datetime:
    """Local midnight of `day` as the naive UTC the audit rows are stored in."""
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def query(
    session: Session, actor: Actor, where: AuditFilter, limit: int = LIMIT
) -> list[AuditEvent]:
    """Matching events, newest first, at most `limit` (the viewer says when it is cut off)."""
    require(actor, Action.VIEW_AUDIT)
    stmt = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
    if where.user:
        stmt = stmt.where(AuditEvent.user_name == where.user)
    if where.entity:
        stmt = stmt.where(AuditEvent.entity == where.entity)
    if where.action:
        stmt = stmt.where(AuditEvent.action == where.action)
    if where.start:
        stmt = stmt.where(AuditEvent.at >= _utc(where.start))
    if where.end:
        stmt = stmt.where(AuditEvent.at < _utc(where.end + timedelta(days=1)))
    return list(session.scalars(stmt))


@dataclass(frozen=True)
class Choices:
    users: list[str]
    entities: list[str]
    actions: list[str]


def choices(session: Session, actor: Actor) -> Choices:
    """The values the filters offer: only those that occur in the trail."""
    require(actor, Action.VIEW_AUDIT)

    def values(column: InstrumentedAttribute[str]) -> list[str]:
        return sorted(v for v in session.scalars(select(column).distinct()) if v)

    return Choices(
        values(AuditEvent.user_name), values(AuditEvent.entity), values(AuditEvent.action)
    )
