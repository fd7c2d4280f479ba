"""How many round trips a clerk's everyday actions take on the office server.

Each one costs the LAN's latency (2 ms on a busy office network), so keying a mark, opening the
attendance grid and searching the registry state their budget here, counted on the wire.
"""

from collections.abc import Iterator

import pytest

from blkdesk.core.attendance import attendance
from blkdesk.core.attendance.attendance import MarkState
from blkdesk.core.institution import setup
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import trainee_search
from blkdesk.core.storage.db import Database, open_database
from tests.support.batches import BuiltBatch, running_batch
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.postgres import fresh_database
from tests.support.roundtrips import RoundTrips

pytestmark = pytest.mark.postgres
CLERK = Actor("ani", Role.OPERATOR)


@pytest.fixture
def wire(postgres_url: str) -> Iterator[tuple[Database, RoundTrips, BuiltBatch]]:
    url = fresh_database(postgres_url)
    setup_db = open_database(url)
    setup(setup_db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    batch = running_batch(setup_db, days=20, status="selesai")
    setup_db.dispose()
    port = int(url.split("@127.0.0.1:")[1].split("/")[0])
    trips = RoundTrips(port)
    db = open_database(trips.url(url))
    try:
        # The connection is opened (and authenticated) once; what follows reuses it.
        attendance.set_mark(db, CLERK, batch.id, batch.enrollments[0], batch.days[0], "H")
        yield db, trips, batch
    finally:
        db.dispose()
        trips.close()


def test_a_mark_commits_in_two_round_trips(wire):
    db, trips, batch = wire
    e, day = batch.enrollments[1], batch.days[2]
    # The one read, then one statement that writes the cell and its audit row and commits by
    # itself: no BEGIN, no COMMIT.
    with trips.counting():
        attendance.set_mark(db, CLERK, batch.id, e, day, "S", seen={(e, day): None})
    assert trips.count == 2
    with trips.counting():
        changed = attendance.set_mark(db, CLERK, batch.id, e, day, "A",
                                      seen={(e, day): MarkState("S")})  # fmt: skip
    assert trips.count == 2
    assert changed.changes[0].before == MarkState("S")
    # A whole day keyed at once costs no more than one cell.
    cells = [(eid, batch.days[3]) for eid in batch.enrollments]
    with trips.counting():
        attendance.set_marks(db, CLERK, batch.id, cells, "H", seen=dict.fromkeys(cells))
    assert trips.count == 2


def test_the_grid_opens_in_four_round_trips(wire):
    db, trips, batch = wire
    with trips.counting(), db.session() as s:
        grid = attendance.load_grid(s, batch.id)
    assert len(grid.participants) == len(batch.enrollments)
    # Four reads: a read needs no BEGIN and no ROLLBACK.
    assert trips.count == 4


def test_a_search_keystroke_takes_one_round_trip(wire):
    db, trips, _batch = wire
    with trips.counting(), db.session() as s:
        found = trainee_search.page(s, "siti")
    assert [row.name for row in found] == ["Siti Nurhasanah"]
    assert trips.count == 1
    # A number may be a NIK or a phone: still one query, the server's planner picks the plan.
    with trips.counting(), db.session() as s:
        assert len(trainee_search.page(s, "3602")) == 5
    assert trips.count == 1
