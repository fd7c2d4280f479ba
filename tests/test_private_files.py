"""UU PDP on a PC shared by several accounts: the database, its WAL, the data folder (logs,
backups, crash reports) and what a failed statement says keep the trainees' data to this account.
"""

import logging
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from blkdesk.core.registry import trainees
from blkdesk.core.storage import logs
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.core.storage.paths import backup_dir, data_dir, log_dir
from tests.support.batches import OPERATOR
from tests.support.registrants import siti

posix_only = pytest.mark.skipif(os.name == "nt", reason="Windows guards files with ACLs, not modes")
NIK = "3602015708950001"


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


def test_a_refused_statement_does_not_quote_the_nik(db):
    with db.transaction() as s:
        trainees.register(s, OPERATOR, siti())
    with pytest.raises(IntegrityError) as raised, db.transaction() as s:
        s.execute(text("INSERT INTO trainee (nik) VALUES (:nik)").bindparams(nik=NIK + "0"))
    assert NIK not in str(raised.value)


def test_an_exception_quoted_in_a_log_line_is_masked():
    handler = logs.setup_logging()
    refusal = ValueError(f'duplicate key value violates unique constraint "uq_nik"\n'
                         f"DETAIL:  Key (inst_code, nik)=(LBK, {NIK}) already exists.")  # fmt: skip
    logging.getLogger("blkdesk.test").warning("impor gagal: %s", refusal)
    handler.flush()
    written = logs.log_file().read_text(encoding="utf-8")
    assert "impor gagal: duplicate key value violates unique constraint" in written
    assert NIK not in written
