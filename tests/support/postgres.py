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
from pathlib import Path


def _bindir() -> Path | None:
    # Debian keeps the real server tools per version; what is on PATH may be a wrapper.
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run(owner: str | None, *cmd: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    # PostgreSQL refuses to run as root; CI runs as root, so the cluster runs as `postgres`.
    full = ["runuser", "-u", owner, "--", *cmd] if owner else list(cmd)
    return subprocess.run(full, capture_output=True, text=True, timeout=timeout)


@contextmanager
def cluster() -> Iterator[str | None]:
    """Yields a SQLAlchemy URL of a fresh database, or None when no server can be started."""
    bindir = _bindir()
    if bindir is None:
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
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if owner:
        shutil.chown(root, owner)
        shutil.chown(sock, owner)
    port = _free_port()
    started = False
    try:
        if (
            _run(
                owner,
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "blk",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
            ).returncode
            != 0
        ):
            yield None
            return
        opts = f"-p {port} -k {sock} -h 127.0.0.1 -F -c fsync=off"
        if (
            _run(
                owner,
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                opts,
                "-w",
                "-t",
                "60",
                "-l",
                str(root / "log"),
                "start",
            ).returncode
            != 0
        ):
            yield None
            return
        started = True
        created = _run(
            owner,
            str(bindir / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-U",
            "blk",
            "blkdesk",
        )
        if created.returncode != 0:
            yield None
            return
        yield f"postgresql+psycopg://blk@127.0.0.1:{port}/blkdesk"
    finally:
        if started:
            _run(owner, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        time.sleep(0.1)
        shutil.rmtree(root, ignore_errors=True)


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
