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
