"""What an action changed: which kinds of records and, where cheap, which ids.

The GUI announces one `Changes` after every action, and each page redraws only when a kind it
shows is in it. The value is Qt-free and built from plain names so that something other than the
clerk's own action can produce one: another clerk's commit on a shared server (read back from
the audit trail by `since`, or later from a PostgreSQL notification), a merge, an import.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blkdesk.core.models import AuditEvent, ExportLog


class Kind(StrEnum):
    TRAINEES = "trainees"
    BATCHES = "batches"
    PROGRAMS = "programs"
    MARKS = "marks"
    ASSESSMENTS = "assessments"
    CERTIFICATES = "certificates"
    PLACEMENTS = "placements"
    SETTINGS = "settings"
    USERS = "users"
    INSTITUTIONS = "institutions"
    EXPORTS = "exports"
    BACKUPS = "backups"


# The audit trail's entity names (audit.record's `entity`), so a commit seen in the trail
# (another clerk's, on a shared server) says what it changed. An enrollment is a batch's list.
AUDIT_KINDS: dict[str, frozenset[Kind]] = {
    "trainee": frozenset({Kind.TRAINEES}),
    "enrollment": frozenset({Kind.BATCHES, Kind.TRAINEES}),
    "batch": frozenset({Kind.BATCHES}),
    "closure": frozenset({Kind.BATCHES}),
    "program": frozenset({Kind.PROGRAMS}),
    "vocation": frozenset({Kind.PROGRAMS}),
    "instructor": frozenset({Kind.PROGRAMS}),
    "attendance_mark": frozenset({Kind.MARKS}),
    "assessment": frozenset({Kind.ASSESSMENTS}),
    "certificate": frozenset({Kind.CERTIFICATES}),
    "placement": frozenset({Kind.PLACEMENTS}),
    "setting": frozenset({Kind.SETTINGS}),
    "user": frozenset({Kind.USERS}),
    "institution": frozenset({Kind.INSTITUTIONS}),
    "monthly_report": frozenset({Kind.EXPORTS}),
    "sync_workbook": frozenset({Kind.EXPORTS}),
    "pinned_key": frozenset({Kind.INSTITUTIONS}),
    "database": frozenset({Kind.BACKUPS}),
}


@dataclass(frozen=True)
class Changes:
    """Kinds of records changed, ids per kind when the action knew them (empty: any of that
    kind), and whether the change came from elsewhere (another clerk, another process)."""

    kinds: frozenset[Kind] = frozenset()
    ids: Mapping[Kind, frozenset[int]] = field(default_factory=dict)
    remote: bool = False

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __hash__(self) -> int:
        return hash((self.kinds, tuple(sorted(self.ids.items())), self.remote))

    @classmethod
    def of(cls, *kinds: Kind, remote: bool = False) -> "Changes":
        return cls(frozenset(kinds), {}, remote)

    @classmethod
    def with_ids(cls, kind: Kind, ids: Iterable[int], *also: Kind) -> "Changes":
        """`kind` changed for these ids (and the kinds in `also`, whichever ids)."""
        return cls(frozenset({kind, *also}), {kind: frozenset(ids)})

    @classmethod
    def everything(cls, *, remote: bool = False) -> "Changes":
        return cls(frozenset(Kind), {}, remote)

    @classmethod
    def from_audit(cls, entities: Iterable[str], *, remote: bool = True) -> "Changes":
        """What a run of audit rows (by their entity names) changed; unknown names count as
        everything, since a page showing stale figures is worse than one redraw too many."""
        kinds: set[Kind] = set()
        for entity in entities:
            kinds |= AUDIT_KINDS.get(entity, frozenset(Kind))
        return cls(frozenset(kinds), {}, remote)

    def touches(self, kinds: Iterable[Kind]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: Kind) -> frozenset[int] | None:
        """The ids of `kind` that changed, or None when unknown (assume any of them)."""
        if kind not in self.kinds:
            return frozenset()
        return self.ids.get(kind)

    def merge(self, other: "Changes") -> "Changes":
        """Both changes at once; ids stay known only when both sides knew them."""
        kinds = self.kinds | other.kinds
        ids: dict[Kind, frozenset[int]] = {}
        for kind in kinds:
            mine = self.ids_of(kind)
            theirs = other.ids_of(kind)
            if mine is not None and theirs is not None:
                ids[kind] = mine | theirs
        return Changes(kinds, ids, self.remote or other.remote)

    __or__ = merge


def union(changes: Iterable[Changes]) -> Changes:
    total = Changes()
    for one in changes:
        total = total.merge(one)
    return total


@dataclass(frozen=True)
class Mark:
    """Where the audit trail and the export log stood: the next `since` starts here."""

    audit_id: int = 0
    export_id: int = 0


def mark(session: Session) -> Mark:
    return Mark(
        int(session.scalar(select(func.max(AuditEvent.id))) or 0),
        int(session.scalar(select(func.max(ExportLog.id))) or 0),
    )


def since(session: Session, after: Mark) -> tuple[Changes, Mark]:
    """What was committed after `after` (by anyone), read from the audit trail and export log.

    Every service writes an audit row in the transaction that makes its change, so this sees
    other clerks' commits on a shared server without any notification machinery.
    """
    now = mark(session)
    entities = session.scalars(
        select(AuditEvent.entity)
        .where(AuditEvent.id > after.audit_id, AuditEvent.id <= now.audit_id)
        .distinct()
    ).all()
    changes = Changes.from_audit(entities)
    if now.export_id > after.export_id:
        changes = changes.merge(Changes.of(Kind.EXPORTS, remote=True))
    return changes, now
