"""The office server's disk fills up: the clerk is told that, not that the network is down, and
the same save goes through once space is freed. The server's database lives on a small disk of
the test's own (a tmpfs mounted for it), so nothing else ever fills."""

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
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
from blkdesk.core.storage import connection
from blkdesk.core.storage.db import Database, open_database
from tests.support.batches import running_batch
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.postgres import server

pytestmark = pytest.mark.postgres

OPERATOR = Actor("operator", Role.OPERATOR)


@contextmanager
def _disk(size: str) -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small disk")
    where = Path(tempfile.mkdtemp(prefix="blkdesk-small-disk-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                      capture_output=True).returncode != 0:  # fmt: skip
        where.rmdir()
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)
        where.rmdir()


@pytest.fixture
def small_disk() -> Iterator[Path]:
    with _disk("16m") as where:
        yield where


@pytest.fixture
def wal_disk() -> Iterator[Path]:
    """Room for the server's WAL of two segments (16 MB each) and a little more."""
    with _disk("40m") as where:
        yield where


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


def test_a_server_stopped_by_its_full_wal_disk_sends_the_clerks_to_the_server_pc(wal_disk):
    """What a clerk's PC gets when pg_wal fills: the writer is told the disk is full (SQLSTATE
    53100); the server then crashes, refuses start-ups while it recovers (57P03), fails its
    recovery for want of space, and is gone (the port refuses). From a clerk's PC that is a
    server that does not run; BLKDesk on the server PC names the full disk when it starts it
    (test_office_server)."""
    with server() as srv:
        if srv is None:
            pytest.skip("no PostgreSQL server could be started here")
        srv.kill()
        wal = srv.data / "pg_wal"
        subprocess.run(["cp", "-a", str(wal), str(wal_disk)], check=True)  # keeps its owner
        shutil.rmtree(wal)
        wal.symlink_to(wal_disk / "pg_wal")
        assert srv.restart_with(max_wal_size="32MB", min_wal_size="32MB")
        where = f"127.0.0.1:{srv.port}"
        with psycopg.connect(host="127.0.0.1", port=srv.port, user="blk", dbname="blkdesk",
                             autocommit=True) as conn:  # fmt: skip
            conn.execute("CREATE TABLE filler (x text)")
            with pytest.raises(psycopg.Error) as writing:
                while True:
                    conn.execute("INSERT INTO filler SELECT repeat(md5(random()::text), 30) "
                                 "FROM generate_series(1, 5000)")  # fmt: skip
        assert connection.unreachable_message(srv.url, writing.value) == (
            f"Disk PC server kantor {where} penuh; kosongkan ruang di disk PC server itu."
        )
        recovering = (
            f"Server kantor {where} sedang dinyalakan, dimatikan atau dipulihkan; tunggu satu "
            "menit lalu coba lagi, dan bila tetap begini, buka BLKDesk di PC server itu."
        )
        gone = (
            f"PC server kantor 127.0.0.1 menyala, tetapi server BLKDesk tidak berjalan di port "
            f"{srv.port}; buka BLKDesk di PC server itu, atau periksa port-nya bila server "
            "dipindah."
        )
        deadline = time.monotonic() + 60
        while True:
            with pytest.raises(DatabaseError) as refused:
                connection.check(srv.url)
            assert refused.value.message in (recovering, gone)
            if refused.value.message == gone:
                break
            assert time.monotonic() < deadline, "the server stays in recovery"
            time.sleep(0.1)
