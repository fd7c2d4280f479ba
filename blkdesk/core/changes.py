"""What an action changed: which kinds of records and, where cheap, which ids.

The GUI announces one `Changes` after every action, and each page redraws only when a kind it
shows is in it. The value is Qt-free and built from plain names so that something other than the
clerk's own action can produce one: another clerk's commit on a shared server (read back from
the audit trail by `since`, or later from a PostgreSQL notification), a merge, an import.
"""

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import event, func, select
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
    "record_problem": frozenset({Kind.INSTITUTIONS}),
    "database": frozenset({Kind.BACKUPS}),
}


@dataclass(frozen=True)
class Changes:
    """Kinds of records changed, ids per kind when the action knew them (empty: any of that
    kind), whether the change came from elsewhere (another clerk, another process), and whether
    the whole database was replaced by a backup (the clerk is told: their recent work is gone)."""

    kinds: frozenset[Kind] = frozenset()
    ids: Mapping[Kind, frozenset[int]] = field(default_factory=dict)
    remote: bool = False
    restored: bool = False

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __hash__(self) -> int:
        return hash((self.kinds, tuple(sorted(self.ids.items())), self.remote, self.restored))

    @classmethod
    def of(cls, *kinds: Kind, remote: bool = False) -> "Changes":
        return cls(frozenset(kinds), {}, remote)

    @classmethod
    def with_ids(cls, kind: Kind, ids: Iterable[int], *also: Kind) -> "Changes":
        """`kind` changed for these ids (and the kinds in `also`, whichever ids)."""
        return cls(frozenset({kind, *also}), {kind: frozenset(ids)})

    @classmethod
    def everything(cls, *, remote: bool = False, restored: bool = False) -> "Changes":
        return cls(frozenset(Kind), {}, remote, restored)

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
        return Changes(kinds, ids, self.remote or other.remote, self.restored or other.restored)

    __or__ = merge


def union(changes: Iterable[Changes]) -> Changes:
    total = Changes()
    for one in changes:
        total = total.merge(one)
    return total


# A transaction takes its audit id when it writes and commits later, so on a shared server a
# row can appear below ids already read; each read looks this many ids back for such rows.
LOOKBACK = 200


@dataclass(frozen=True)
class Mark:
    """Where the audit trail and the export log stood: the next `since` starts here. The ids
    already read within LOOKBACK of the top are kept, so a late commit below them still shows.
    `audit_at` is when the row at `audit_id` was written: a restored database can hold another
    row under that id."""

    audit_id: int = 0
    export_id: int = 0
    audit_seen: frozenset[int] = frozenset()
    export_seen: frozenset[int] = frozenset()
    audit_at: datetime | None = None


@dataclass
class OwnWrites:
    """Audit and export-log rows written by actions that announce their own changes: `since`
    leaves them out, so a clerk's own commit never comes back as another clerk's."""

    audit: set[int] = field(default_factory=set)
    exports: set[int] = field(default_factory=set)

    def forget_below(self, mark: Mark) -> None:
        self.audit.difference_update({i for i in self.audit if i <= mark.audit_id - LOOKBACK})
        self.exports.difference_update({i for i in self.exports if i <= mark.export_id - LOOKBACK})


_writing_for: ContextVar[OwnWrites | None] = ContextVar("blkdesk_own_writes", default=None)


@contextmanager
def announced_by_caller(own: OwnWrites) -> Iterator[None]:
    """The audit and export-log rows written inside (on this thread) go to `own`."""
    token = _writing_for.set(own)
    try:
        yield
    finally:
        _writing_for.reset(token)


@event.listens_for(AuditEvent, "after_insert")
def _audit_written(_mapper: Any, _connection: Any, row: AuditEvent) -> None:
    own = _writing_for.get()
    if own is not None:
        own.audit.add(row.id)


@event.listens_for(ExportLog, "after_insert")
def _export_written(_mapper: Any, _connection: Any, row: ExportLog) -> None:
    own = _writing_for.get()
    if own is not None:
        own.exports.add(row.id)


def _recent(session: Session, model: type[AuditEvent] | type[ExportLog], above: int) -> list[Any]:
    audit = (model.id, AuditEvent.entity, AuditEvent.at)
    columns = audit if model is AuditEvent else (ExportLog.id,)
    return list(session.execute(select(*columns).where(model.id > above)).all())


def mark(session: Session) -> Mark:
    """The trail as it stands: nothing in it is news to whoever starts here."""
    top = int(session.scalar(select(func.max(AuditEvent.id))) or 0)
    top_export = int(session.scalar(select(func.max(ExportLog.id))) or 0)
    audit = _recent(session, AuditEvent, top - LOOKBACK)
    return Mark(
        top, top_export,
        frozenset(r.id for r in audit),
        frozenset(r.id for r in _recent(session, ExportLog, top_export - LOOKBACK)),
        _written_at(audit, top),
    )  # fmt: skip


def _written_at(audit: list[Any], audit_id: int) -> datetime | None:
    return next((r.at for r in audit if r.id == audit_id), None)


def since(session: Session, after: Mark, own: OwnWrites | None = None) -> tuple[Changes, Mark]:
    """What was committed after `after` (by anyone but `own`), read from the audit trail and
    export log.

    Every service writes an audit row in the transaction that makes its change, so this sees
    other clerks' commits on a shared server without any notification machinery.
    """
    own = own or OwnWrites()
    audit = _recent(session, AuditEvent, after.audit_id - LOOKBACK)
    if _written_at(audit, after.audit_id) != after.audit_at:
        # The trail went back: the row at the mark is gone, or another row took its id (the
        # restore's own audit row takes the id after the backup's last one). The database was
        # replaced by a backup (on a shared server, restored on the server PC), so anything
        # shown may differ; read on from the trail as it now stands.
        return Changes.everything(remote=True, restored=True), mark(session)
    exports = _recent(session, ExportLog, after.export_id - LOOKBACK)
    entities = {r.entity for r in audit if r.id not in after.audit_seen and r.id not in own.audit}
    changes = Changes.from_audit(entities)
    if any(r.id not in after.export_seen and r.id not in own.exports for r in exports):
        changes = changes.merge(Changes.of(Kind.EXPORTS, remote=True))
    top = max([after.audit_id, *(r.id for r in audit)])
    top_export = max([after.export_id, *(r.id for r in exports)])
    now = Mark(
        top, top_export,
        frozenset(r.id for r in audit if r.id > top - LOOKBACK),
        frozenset(r.id for r in exports if r.id > top_export - LOOKBACK),
        _written_at(audit, top),
    )  # fmt: skip
    own.forget_below(now)
    return changes, now
