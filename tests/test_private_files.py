"""UU PDP on a PC shared by several accounts: the database, its WAL, the data folder (logs,
backups, crash reports) and what a failed statement says keep the trainees' data to this account.
"""

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from blkdesk.core.certification import certificates
from blkdesk.core.certification.certificate_layout import Layout
from blkdesk.core.registry import drafts, trainees
from blkdesk.core.storage import logs
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.core.storage.paths import SERVER_USER_ENV, backup_dir, data_dir, log_dir
from blkdesk.core.storage.safefile import atomic_write, clean_abandoned, private_temp
from blkdesk.printing import certificate as cert_printing
from blkdesk.printing.paper import A4, Pages
from blkdesk.ui.widgets.printing import Document, print_document
from tests.support.batches import OPERATOR, assessed_batch
from tests.support.cups import PrintServer, print_server
from tests.support.printing import answer_print_dialog
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


@pytest.fixture
def cups() -> Iterator[PrintServer]:
    yield from print_server()


def test_a_print_job_is_spooled_in_the_private_folder_and_gone_after(
    cups, qtbot, qapp, db, monkeypatch
):
    """libcups spools the whole job (names, NIKs, photos) as a PDF in $TMPDIR before sending
    it: in the data folder, not in /tmp where a kill would leave it for anyone to read."""
    built = assessed_batch(db, participants=2)
    certificates.issue_for_batch(db, OPERATOR, built.id)
    with db.session() as s:
        sheets = certificates.sheets(s, certificates.printable_ids(s, built.id))
    pages = cert_printing.pages_for(sheets)

    def render(device, setup, wanted) -> int:
        cert_printing.paint_pages(device, Layout(), pages, setup=setup, wanted=wanted)
        return len(pages)

    document = Document("sertifikat", "Sertifikat uji", render, A4)
    spooled: list[bytes] = []  # what the spool folder holds as the last page is done
    finish = Pages.finish

    def finishing(job: Pages) -> list[int]:
        spooled.extend(p.read_bytes()[:4] for p in folder.iterdir())
        return finish(job)

    monkeypatch.setattr(Pages, "finish", finishing)
    answer_print_dialog(monkeypatch, qtbot)
    with private_temp() as folder:
        assert folder.parent.parent == data_dir() and _mode(folder) == 0o700
        assert print_document(None, document) is not None
        cups.wait_for_jobs(1)
    assert spooled == [b"%PDF"]
    assert not folder.exists()


def test_a_killed_process_leaves_its_temporary_folder_to_the_next_start(isolated):
    script = ("import os, sys\nfrom blkdesk.core.storage.safefile import private_temp\n"
              "with private_temp() as f:\n    (f / 'job.pdf').write_bytes(b'%PDF nama NIK')\n"
              "    print(f, flush=True)\n    os.kill(os.getpid(), 9)\n")  # fmt: skip
    env = {**os.environ, "BLKDESK_DATA_DIR": str(isolated)}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         check=False)  # fmt: skip
    left = Path(run.stdout.strip())
    assert run.returncode == -9 and (left / "job.pdf").exists()
    with private_temp() as mine:  # a BLKDesk still running keeps its own
        clean_abandoned()
        assert not left.exists() and mine.is_dir()


@posix_only
def test_the_server_account_may_pass_through_the_data_folder_but_not_list_it(
    isolated, usual_umask, monkeypatch
):
    monkeypatch.setenv(SERVER_USER_ENV, "postgres")  # BLKDesk as root: PostgreSQL runs apart
    assert _mode(data_dir()) == 0o711
    data_dir().chmod(0o755)
    assert _mode(data_dir()) == 0o711
    # What it could otherwise read by name: logs, crash reports, drafts, backups, the markers
    # naming exports being written, the spool of print jobs.
    with private_temp() as temp:
        folders = [log_dir(), backup_dir(), drafts.folder("x").parent, temp.parent]
    folders.append(data_dir() / "berkas-sementara")
    with atomic_write(isolated / "ekspor.xlsx") as out:
        out.write(b"x")
    assert [_mode(f) for f in folders] == [0o700] * 5
