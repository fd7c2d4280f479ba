"""A throwaway PostgreSQL cluster for the tests that need one; they skip when none can start."""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


def bindir() -> Path | None:
    # Debian keeps the real server tools per version; what is on PATH may be a wrapper.
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run(owner: str | None, *cmd: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    # PostgreSQL refuses to run as root; CI runs as root, so the cluster runs as `postgres`.
    full = ["runuser", "-u", owner, "--", *cmd] if owner else list(cmd)
    return subprocess.run(full, capture_output=True, text=True, timeout=timeout)


@dataclass
class Server:
    """A running throwaway server that a test may stop (as a crash) and start again."""

    bindir: Path
    owner: str | None
    root: Path
    port: int

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://blk@127.0.0.1:{self.port}/blkdesk"

    def start(self) -> bool:
        opts = f"-p {self.port} -k {self.root / 'sock'} -h 127.0.0.1 -F -c fsync=off"
        return (
            _run(self.owner, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", opts,
                 "-w", "-t", "60", "-l", str(self.root / "log"), "start").returncode
            == 0
        )  # fmt: skip

    def restart_with(self, **settings: object) -> bool:
        """Stopped at once and started again with `settings` (as ALTER SYSTEM would write them)."""
        self.kill()
        with (self.data / "postgresql.auto.conf").open("a", encoding="utf-8") as conf:
            conf.writelines(f"{name} = {value}\n" for name, value in settings.items())
        return self.start()

    def stop_smart(self) -> "subprocess.Popen[bytes]":
        """Shutting down as PostgreSQL's smart mode does: it waits for the sessions still open,
        and meanwhile refuses new ones."""
        cmd = [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "smart", "-w", "stop"]
        full = ["runuser", "-u", self.owner, "--", *cmd] if self.owner else cmd
        return subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def kill(self) -> None:
        """Stop at once, as a power cut would: no checkpoint, clients cut off."""
        _run(self.owner, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
             "stop")  # fmt: skip


@contextmanager
def server() -> Iterator[Server | None]:
    """A fresh cluster with an empty database `blkdesk`, or None when none can be started."""
    tools = bindir()
    if tools is None:
        yield None
        return
    owner = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            yield None
            return
        owner = "postgres"
    root = Path(tempfile.mkdtemp(prefix="blkdesk-pg-"))
    (root / "sock").mkdir()
    if owner:
        shutil.chown(root, owner)
        shutil.chown(root / "sock", owner)
    srv = Server(tools, owner, root, free_port())
    started = False
    try:
        init = _run(owner, str(tools / "initdb"), "-D", str(srv.data), "-U", "blk", "-A", "trust",
                    "-E", "UTF8", "--no-sync")  # fmt: skip
        if init.returncode != 0 or not srv.start():
            yield None
            return
        started = True
        created = _run(owner, str(tools / "createdb"), "-h", "127.0.0.1", "-p", str(srv.port),
                       "-U", "blk", "blkdesk")  # fmt: skip
        yield srv if created.returncode == 0 else None
    finally:
        if started:
            srv.kill()
        time.sleep(0.1)
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def cluster() -> Iterator[str | None]:
    """Yields a SQLAlchemy URL of a fresh database, or None when no server can be started."""
    with server() as srv:
        yield srv.url if srv else None


def fresh_database(server_url: str) -> str:
    """A new, empty database on the same throwaway server, for a test that needs its own."""
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(server_url)
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, dbname="postgres",
        autocommit=True,
    ) as conn:  # fmt: skip
        conn.execute(f'CREATE DATABASE "{name}"')
    return parsed.set(database=name).render_as_string(hide_password=False)
