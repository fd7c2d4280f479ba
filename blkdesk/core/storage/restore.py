"""Restoring a backup into the live database, after backing up what is there now."""

import contextlib
import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.certification import numbering
from blkdesk.core.errors import BlkError, DatabaseError
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage import backup, database_backup
from blkdesk.core.storage.db import Database, known_revisions, open_database, upgrade_to_head
from blkdesk.core.storage.integrity import quick_check
from blkdesk.core.storage.safefile import DiskFull


@dataclass
class RestoreResult:
    restored: backup.BackupInfo
    # The backup of the state just before the restore (None when the file was too damaged to
    # back up and was kept byte for byte, sealed, instead: see `damaged_copy`).
    before: backup.BackupInfo | None
    damaged_copy: Path | None = None


def saved_key(db: Database) -> backup.AnyKey | None:
    # The live file may be the damaged one; its settings are a convenience, not a requirement.
    try:
        with db.session() as session:
            return backup.configured_key(session)
    except SQLAlchemyError:
        return None


def _given_before(db: Database) -> numbering.GivenNumbers | None:
    """The certificate numbers the database about to be replaced has given: those issued after
    the backup may be printed and at the province, so the restored database must not give them
    again. A live file too damaged to read must not stop the restore that mends it."""
    try:
        with db.session() as session:
            return numbering.given_numbers(session)
    except SQLAlchemyError:
        logging.getLogger(__name__).warning(
            "nomor sertifikat di database sebelum pemulihan tidak terbaca; nomor yang diberikan "
            "sesudah cadangan dibuat tidak dijaga dari pemakaian ulang",
            exc_info=True,
        )
        return None


def _keep_given(session: Session, given: numbering.GivenNumbers | None) -> None:
    if given is not None:
        kept = numbering.keep_given(session, given)
        if kept:
            logging.getLogger(__name__).info(
                "%d nomor sertifikat yang tidak ada di cadangan dijaga dari pemakaian ulang", kept
            )


def _check_revision(revision: str | None) -> None:
    if revision is None:
        raise backup.BackupError(Sentence("Cadangan ini tidak berisi database BLKDesk."))
    if revision not in known_revisions()[0]:
        raise DatabaseError(
            Sentence(
                "Cadangan ini dibuat oleh versi BLKDesk yang lebih baru (skema {schema}). "
                "Perbarui BLKDesk sebelum memulihkannya.",
                schema=revision,
            )
        )


def _safety_copy(db: Database, live: Path) -> tuple[backup.BackupInfo | None, Path | None]:
    """Back up the current state; a file too damaged for that is kept byte for byte instead."""
    try:
        result = database_backup.backup_before(db, "pemulihan")
        return (result.info if result else None), None
    except DiskFull:
        raise
    except BlkError:
        key = saved_key(db) or backup.key_in_damaged_file(live)
        return None, backup.seal_damaged_copy(live, key)


def _copy_into(source: Path, live: Path) -> None:
    """Overwrite the live database through SQLite, in one transaction: a crash leaves either."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(live, timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _replace_file(source: Path, live: Path) -> None:
    """For a file SQLite cannot open at all: the old WAL must go first or it would be replayed."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    os.replace(source, live)


def restore(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    password: str | None = None,
    recovery_key: str | None = None,
    keep_schema: bool = False,
) -> RestoreResult:
    """Replace the data in `db` with the backup at `path`. `keep_schema` (the office server
    only) leaves a backup from before a schema upgrade at its own schema, to undo the upgrade
    for the older BLKDesk; otherwise it is brought up to this version's.

    The backup is decoded and checked before anything changes; the current state is backed up
    first; then the pages are copied in with SQLite's backup API in a single transaction.
    """
    require(actor, Action.RESTORE)
    live = db.path
    if live is None:
        return _restore_server(db, actor, path, password, recovery_key, keep_schema)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f"{backup.WORK_PREFIX_RESTORE}{live.stem}-", suffix=".sqlite", dir=live.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        info = backup.extract(
            path, tmp, password=password, recovery_key=recovery_key, key=saved_key(db)
        )
        report = quick_check(tmp)
        if not report.ok:
            raise backup.BackupError(
                Sentence(
                    "Isi cadangan {name} rusak: {summary}",
                    name=path.name,
                    summary=report.summary(),
                )
            )
        _check_revision(info.revision)
        given = _given_before(db)
        before, damaged = _safety_copy(db, live)
        db.engine.dispose()
        try:
            _copy_into(tmp, live)
        except sqlite3.DatabaseError:
            _replace_file(tmp, live)
        db.engine.dispose()
    finally:
        for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    # A fresh, writable connection: `db` may be the read-only one opened on a damaged file, and
    # an older backup is brought up to the current schema (with its own backup first).
    fresh = open_database(db.url)
    try:
        with fresh.transaction() as session:
            _keep_given(session, given)
            audit.record(
                session, actor, "restore", "database", "",
                {"berkas": path.name, "cadangan_dibuat": info.created_at.isoformat(),
                 "cadangan_sebelumnya": before.path.name if before else None},
            )  # fmt: skip
    finally:
        fresh.dispose()
    return RestoreResult(info, before, damaged)


def _restore_server(
    db: Database,
    actor: Actor,
    path: Path,
    password: str | None,
    recovery_key: str | None,
    keep_schema: bool,
) -> RestoreResult:
    """The office server, on its own PC: pg_restore in one transaction, after a pg_dump."""
    from blkdesk.core.storage import server_backup

    if server_backup.served_here(db) is None:
        raise DatabaseError(Sentence("Database server kantor dipulihkan di PC server itu sendiri."))
    # Read at the last moment: a certificate another PC issues during the safety backup may be
    # printed already, and its number must not be given again.
    read: list[numbering.GivenNumbers | None] = []

    def finish(info: backup.BackupInfo, before: backup.BackupInfo) -> None:
        """With the numbering gate still closed: no number is given before they are kept."""
        (given,) = read
        # A backup from before a schema upgrade is brought up to this version's schema at once:
        # the backup just taken and the restored backup itself keep both states, and the other
        # PCs' BLKDesk (and this one's own connections) must not stop it half-way as at a
        # start-up.
        if not keep_schema:
            upgrade_to_head(db.engine)
        elif not inspect(db.engine).has_table("setting"):
            # A backup from before the settings table (schema 0002) has nowhere to keep them.
            given = None
        # Waits for the other PCs' locks rather than failing after LOCK_TIMEOUT_MS: the restored
        # database is in place already, and without this the numbers given before are lost.
        with db.transaction(waits_for_locks=True) as session:
            _keep_given(session, given)
            audit.record(
                session, actor, "restore", "database", "",
                {"berkas": path.name, "cadangan_dibuat": info.created_at.isoformat(),
                 "cadangan_sebelumnya": before.path.name},
            )  # fmt: skip

    info, before = server_backup.restore(
        db, path, password=password, recovery_key=recovery_key, check=_check_revision,
        before_replace=lambda: read.append(_given_before(db)), after_replace=finish,
    )  # fmt: skip
    return RestoreResult(info, before)
