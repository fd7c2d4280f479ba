"""The numbering gate: no certificate number is given while the office server is being restored.

A restore reads the numbers the live database has given (`numbering.given_numbers`) and keeps
them in the restored one (`numbering.keep_given`). A number another PC gave between that read
and the replacement would be lost with the replaced database and given again, though it may be
printed already. So every numbering transaction passes the gate (a shared PostgreSQL advisory
lock, held to its commit), and the restore closes it (the same lock, exclusive) before it reads
and keeps it closed until the restored database keeps those numbers.

On SQLite there is nothing to guard: one BLKDesk process writes the file, and it is the one
restoring.
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from blkdesk.core.errors import BlkError, DatabaseError
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage.connection import LOCK_NOT_AVAILABLE

if TYPE_CHECKING:
    from blkdesk.core.storage.db import Database

_log = logging.getLogger(__name__)

# The advisory lock's key, the same on every PC ("BLKN"); no other BLKDesk lock uses it.
KEY = 0x424C4B4E
# How long the restore waits for numbering already under way before it ends what is left: a
# batch's certificates take well under a second, so one still open after this is stuck (a PC
# that froze mid-transaction), and ending it rolls it back, so its numbers were never given.
WAIT_MS = 10_000
# Rounds of waiting and ending before the restore gives up (the gate opens between rounds).
ROUNDS = 3


class NumberingClosed(BlkError):
    """A certificate number was asked for while a restore holds the gate."""

    def __init__(self) -> None:
        super().__init__(
            Sentence(
                "Nomor sertifikat tidak dapat diberikan sekarang karena database sedang "
                "dipulihkan di PC server; coba lagi sebentar lagi."
            )
        )


def pass_gate(session: Session) -> None:
    """Inside a numbering transaction, before its first number: raises NumberingClosed while a
    restore holds the gate; otherwise the gate stays passed (no restore can close it) until the
    transaction ends. Never waits: a clerk is told at once rather than kept behind a restore."""
    if session.get_bind().dialect.name != "postgresql":
        return
    passed = session.scalar(text("SELECT pg_try_advisory_xact_lock_shared(:key)"), {"key": KEY})
    if not passed:
        raise NumberingClosed()


@contextmanager
def closed(db: "Database") -> Iterator[None]:
    """The gate closed for the block: numbering under way is waited for (at most WAIT_MS a
    round), then ended; no number is given until the block ends.

    The lock belongs to a connection of its own, checked out of the pool for the block, in
    autocommit: between its statements it is idle and holds no table, so neither
    `server_backup.disconnect_others` (which ends only connections inside a transaction) nor
    pg_restore (which drops and remakes the tables, never the database) ends it, and
    `Engine.dispose` leaves a checked-out connection alone. The restore's later steps (the
    schema upgrade, keep_given, the audit row) therefore run with the gate still closed, and
    no allocate can slip in between pg_restore and keep_given. The office server only."""
    conn = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        _close(conn)
        yield
    finally:
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": KEY})
        except SQLAlchemyError:
            _log.warning("gerbang penomoran tidak dibuka; sambungannya ditutup", exc_info=True)
        # Closed for good rather than pooled: its session's lock_timeout (WAIT_MS) must not
        # reach a clerk's save, and closing it frees the lock if the unlock above failed.
        conn.invalidate()
        conn.close()


def _close(conn: Connection) -> None:
    conn.execute(text("SELECT set_config('lock_timeout', :ms, false)"), {"ms": str(WAIT_MS)})
    for _ in range(ROUNDS):
        try:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": KEY})
            return
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != LOCK_NOT_AVAILABLE:
                raise
        ended = _end_numbering(conn)
        _log.warning("%d transaksi penomoran yang macet diakhiri untuk pemulihan", ended)
    raise DatabaseError(
        Sentence(
            "Pemulihan tidak dimulai karena PC lain terus menerbitkan sertifikat; database "
            "tidak berubah. Coba pulihkan lagi sebentar lagi."
        )
    )


def _end_numbering(conn: Connection) -> int:
    """End the transactions that passed the gate and still hold it: they roll back, so the
    numbers they were giving were never given."""
    return int(
        conn.execute(
            text(
                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_locks "
                "WHERE locktype = 'advisory' AND granted AND mode = 'ShareLock' "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND classid::bigint = 0 AND objid::bigint = :key AND objsubid = 1 "
                "AND pid <> pg_backend_pid()) AS ended"
            ),
            {"key": KEY},
        ).scalar_one()
    )
