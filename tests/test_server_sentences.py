"""A clerk's PC cannot open the office server: the sentence names the cause the server's PC
shows and what to do about it, not always the network. Each cause is made for real, on a
throwaway PostgreSQL on this machine's loopback (the LAN's causes, a PC name that resolves to
nothing and a PC that answers but serves nothing, are in test_office_lan)."""

import socket
import threading
import time
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text

from blkdesk.core.errors import DatabaseError
from blkdesk.core.storage import connection
from blkdesk.core.storage.db import open_database
from tests.support.postgres import Server, free_port, server

pytestmark = pytest.mark.postgres

NOT_RUNNING = (
    "PC server kantor 127.0.0.1 menyala, tetapi server BLKDesk tidak berjalan di port {port}; "
    "buka BLKDesk di PC server itu, atau periksa port-nya bila server dipindah."
)
BUSY = (
    "Server kantor 127.0.0.1:{port} sedang dinyalakan, dimatikan atau dipulihkan; tunggu satu "
    "menit lalu coba lagi, dan bila tetap begini, buka BLKDesk di PC server itu."
)
TOO_MANY = (
    "Server kantor 127.0.0.1:{port} sudah melayani terlalu banyak PC atau jendela BLKDesk; "
    "tutup BLKDesk di PC yang tidak dipakai, atau hubungi administrator."
)
SILENT = (
    "Server kantor 127.0.0.1:{port} tidak dapat dihubungi; periksa jaringan dan pastikan PC "
    "server menyala."
)


def said(url: str, timeout: int = 5) -> str:
    with pytest.raises(DatabaseError) as refused:
        connection.check(url, timeout=timeout)
    return refused.value.message


def once_refused(url: str) -> str:
    """What the clerk is told once the server refuses (a stop takes a moment to begin)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            connection.check(url)
        except DatabaseError as exc:
            return exc.message
        time.sleep(0.1)
    pytest.fail("the server never began to refuse")


def opened_says(url: str) -> str:
    """What BLKDesk's start-up says (SQLAlchemy's way in, not check's)."""
    with pytest.raises(DatabaseError) as refused:
        open_database(url)
    return refused.value.message


@pytest.fixture
def office() -> Iterator[Server]:
    with server() as srv:
        if srv is None:
            pytest.skip("no PostgreSQL server could be started here")
        yield srv


def hold(srv: Server, count: int) -> list[psycopg.Connection]:
    return [
        psycopg.connect(host="127.0.0.1", port=srv.port, user="blk", dbname="blkdesk")
        for _ in range(count)
    ]


def test_a_closed_port_on_a_pc_that_answers_sends_the_clerk_to_the_server_pc():
    port = free_port()  # the PC (this one) answers; nothing listens there
    url = f"postgresql+psycopg://blkdesk:x@127.0.0.1:{port}/blkdesk"
    assert said(url) == NOT_RUNNING.format(port=port)
    assert opened_says(url) == NOT_RUNNING.format(port=port)


def test_a_stopped_server_is_one_that_is_not_running(office):
    office.kill()
    assert said(office.url) == NOT_RUNNING.format(port=office.port)


def test_a_pc_that_never_answers_is_still_the_network_and_costs_one_wait():
    with socket.socket() as mute:  # takes the connection, never says a word
        mute.bind(("127.0.0.1", 0))
        mute.listen(1)
        port = mute.getsockname()[1]
        started = time.monotonic()
        assert said(f"postgresql+psycopg://blk@127.0.0.1:{port}/blkdesk", timeout=2) == (
            SILENT.format(port=port)
        )
        # libpq's own least timeout is 2 s; nothing asks the silent PC a second time.
        assert time.monotonic() - started < 4


def test_too_many_clients_asks_to_close_blkdesk_where_it_is_not_used(office):
    assert office.restart_with(max_connections=3, superuser_reserved_connections=0)
    held = hold(office, 3)
    try:
        assert said(office.url) == TOO_MANY.format(port=office.port)
        assert opened_says(office.url) == TOO_MANY.format(port=office.port)
    finally:
        for conn in held:
            conn.close()
    # The PCs closed BLKDesk: once the server has let their sessions go, the others get in.
    deadline = time.monotonic() + 30
    while True:
        try:
            connection.check(office.url)
            break
        except DatabaseError:
            assert time.monotonic() < deadline
            time.sleep(0.1)


def test_a_server_shutting_down_asks_to_wait(office):
    held = hold(office, 1)
    stopping = office.stop_smart()  # waits for the session still open
    try:
        assert once_refused(office.url) == BUSY.format(port=office.port)
        assert opened_says(office.url) == BUSY.format(port=office.port)
    finally:
        held[0].close()
        stopping.wait(60)
    assert said(office.url) == NOT_RUNNING.format(port=office.port)


def test_a_server_still_recovering_asks_to_wait(office):
    # A standby without hot standby stays in recovery and answers as a server recovering after
    # a crash does, for as long as the test needs (SQLSTATE 57P03).
    (office.data / "standby.signal").write_text("", encoding="utf-8")
    assert office.restart_with(hot_standby="off")
    assert said(office.url) == BUSY.format(port=office.port)


def test_a_server_on_a_socket_folder_is_not_asked_again(office):
    office.kill()
    url = f"postgresql+psycopg://blk@/blkdesk?host={office.root / 'sock'}&port={office.port}"
    assert "tidak dapat dihubungi; periksa jaringan" in said(url)


def test_a_save_cut_off_by_a_restore_on_the_server_pc_says_so_and_not_the_network(office):
    """The server PC's restore ends the other PCs' open transactions before pg_restore: the
    clerk whose save was running is told why, and to save again, not to check the network."""
    db = open_database(office.url)
    other = psycopg.connect(host="127.0.0.1", port=office.port, user="blk", dbname="blkdesk",
                            autocommit=True)  # fmt: skip
    try:
        with pytest.raises(DatabaseError) as refused, db.transaction() as session:
            session.execute(text("SELECT 1"))
            other.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                "current_database() AND state <> 'idle' AND pid <> pg_backend_pid()"
            )
            session.execute(text("SELECT 1"))
        assert refused.value.message == (
            f"Server kantor 127.0.0.1:{office.port} memutus sambungan PC ini, biasanya karena "
            "database sedang dipulihkan dari cadangan di PC server. Perubahan ini belum "
            "tersimpan; coba simpan lagi."
        )
    finally:
        other.close()
        db.dispose()


def test_a_read_caught_in_a_restore_dropping_its_tables_says_so_and_not_the_network(office):
    """A page's read of two tables began just as pg_restore began dropping them: the server ends
    the deadlock by stopping the read, and the clerk is told that, not to check the network."""
    db = open_database(office.url)
    restoring = psycopg.connect(host="127.0.0.1", port=office.port, user="blk", dbname="blkdesk")
    try:
        restoring.execute("CREATE TABLE a (x int); CREATE TABLE b (x int)")
        restoring.commit()
        restoring.execute("LOCK TABLE b IN ACCESS EXCLUSIVE MODE")  # dropped first
        outcome: list[BaseException] = []

        def read_both() -> None:
            try:
                with db.transaction() as session:
                    session.execute(text("SELECT count(*) FROM a"))
                    session.execute(text("SELECT count(*) FROM b"))
            except BaseException as exc:
                outcome.append(exc)

        reader = threading.Thread(target=read_both)
        reader.start()
        deadline = time.monotonic() + 10
        while not _waiting_for_a_lock(restoring) and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            restoring.execute("LOCK TABLE a IN ACCESS EXCLUSIVE MODE")  # and then this one
        finally:
            reader.join(30)
        (refused,) = outcome
        assert isinstance(refused, DatabaseError)
        assert refused.message.startswith(
            f"Server kantor 127.0.0.1:{office.port} menghentikan permintaan PC ini karena "
            "bertabrakan dengan pekerjaan lain di server, misalnya pemulihan cadangan di PC server."
        )
    finally:
        restoring.close()
        db.dispose()


def _waiting_for_a_lock(conn: psycopg.Connection) -> bool:
    with psycopg.connect(host="127.0.0.1", port=conn.info.port, user="blk",
                         dbname="blkdesk", autocommit=True) as look:  # fmt: skip
        row = look.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
        ).fetchone()
    return bool(row and row[0])
