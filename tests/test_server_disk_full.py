"""The office server's disk fills up: the clerk is told that, not that the network is down, and
the same save goes through once space is freed. The server's database lives on a small disk of
the test's own (a tmpfs mounted for it), so nothing else ever fills."""

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from blkdesk.core.attendance import attendance
from blkdesk.core.errors import DatabaseError
from blkdesk.core.institution import setup
from blkdesk.core.models import AttendanceMark
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage.db import Database, open_database
from tests.support.batches import running_batch
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.postgres import server

pytestmark = pytest.mark.postgres

OPERATOR = Actor("operator", Role.OPERATOR)


@pytest.fixture
def small_disk() -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small disk")
    where = Path(tempfile.mkdtemp(prefix="blkdesk-small-disk-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(where)],
                      capture_output=True).returncode != 0:  # fmt: skip
        where.rmdir()
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)
        where.rmdir()


@pytest.fixture
def served_on_small_disk(small_disk: Path) -> Iterator[Database]:
    with server() as srv:
        if srv is None:
            pytest.skip("no PostgreSQL server could be started here")
        shutil.chown(small_disk, srv.owner or os.getuid())
        parsed = make_url(srv.url)
        with psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username,
                             dbname="postgres", autocommit=True) as conn:  # fmt: skip
            conn.execute(f"CREATE TABLESPACE small LOCATION '{small_disk}'")
            conn.execute("ALTER DATABASE blkdesk SET TABLESPACE small")
        db = open_database(srv.url)
        yield db
        db.dispose()


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(bytes(65536))
                out.flush()
        except OSError:
            pass
    return filler


def test_a_full_server_disk_is_named_and_the_save_goes_through_once_space_is_freed(
    served_on_small_disk, small_disk
):
    db = served_on_small_disk
    setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    batch = running_batch(db, days=20, status="selesai")
    with db.session() as session:
        grid = attendance.load_grid(session, batch.id)
    eid, day = grid.participants[0].enrollment_id, grid.days[0]
    filler = _fill(small_disk)
    port = make_url(db.url).port
    with pytest.raises(DatabaseError) as refused:
        attendance.set_mark(db, OPERATOR, batch.id, eid, day, "H")
    assert refused.value.message == (
        f"Disk PC server kantor 127.0.0.1:{port} penuh; kosongkan ruang di disk PC server itu. "
        "Perubahan ini belum tersimpan; coba simpan lagi."
    )
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AttendanceMark)) == 0
    filler.unlink()
    attendance.set_mark(db, OPERATOR, batch.id, eid, day, "H")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AttendanceMark)) == 1
