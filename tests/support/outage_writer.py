"""A clerk keying attendance while the office server goes away: run as its own process.

`python -m tests.support.outage_writer URL BATCH_ID` keys H into every cell of the batch, one
cell per save. It prints `ok ENROLLMENT DAY` only after the save returned (the acknowledged
work), `down MESSAGE` when a save is refused because the server cannot be reached, and retries
that same cell, as a clerk would press Simpan again, until it is saved. `done` at the end.
"""

import sys
import time

from blkdesk.core.attendance import attendance
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage.db import ServerUnreachable, open_database

OPERATOR = Actor("operator", Role.OPERATOR)


def main(url: str, batch_id: int) -> None:
    db = open_database(url)
    with db.session() as session:
        grid = attendance.load_grid(session, batch_id)
    cells = [(p.enrollment_id, day) for day in grid.days for p in grid.participants]
    for eid, day in cells:
        while True:
            try:
                attendance.set_mark(db, OPERATOR, batch_id, eid, day, "H")
            except ServerUnreachable as exc:
                print(f"down {exc.message}", flush=True)
                time.sleep(0.2)
                continue
            print(f"ok {eid} {day.isoformat()}", flush=True)
            break
    print("done", flush=True)
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
