"""Clerks at several desks issuing certificates at once: the race the numbering must survive, on
SQLite and on PostgreSQL alike."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from blkdesk.core.certification import certificates
from blkdesk.core.institution import setup
from blkdesk.core.models import Certificate
from blkdesk.core.storage import database_backup, office_server
from blkdesk.core.storage.db import Database, open_database
from tests.support.batches import OPERATOR, assessed_batch
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.office_home import office_home
from tests.support.postgres import free_port


def issue_at_once(db: Database) -> list[Exception]:
    """Four assessed batches of three participants, each issued from two threads at once (so two
    threads also race to issue the same participants); what the threads raised."""
    batches = [assessed_batch(db, participants=3) for _ in range(4)]
    errors: list[Exception] = []

    def issue(batch_id: int) -> None:
        try:
            certificates.issue_for_batch(db, OPERATOR, batch_id)
        except Exception as exc:  # collected: a failure must fail the test, not vanish in a thread
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(b.id,)) for b in batches * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def issued_numbers(db: Database, kind: str = "sertifikat") -> list[tuple[int, str]]:
    """(sequence, number) of every document of `kind`, in sequence order."""
    with db.session() as s:
        return [
            (seq, number)
            for seq, number in s.execute(
                select(Certificate.seq, Certificate.number)
                .where(Certificate.kind == kind)
                .order_by(Certificate.seq)
            )
        ]


@dataclass
class ServerPcs:
    """The office server's own PC (`db`, which restores), another clerk's PC on the same
    server, and a backup of the freshly set-up database to restore."""

    db: Database
    other_pc: Database
    kept: Path


@contextmanager
def two_pcs_and_a_backup(monkeypatch: pytest.MonkeyPatch) -> Iterator[ServerPcs]:
    """A throwaway office server set up for INSTITUTION, seen from two PCs, with a backup of it
    taken before any certificate: what a restore race needs."""
    with office_home(monkeypatch):
        config = office_server.create(free_port(), listen="127.0.0.1")
        db, other_pc = open_database(config.url()), open_database(config.url())
        try:
            setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
            kept = database_backup.backup_database(db, "uji").info.path
            yield ServerPcs(db, other_pc, kept)
        finally:
            other_pc.dispose()
            db.dispose()
