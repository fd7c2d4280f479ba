"""A synced row by its id, as the clerk sees it: a soft-deleted row is not there.

Deleting keeps the row (with `deleted_at` set) so that sync can carry the deletion and a
re-registration can bring it back; every service that looks a row up by id must still treat it as
gone. Each caller says in its own sentence what was not found.
"""

from typing import TypeVar

from sqlalchemy.orm import Session

from blkdesk.core.errors import NotFound
from blkdesk.core.models.base import Synced
from blkdesk.core.sentences import Sentence

R = TypeVar("R", bound=Synced)


def find_live(session: Session, model: type[R], row_id: int, *, lock: bool = False) -> R | None:
    """The row, or None when there is none or it was deleted. `lock` reads it FOR UPDATE
    (PostgreSQL), for a save checked against the version its form opened."""
    row = session.get(model, row_id, with_for_update=lock or None)
    return row if row is not None and row.deleted_at is None else None


def get_live(
    session: Session, model: type[R], row_id: int, missing: Sentence, *, lock: bool = False
) -> R:
    """The row; NotFound with `missing` when there is none or it was deleted."""
    row = find_live(session, model, row_id, lock=lock)
    if row is None:
        raise NotFound(missing)
    return row
