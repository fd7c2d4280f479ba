"""Backing up the open database, wherever it lives: the SQLite file on this PC (backup.py) or the
office server's PostgreSQL, which its own PC dumps (server_backup.py).

This sits above both so that the container and sealing code in backup.py never needs to know
about the office server, whose pg_dump backups use that same container.
"""

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from blkdesk.core import audit
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import DatabaseError
from blkdesk.core.models import AuditEvent
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.progress import Progress
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage import server_backup
from blkdesk.core.storage.backup import (
    AUTO_INTERVAL,
    BackupInfo,
    BackupResult,
    Protection,
    configured_copy_dir,
    configured_key,
    create_backup,
    folder_for,
    list_backups,
    password_only_key,
    protection,
    sealing_key,
)
from blkdesk.core.storage.db import Database


def backup_database(
    db: Database,
    reason: str,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    differential: bool = False,
) -> BackupResult:
    """Back up `db` with its key and second folder (`password` overrides the key); `progress`
    hears how much of the SQLite file has been packed. `differential`: only what changed since
    the newest full backup, when that is little (see backup.create_backup).

    Sealed unless an administrator chose plaintext: a database where nobody has decided gets
    BLKDesk's provisional key now (see backup.sealing_key).
    """
    path = db.path
    if path is None:
        if server_backup.served_here(db) is not None:
            return server_backup.create(db, reason)
        raise DatabaseError(
            Sentence("Database server kantor dicadangkan oleh BLKDesk di PC server itu sendiri.")
        )
    try:
        with db.session() as session:
            key = configured_key(session)
            copy_dir = configured_copy_dir(session)
            state = protection(session)
        if state == Protection.UNDECIDED and not password:
            if db.read_only:  # a damaged file opened as it is: nothing may be written to it
                raise DatabaseError(
                    Sentence(
                        "Database yang rusak ini belum punya kunci cadangan, jadi tidak "
                        "dicadangkan tanpa enkripsi."
                    )
                )
            with db.transaction() as session:
                key = sealing_key(session)
    except SQLAlchemyError as exc:
        raise DatabaseError(
            Sentence("Database tidak dapat dibaca untuk dicadangkan; jalankan Periksa Database.")
        ) from exc
    if password:
        key = password_only_key(password)
    return create_backup(
        path, reason, key=key, copy_dir=copy_dir, progress=progress, differential=differential
    )


def provision_key(db: Database) -> None:
    """Give a set-up database where nobody has decided yet BLKDesk's provisional backup key at
    start-up, when nothing else writes, rather than at its first backup while a clerk saves."""
    from blkdesk.core.storage.db import is_initialised

    if db.read_only or not is_initialised(db):
        return
    with db.session() as session:
        undecided = protection(session) == Protection.UNDECIDED
    if undecided:
        with db.transaction() as session:
            sealing_key(session)


def backup_before(db: Database, reason: str) -> BackupResult | None:
    """Call before a risky operation (migration, restore, merge, import): a backup to return to.

    Done by the office server's own PC (pg_dump); another PC leaves it to that one.
    """
    if db.path is None and not _served_here(db):
        return None
    return backup_database(db, reason)


def backup_now(db: Database, actor: Actor, *, password: str | None = None) -> BackupResult:
    require(actor, Action.BACKUP)
    result = backup_database(db, "manual", password=password)
    with db.transaction() as session:
        # The file's name goes in the changes: it is longer than the 36 characters of a UUID
        # column, which PostgreSQL enforces.
        audit.record(session, actor, "backup", "database", "", {"berkas": result.info.path.name})
    return result


def _served_here(db: Database) -> bool:
    return server_backup.served_here(db) is not None


def backed_up_here(db: Database) -> bool:
    """This PC makes `db`'s backups: its own SQLite file, or the office server running on this
    PC (pg_dump). Another PC of the office leaves them to the server's PC."""
    return db.path is not None or _served_here(db)


def backups_of(db: Database) -> list[BackupInfo]:
    if db.path is None:
        return server_backup.list_backups() if _served_here(db) else []
    return list_backups(folder_for(db.path))


def changed_since_last_backup(db: Database) -> bool:
    """Every change writes an audit row, so a higher audit id than the newest backup's = changes."""
    if db.path is None and not _served_here(db):
        return False
    backups = backups_of(db)
    with db.session() as session:
        high = session.scalar(select(func.coalesce(func.max(AuditEvent.id), 0))) or 0
    return not backups or high > backups[0].audit_high


def auto_backup_due(db: Database, now: datetime | None = None) -> bool:
    """Every 30 minutes while changes happen."""
    now = now or utcnow()
    backups = backups_of(db)
    if backups and now - backups[0].created_at < AUTO_INTERVAL:
        return False
    return changed_since_last_backup(db)
