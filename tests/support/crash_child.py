"""The writer the crash-safety test kills: a fork server that forks one writer per round.

Importing SQLAlchemy and BLKDesk costs far more than a round lasts, so this process imports
everything once and then, for each `run N` line on stdin, forks a child that opens the database
and registers trainees N, N+1, ... through the real intake service (each registration with its
batch application and audit rows, in one transaction), writing `ok N` to stdout only after the
commit returned. The test SIGKILLs that child; this process reports `dead PID` once it is reaped.
"""

import os
import sys
from datetime import date, timedelta

from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry import trainees
from blkdesk.core.registry.trainees import TraineeInput
from blkdesk.core.storage.db import Database, open_database, resolve_url

OPERATOR = Actor("operator", Role.OPERATOR)
# The serial part of a NIK has four digits; move the birth date on every 9000 records.
PER_DAY = 9000


def record(n: int) -> TraineeInput:
    birth = date(1996, 1, 1) + timedelta(days=n // PER_DAY)
    return TraineeInput(
        nik=nikmod.compose("3602", 1, birth, "L", n % PER_DAY + 1),
        name="Peserta Uji Ketahanan",
        birth_place="Lebak",
        birth_date=birth,
        sex="L",
        education="SLTA/SEDERAJAT",
        notes=f"crash-{n}",
        consent=True,
    )


def warmed_up(url: str, batch_id: int) -> Database:
    """A Database whose engine has compiled every statement a registration needs, and no
    open connection: children inherit the compiled-statement cache, never a SQLite handle."""
    db = open_database(url, migrate=False)
    with db.session() as session, session.begin():
        trainees.register(session, OPERATOR, record(PER_DAY * 300), batch_id=batch_id,
                          duplicate_reason="pemanasan")  # fmt: skip
        session.rollback()
    db.dispose()
    return db


def write_forever(db: Database, batch_id: int, start: int) -> None:
    n = start
    while True:
        with db.transaction() as session:
            trainees.register(session, OPERATOR, record(n), batch_id=batch_id,
                              duplicate_reason="uji ketahanan")  # fmt: skip
        os.write(1, f"ok {n}\n".encode())
        n += 1


def main() -> None:
    url, batch_id = resolve_url(sys.argv[1]), int(sys.argv[2])
    db = warmed_up(url, batch_id)
    for line in sys.stdin:
        command, _, arg = line.partition(" ")
        if command != "run":
            break
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(db, batch_id, int(arg))
            finally:
                os._exit(1)
        os.write(1, f"pid {pid}\n".encode())
        os.waitpid(pid, 0)
        os.write(1, f"dead {pid}\n".encode())


if __name__ == "__main__":
    main()
