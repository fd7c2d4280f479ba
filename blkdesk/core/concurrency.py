"""Optimistic concurrency: a save based on what another clerk has since changed is refused.

Forms remember the `version` of the record they opened and pass it back when saving. Grids that
merge cell by cell (attendance, assessments) pass what each cell they change showed instead;
only a cell someone else changed meanwhile is a conflict.
"""

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any, Protocol, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core.clock import format_datetime_local, utcnow
from blkdesk.core.errors import BlkError
from blkdesk.core.models import AuditEvent
from blkdesk.core.sentences import Sentence

T = TypeVar("T")


@dataclass(frozen=True)
class LastChange:
    """Who saved the record last, and when (from the audit trail)."""

    user_name: str
    at: datetime


def last_change(
    session: Session, entity: str, entity_uuid: str, actions: tuple[str, ...] | None = None
) -> LastChange | None:
    """`actions`: only these audit actions count as a change (an account's logins do not)."""
    stmt = select(AuditEvent.user_name, AuditEvent.at).where(
        AuditEvent.entity == entity, AuditEvent.entity_uuid == entity_uuid
    )
    if actions is not None:
        stmt = stmt.where(AuditEvent.action.in_(actions))
    row = session.execute(stmt.order_by(AuditEvent.id.desc()).limit(1)).first()
    return LastChange(row.user_name, row.at) if row else None


def _by(change: LastChange | None) -> str:
    if change is None:
        return Sentence("pengguna lain")
    return f"{change.user_name} ({format_datetime_local(change.at)})"


class StaleRecord(BlkError):
    """The record was saved by someone else after this clerk opened it.

    `current` holds the record as it is now, in the shape the form edits, so the form can show
    what the other clerk changed and offer to reload or to re-apply this clerk's own edits.
    """

    def __init__(
        self, what: str, change: LastChange | None, current: Any, current_version: int
    ) -> None:
        super().__init__(
            Sentence(
                "{what} ini sudah diubah oleh {by} setelah Anda membukanya; perubahan Anda belum "
                "disimpan.",
                what=what, by=_by(change),
            )
        )  # fmt: skip
        self.change = change
        self.current = current
        self.current_version = current_version


@dataclass(frozen=True)
class CellConflict:
    """One cell of a grid that changed under the clerk: what they saw and what it is now."""

    row: int
    column: Any
    seen: Any
    now: Any


class StaleCells(BlkError):
    """Some cells the clerk changed had been changed by someone else since the grid was shown;
    nothing was saved. Cells nobody else touched are never a conflict."""

    def __init__(self, changed: str, conflicts: list[CellConflict], by: str) -> None:
        """`changed` counts the cells with their noun ("2 sel kehadiran"): a Sentence of its own,
        so that English says "1 attendance cell" in the singular."""
        super().__init__(
            Sentence(
                "{changed} sudah diubah oleh {by} setelah Anda membuka tabel ini; tabel "
                "dimuat ulang dan perubahan Anda di sel itu belum disimpan.",
                changed=changed, by=by,
            )
        )  # fmt: skip
        self.conflicts = conflicts


@dataclass(frozen=True)
class FieldChange:
    """One field of a refused save: as the clerk opened it, as they typed it, as it is now."""

    field: str
    opened: Any
    mine: Any
    theirs: Any

    @property
    def clash(self) -> bool:
        """Both clerks changed it, to different values: re-applying keeps this clerk's."""
        return bool(self.mine != self.opened and self.theirs not in (self.opened, self.mine))


def three_way(opened: T, mine: T, current: T) -> tuple[T, list[FieldChange]]:
    """The record as it is now with this clerk's own edits put back on top (what "re-apply"
    saves), and every field either clerk changed (what the conflict dialog lists)."""
    merged: dict[str, Any] = {}
    changed: list[FieldChange] = []
    for f in fields(cast(Any, opened)):
        was, typed, now = (getattr(x, f.name) for x in (opened, mine, current))
        merged[f.name] = typed if typed != was else now
        if typed != was or now != was:
            changed.append(FieldChange(f.name, was, typed, now))
    return replace(cast(Any, current), **merged), changed


class Versioned(Protocol):
    uuid: str
    version: int
    updated_at: datetime


def refuse_if_changed(
    session: Session,
    record: Versioned,
    expected_version: int | None,
    what: str,
    entity: str,
    current: Callable[[], Any],
) -> None:
    """Refuse a form's save when the record was saved since the form opened `expected_version`.

    The row is read again under a lock, so a clerk saving it at this very moment waits and then
    finds the new version. `current()` gives the record as it is now, in the form's shape."""
    if expected_version is None:
        return
    session.refresh(record, with_for_update=True)
    if record.version != expected_version:
        raise StaleRecord(
            what, last_change(session, entity, record.uuid), current(), record.version
        )


class StaleDelete(BlkError):
    """A record was saved by someone else after the list showing it was read: it is not removed
    on the strength of what this clerk saw. The list shows it again as it is now."""

    def __init__(self, what: str, change: LastChange | None) -> None:
        super().__init__(
            Sentence(
                "{what} ini sudah diubah oleh {by} setelah daftar ditampilkan, jadi belum "
                "dihapus. Periksa datanya yang terbaru, lalu hapus lagi bila memang perlu.",
                what=what, by=_by(change),
            )
        )  # fmt: skip
        self.change = change


def refuse_delete_if_changed(
    session: Session, record: Versioned, expected_version: int | None, what: str, entity: str
) -> None:
    """Refuse removing a record saved since the clerk's list showed it at `expected_version`."""
    if expected_version is None:
        return
    session.refresh(record, with_for_update=True)
    if record.version != expected_version:
        raise StaleDelete(what, last_change(session, entity, record.uuid))


def touch(record: Versioned) -> None:
    """Raise the version of a record whose change lives in other rows (a batch's instructors,
    a programme's units), so a form that opened it before sees that it changed."""
    record.updated_at = utcnow()
