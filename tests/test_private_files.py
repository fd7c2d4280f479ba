"""UU PDP on a PC shared by several accounts: the database, its WAL, the data folder (logs,
backups, crash reports) and what a failed statement says keep the trainees' data to this account.
"""

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.core.storage.paths import backup_dir, data_dir, log_dir

posix_only = pytest.mark.skipif(os.name == "nt", reason="Windows guards files with ACLs, not modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    """Debian's default umask: a new file rw-r--r--, a new folder rwxr-xr-x."""
    before = os.umask(0o022)
    yield
    os.umask(before)


@posix_only
def test_a_new_database_and_its_wal_are_for_this_account_only(tmp_path, usual_umask):
    path = tmp_path / "kantor" / "blk.sqlite"
    db = open_database(resolve_url(str(path)))
    try:
        with db.transaction() as s:
            s.execute(text("CREATE TABLE coba (x TEXT)"))
            s.execute(text("INSERT INTO coba VALUES ('a')"))
        assert _mode(path) == 0o600
        assert _mode(path.with_name("blk.sqlite-wal")) == 0o600
        assert _mode(path.with_name("blk.sqlite-shm")) == 0o600
    finally:
        db.dispose()


@posix_only
def test_an_older_readable_database_is_tightened_when_opened(tmp_path, usual_umask):
    path = tmp_path / "blk.sqlite"
    open_database(resolve_url(str(path))).dispose()
    path.chmod(0o644)  # as an earlier BLKDesk left it
    open_database(resolve_url(str(path))).dispose()
    assert _mode(path) == 0o600


@posix_only
def test_the_data_folder_is_closed_to_other_accounts(isolated, usual_umask):
    assert not isolated.exists()
    assert _mode(data_dir()) == 0o700
    for inner in (backup_dir(), log_dir()):  # inside it, so unreachable whatever their mode
        assert inner.parent == data_dir()
    data_dir().chmod(0o755)  # as an earlier BLKDesk made it
    assert _mode(data_dir()) == 0o700
