"""A data folder for an office server that a test makes with the real PostgreSQL tools."""

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from blkdesk.core.storage import office_server


@contextmanager
def office_home(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """BLKDesk's data and config folders in a fresh folder PostgreSQL's own user can reach
    (pytest's folders are private to root); the office server made there is stopped after.
    Skips the test where PostgreSQL is not installed."""
    if office_server.find_tools() is None:
        pytest.skip("PostgreSQL is not installed here")
    if os.geteuid() == 0:
        monkeypatch.setenv(office_server.RUN_AS_ENV, "postgres")
    home = Path(tempfile.mkdtemp(prefix="blkdesk-home-"))
    home.chmod(0o755)
    monkeypatch.setenv("BLKDESK_DATA_DIR", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    try:
        yield home
    finally:
        config = office_server.load_config()
        if config is not None:
            office_server.stop(config)
        shutil.rmtree(home, ignore_errors=True)


# The schema an older BLKDesk left the office server at, in the upgrade tests.
OLD_SCHEMA = "0010"


def make_old_office(url: str) -> None:
    """The server as an older BLKDesk left it: its BLK set up with a trainee, at schema 0010
    (made at today's schema and taken down with the migrations' own downgrades)."""
    from alembic import command

    from blkdesk.core.institution import setup
    from blkdesk.core.permissions import Actor, Role
    from blkdesk.core.registry import trainees
    from blkdesk.core.storage.db import alembic_config, make_engine, open_database
    from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
    from tests.support.registrants import siti

    db = open_database(url)
    try:
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
        with db.transaction() as session:
            trainees.register(session, Actor("admin", Role.ADMIN, user_id=1), siti())
    finally:
        db.dispose()
    engine = make_engine(url)
    command.downgrade(alembic_config(engine), OLD_SCHEMA)
    engine.dispose()


def crash(config: office_server.ServerConfig) -> None:
    """Stop the office server at once, as a power cut or a PANIC would: no shutdown checkpoint,
    which on a full disk could not be written and would leave the server hanging."""
    import subprocess

    owner = os.environ.get(office_server.RUN_AS_ENV)
    pg_ctl = str(Path(config.bindir) / "pg_ctl")
    command = [pg_ctl, "-D", config.cluster, "-m", "immediate", "-w", "-t", "30", "stop"]
    subprocess.run(["runuser", "-u", owner, "--", *command] if owner else command,
                   capture_output=True, check=False)  # fmt: skip
