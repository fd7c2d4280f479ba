"""Clerks at several desks issuing certificates at once: the race the numbering must survive, on
SQLite and on PostgreSQL alike."""

import threading

from sqlalchemy import select

from blkdesk.core.certification import certificates
from blkdesk.core.models import Certificate
from blkdesk.core.storage.db import Database
from tests.support.batches import OPERATOR, assessed_batch


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
