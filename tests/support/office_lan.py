"""An office LAN of two PCs inside network namespaces of the test's own: the server PC runs a
throwaway PostgreSQL, the clerk's PC reaches it over a virtual cable the test can pull. Nothing
is ever sent on the machine's real network interface.

`python -m tests.support.office_lan URL` is the clerk: it sets up a BLK with a running batch,
prints `ready`, then for each `mark` line on its input keys one cell and prints `ok` once the
save returned, or `down MESSAGE` when the save was refused; `open URL` lines print `opened` or
`down MESSAGE` for a start-up against that address.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.support.postgres import bindir

SERVER_IP, CLERK_IP = "10.77.0.1", "10.77.0.2"
# An address on the office LAN that answers nothing: a PC switched off, or one whose firewall
# drops the connection.
SILENT_IP = "10.77.0.9"


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=30)


@dataclass
class OfficeLan:
    server_ns: str
    clerk_ns: str
    cable: str  # the server end of the virtual cable
    root: Path

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://blk@{SERVER_IP}:5432/blkdesk"

    @property
    def local_url(self) -> str:
        """The same database through the server's socket folder, for the test's own checks."""
        return f"postgresql+psycopg://blk@/blkdesk?host={self.root / 'sock'}&port=5432"

    def pull_cable(self) -> None:
        _ip("-n", self.server_ns, "link", "set", self.cable, "down")

    def plug_cable(self) -> None:
        _ip("-n", self.server_ns, "link", "set", self.cable, "up")

    def clerk(self) -> "subprocess.Popen[str]":
        return subprocess.Popen(
            ["ip", "netns", "exec", self.clerk_ns, sys.executable, "-m",
             "tests.support.office_lan", self.url],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip


def usable() -> bool:
    return shutil.which("ip") is not None and os.geteuid() == 0 and bindir() is not None


@contextmanager
def office_lan() -> Iterator[OfficeLan]:
    """Needs root (namespaces; PostgreSQL then runs as `postgres`): see `usable`."""
    tag = uuid.uuid4().hex[:6]
    lan = OfficeLan(f"blk-srv-{tag}", f"blk-pc-{tag}", f"blks{tag}",
                    Path(tempfile.mkdtemp(prefix="blkdesk-lan-")))  # fmt: skip
    tools = bindir()
    assert tools is not None
    made: list[str] = []
    started = False
    try:
        for ns in (lan.server_ns, lan.clerk_ns):
            _ip("netns", "add", ns)
            made.append(ns)
            _ip("-n", ns, "link", "set", "lo", "up")
        _ip("-n", lan.server_ns, "link", "add", lan.cable, "type", "veth", "peer", "name",
            f"blkc{tag}", "netns", lan.clerk_ns)  # fmt: skip
        for ns, dev, addr in ((lan.server_ns, lan.cable, SERVER_IP),
                              (lan.clerk_ns, f"blkc{tag}", CLERK_IP)):  # fmt: skip
            _ip("-n", ns, "addr", "add", f"{addr}/24", "dev", dev)
            _ip("-n", ns, "link", "set", dev, "up")
        # Packets to the silent address leave the clerk's PC and are never answered.
        _ip("-n", lan.clerk_ns, "neigh", "add", SILENT_IP, "lladdr", "02:00:00:00:00:09", "dev",
            f"blkc{tag}", "nud", "permanent")  # fmt: skip
        (lan.root / "sock").mkdir()
        for path in (lan.root, lan.root / "sock"):
            shutil.chown(path, "postgres")

        def pg(*cmd: str) -> None:
            subprocess.run(["ip", "netns", "exec", lan.server_ns, "runuser", "-u", "postgres",
                            "--", *cmd], check=True, capture_output=True, timeout=120)  # fmt: skip

        data = lan.root / "data"
        pg(str(tools / "initdb"), "-D", str(data), "-U", "blk", "-A", "trust", "-E", "UTF8",
           "--no-sync")  # fmt: skip
        with (data / "pg_hba.conf").open("a", encoding="utf-8") as hba:
            hba.write(f"host all all {CLERK_IP}/32 trust\n")
        opts = f"-p 5432 -k {lan.root / 'sock'} -h {SERVER_IP} -F -c fsync=off"
        pg(str(tools / "pg_ctl"), "-D", str(data), "-o", opts, "-w", "-t", "60", "-l",
           str(lan.root / "log"), "start")  # fmt: skip
        started = True
        pg(str(tools / "createdb"), "-h", str(lan.root / "sock"), "-U", "blk", "blkdesk")
        yield lan
    finally:
        if started:
            subprocess.run(["ip", "netns", "exec", lan.server_ns, "runuser", "-u", "postgres",
                            "--", str(tools / "pg_ctl"), "-D", str(lan.root / "data"), "-m",
                            "immediate", "stop"], capture_output=True, timeout=120)  # fmt: skip
        for ns in made:
            _ip("netns", "del", ns)
        shutil.rmtree(lan.root, ignore_errors=True)


def _clerk(url: str) -> None:
    from blkdesk.core.attendance import attendance
    from blkdesk.core.errors import DatabaseError
    from blkdesk.core.institution import setup
    from blkdesk.core.permissions import Actor, Role
    from blkdesk.core.storage.db import open_database
    from tests.support.batches import running_batch
    from tests.support.institution import ADMIN_PASSWORD, INSTITUTION

    db = open_database(url)
    setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    batch = running_batch(db, days=5, status="selesai")
    with db.session() as session:
        grid = attendance.load_grid(session, batch.id)
    cells = iter([(p.enrollment_id, day) for day in grid.days for p in grid.participants])
    cell = None
    print("ready", flush=True)
    for line in sys.stdin:
        try:
            if line.startswith("open "):
                open_database(line.split()[1]).dispose()
                print("opened", flush=True)
            else:
                eid, day = cell = cell or next(cells)  # a refused cell is keyed again
                attendance.set_mark(db, Actor("operator", Role.OPERATOR), batch.id, eid, day, "H")
                cell = None
                print("ok", flush=True)
        except DatabaseError as exc:
            print(f"down {exc.message}", flush=True)
    db.dispose()


if __name__ == "__main__":
    _clerk(sys.argv[1])
