"""A clerk's PC and the server PC on an office LAN whose cable the test pulls: a save sent into
the void, and a start-up against a PC that answers nothing, end in one sentence, not a window
frozen for minutes (see tests/support/office_lan.py)."""

import queue
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from blkdesk.core.models import AttendanceMark
from blkdesk.core.storage.db import open_database
from tests.support.office_lan import SILENT_IP, OfficeLan, office_lan, usable

pytestmark = pytest.mark.postgres

# Only a guard against a hang (the bug was minutes): never reached when BLKDesk gives up itself.
HANG = 120


@pytest.fixture
def lan() -> Iterator[OfficeLan]:
    if not usable():
        pytest.skip("needs root, iproute2 and PostgreSQL to build an office LAN")
    with office_lan() as made:
        yield made


class Clerk:
    def __init__(self, lan: OfficeLan) -> None:
        self.proc = lan.clerk()
        self.lines: queue.Queue[str] = queue.Queue()
        self.pump = threading.Thread(target=self._pump, daemon=True)
        self.pump.start()
        assert self.answer() == "ready"

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put("eof")

    def answer(self) -> str:
        try:
            return self.lines.get(timeout=HANG)
        except queue.Empty:
            pytest.fail("BLKDesk still waits on the office server: the clerk's window is frozen")

    def ask(self, line: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.answer()

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.pump.join()
        for pipe in (self.proc.stdin, self.proc.stdout):
            assert pipe is not None
            pipe.close()


@pytest.fixture
def clerk(lan: OfficeLan) -> Iterator[Clerk]:
    made = Clerk(lan)
    yield made
    made.close()


def test_a_mark_saved_as_the_cable_is_pulled_is_refused_in_a_sentence_and_keyed_again(lan, clerk):
    assert clerk.ask("mark") == "ok"
    lan.pull_cable()
    said = clerk.ask("mark")
    assert said.startswith("down Server kantor 10.77.0.1:5432 tidak dapat dihubungi")
    assert said.endswith("coba simpan lagi.")
    lan.plug_cable()
    assert clerk.ask("mark") == "ok"
    db = open_database(lan.local_url, migrate=False)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AttendanceMark)) == 2
    db.dispose()


def test_a_server_pc_that_answers_nothing_is_explained_at_start_up(clerk):
    said = clerk.ask(f"open postgresql+psycopg://blk@{SILENT_IP}:5432/blkdesk")
    assert (
        said == f"down Server kantor {SILENT_IP}:5432 tidak dapat dihubungi; periksa jaringan "
        "dan pastikan PC server menyala."
    )


def test_a_server_pc_with_nothing_on_the_port_sends_the_clerk_to_that_pc(clerk):
    said = clerk.ask("open postgresql+psycopg://blk@10.77.0.1:5433/blkdesk")
    assert said == (
        "down PC server kantor 10.77.0.1 menyala, tetapi server BLKDesk tidak berjalan di port "
        "5433; buka BLKDesk di PC server itu, atau periksa port-nya bila server dipindah."
    )


def test_a_server_pc_name_the_lan_does_not_know_is_named(clerk):
    # The clerk's PC has no name server on its LAN: the look-up fails there, never leaving it.
    said = clerk.ask("open postgresql+psycopg://blk@pc-server-kantor:5432/blkdesk")
    assert said == (
        "down Nama PC server kantor 'pc-server-kantor' tidak dikenal di jaringan; periksa "
        "ejaannya atau ketik alamat IP PC server itu."
    )
