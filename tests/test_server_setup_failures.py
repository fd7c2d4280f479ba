"""Making or starting the office server fails for an office's everyday reasons, each provoked for
real: the clerk reads one sentence naming it (not initdb's last English line), the programs' own
words go to the log, and nothing of the failed attempt is left to block the next one."""

import logging
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from blkdesk.cli import main
from blkdesk.core.errors import DatabaseError
from blkdesk.core.storage import office_server
from blkdesk.core.storage.notify import connect_kwargs
from blkdesk.core.storage.paths import data_dir
from tests.support.office_home import crash, office_home
from tests.support.postgres import free_port

pytestmark = pytest.mark.postgres


@pytest.fixture
def home(monkeypatch) -> Iterator[Path]:
    with office_home(monkeypatch) as folder:
        yield folder


@pytest.fixture
def as_root() -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small disk or to refuse a folder to PostgreSQL")


def _mount_small_disk(where: Path, size: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                      capture_output=True).returncode != 0:  # fmt: skip
        pytest.skip("tmpfs cannot be mounted here")


def _fill(disk: Path, name: str = "filler") -> Path:
    filler = disk / name
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(bytes(65536))
        except OSError:
            pass
    return filler


def _server_folder() -> Path:
    return data_dir() / "server-kantor"


def test_a_port_in_use_is_named_and_the_next_try_on_a_free_port_works(home, caplog, capsys):
    port = free_port()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        assert main(["server", "create", "--port", str(port), "--listen", "127.0.0.1"]) == 1
        # Asked for no port in particular, BLKDesk takes the next free one instead.
        assert office_server.free_port("127.0.0.1", first=port) != port
    assert capsys.readouterr().err == (
        f"Gagal: Server kantor tidak dapat dijalankan: port {port} sudah dipakai program lain "
        "(mungkin PostgreSQL yang sudah terpasang); hentikan program itu atau pakai port lain.\n"
    )
    assert "Address already in use" in caplog.text  # the server's own words, in the log
    assert not (_server_folder() / "data").exists() and office_server.load_config() is None
    config = office_server.create(free_port(), listen="127.0.0.1")
    assert office_server.is_running(config)


def test_a_folder_with_data_in_it_is_left_alone(home):
    cluster = _server_folder() / "data"
    cluster.mkdir(parents=True)
    (cluster / "catatan.txt").write_text("milik orang lain")
    with pytest.raises(DatabaseError) as refused:
        office_server.create(free_port(), listen="127.0.0.1")
    assert refused.value.message == (
        f"Folder {cluster} sudah berisi data; pindahkan dulu folder itu."
    )
    assert (cluster / "catatan.txt").read_text() == "milik orang lain"
    shutil.rmtree(cluster)
    cluster.write_text("sebuah berkas")  # a file where the folder should be: no crash either
    with pytest.raises(DatabaseError) as refused:
        office_server.create(free_port(), listen="127.0.0.1")
    assert "sudah berisi data" in refused.value.message
    assert cluster.read_text() == "sebuah berkas"


def test_a_full_disk_is_named_and_nothing_half_made_stays(home, as_root, caplog):
    disk = _server_folder()
    _mount_small_disk(disk, "8m")  # initdb needs some 40 MB
    try:
        with pytest.raises(DatabaseError) as refused:
            office_server.create(free_port(), listen="127.0.0.1")
        assert refused.value.message == (
            f"Server kantor tidak dapat dibuat: disk tempat folder {disk / 'data'} penuh; "
            "kosongkan ruang di disk itu, lalu ulangi."
        )
        assert "No space left on device" in caplog.text
        assert not (disk / "data").exists() and office_server.load_config() is None
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)


def test_a_folder_postgresql_may_not_write_is_named(home, as_root):
    if not os.environ.get(office_server.RUN_AS_ENV):
        pytest.skip("PostgreSQL runs as this user here, who may write everywhere")
    cluster = _server_folder() / "data"
    cluster.mkdir(parents=True)
    cluster.chmod(0o700)  # root's own, empty: the server's account cannot enter it
    with pytest.raises(DatabaseError) as refused:
        office_server.create(free_port(), listen="127.0.0.1")
    assert refused.value.message == (
        f"Server kantor tidak dapat dibuat: PostgreSQL tidak diizinkan menulis di folder "
        f"{cluster}; periksa izin folder itu."
    )
    assert cluster.is_dir() and not any(cluster.iterdir())


@pytest.fixture
def wal_disk_full(home, as_root) -> Iterator[tuple[office_server.ServerConfig, list[Path]]]:
    """The server's cluster (with pg_wal) on a small disk of its own that fills up while the
    office writes: the server stops (PANIC) and every PC then finds it unreachable. The table
    written lives in a tablespace elsewhere, so it is the WAL that fills the disk."""
    disk = _server_folder()
    _mount_small_disk(disk, "64m")
    space = Path(tempfile.mkdtemp(prefix="blkdesk-tablespace-"))
    shutil.chown(space, os.environ[office_server.RUN_AS_ENV])
    try:
        config = office_server.create(free_port(), listen="127.0.0.1")
        url = config.url()
        with psycopg.connect(**connect_kwargs(url), autocommit=True) as conn:
            conn.execute(f"CREATE TABLESPACE besar LOCATION '{space}'")
            conn.execute("CREATE TABLE catatan (isi text) TABLESPACE besar")
            conn.execute("INSERT INTO catatan VALUES ('sebelum penuh')")
        filler = _fill(disk)
        writing = psycopg.connect(**connect_kwargs(url), autocommit=True)
        with pytest.raises(psycopg.Error), writing as conn:
            for _ in range(2000):
                conn.execute("INSERT INTO catatan SELECT repeat('x', 1000) "
                             "FROM generate_series(1, 100)")  # fmt: skip
        crash(config)  # the PANIC stopped it, or will: nothing is left running
        # What the crash let go of (its half-written WAL segment) is taken too: the disk stays
        # full, as an office's would until someone frees it.
        yield config, [filler, _fill(disk, "filler-2")]
    finally:
        config_now = office_server.load_config()
        if config_now is not None:
            crash(config_now)
        subprocess.run(["umount", "-l", str(disk)], check=True)
        shutil.rmtree(space, ignore_errors=True)


def test_a_full_wal_disk_is_named_at_start_up_and_the_server_starts_once_space_is_freed(
    wal_disk_full, capsys, caplog
):
    config, fillers = wal_disk_full
    folder = Path(config.cluster)
    said = (
        f"Server kantor tidak dapat dijalankan: disk tempat folder {folder} penuh; kosongkan "
        "ruang di disk itu, lalu ulangi."
    )
    # BLKDesk opening on the server PC starts it first (the GUI's start-up, the CLI's commands).
    with pytest.raises(DatabaseError) as refused, caplog.at_level(logging.ERROR):
        office_server.start_if_ours(config.url())
    assert refused.value.message == said
    assert "Check free disk space" in caplog.text or "No space left" in caplog.text
    # The log-in entry's `blkdesk server start` says the same.
    assert main(["server", "start"]) == 1
    assert capsys.readouterr().err.strip() == f"Gagal: {said}"
    for filler in fillers:
        filler.unlink()
    assert main(["server", "start"]) == 0, capsys.readouterr().err
    assert office_server.is_running(config)
    with psycopg.connect(**connect_kwargs(config.url())) as conn:
        assert conn.execute("SELECT isi FROM catatan LIMIT 1").fetchone() == ("sebelum penuh",)
