"""The office server backs up with pg_dump into the same sealed `.blkbak`, and restores from it."""

import logging
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from blkdesk.core.errors import DatabaseError
from blkdesk.core.institution import setup
from blkdesk.core.models import Trainee
from blkdesk.core.registry import trainees
from blkdesk.core.storage import backup, database_backup, office_server, restore, server_backup
from blkdesk.core.storage.db import open_database
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.office_home import office_home
from tests.support.postgres import free_port
from tests.support.registrants import siti

pytestmark = pytest.mark.postgres


@pytest.fixture
def served(monkeypatch):
    with office_home(monkeypatch):
        config = office_server.create(free_port(), listen="127.0.0.1")
        db = open_database(config.url())
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
        yield db
        db.dispose()


def _count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Trainee.id)))


def test_backup_is_sealed_with_the_backup_password_and_restores(served, admin):
    db = served
    with db.transaction() as s:
        backup.set_backup_password(s, admin, "Rahasia-Kantor")
        trainees.register(s, admin, siti())
    # The same entry points as a single PC's file: Pengaturan › Cadangan and the schedule.
    assert database_backup.changed_since_last_backup(db) and database_backup.auto_backup_due(db)
    info = database_backup.backup_now(db, admin).info
    assert info.encrypted and info.counts["trainee"] == 1
    assert info.path.parent == server_backup.folder()
    assert database_backup.backups_of(db) == [info]
    with db.transaction() as s:
        trainees.register(s, admin, siti(nik="3602015708950002", name="Siti Dua", phone=""))
    assert _count(db) == 2
    result = restore.restore(db, admin, info.path)
    assert _count(db) == 1
    assert result.before is not None and result.before.counts["trainee"] == 2
    # The restore made its own backup first, so the restored-over state can come back too.
    kinds = sorted(i.reason for i in server_backup.list_backups())
    assert kinds == ["manual", "pemulihan"]
    # The database works on after the restore: new ids, new saves.
    with db.transaction() as s:
        trainees.register(s, admin, siti(nik="3602015708950003", name="Siti Tiga", phone=""))
    assert _count(db) == 2


def test_a_sqlite_backup_is_not_restored_into_the_server(served, db, admin, tmp_path):
    sqlite_backup = database_backup.backup_now(db, admin).info.path
    with pytest.raises(DatabaseError, match="bukan cadangan server kantor"):
        restore.restore(served, admin, sqlite_backup)
    assert _count(served) == 0


def test_a_restore_killed_midway_leaves_no_plain_dump_after_the_next_start(served, admin, caplog):
    """pg_restore killed with the decoded dump on disk: the next start on the server PC removes
    it (logged), while a work folder another BLKDesk is using right now stays."""
    db = served
    with db.transaction() as s:
        backup.set_backup_password(s, admin, "Rahasia-Kantor")
        trainees.register(s, admin, siti())
    info = database_backup.backup_now(db, admin).info
    child = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from blkdesk.core.storage import server_backup
        from blkdesk.core.storage.db import open_database
        real = server_backup._run
        def run(args, url):
            if Path(args[0]).name == "pg_restore":
                os.kill(os.getpid(), signal.SIGKILL)
            real(args, url)
        server_backup._run = run
        server_backup.restore(open_database({db.url!r}), Path({str(info.path)!r}))
    """)  # fmt: skip
    done = subprocess.run([sys.executable, "-c", child], env=os.environ.copy(), check=False)
    assert done.returncode == -signal.SIGKILL
    left = [p for p in server_backup.folder().rglob("*.pgdump")]
    assert [p.name for p in left] == ["pulihkan.pgdump"]
    loose = server_backup.folder() / ".restore-abc123.pgdump"  # as an older BLKDesk named it
    loose.write_bytes(b"PGDMP")
    from blkdesk.ui.app import open_checked

    with server_backup._work_folder() as busy, caplog.at_level(logging.WARNING):
        (busy / "dump.pgdump").write_bytes(b"PGDMP")
        opened = open_checked(db.url)  # the GUI's start on the server PC
        opened.close()
        assert busy.is_dir()
    assert not left[0].exists() and not loose.exists()
    assert not list(server_backup.folder().glob(server_backup.WORK_PREFIX + "*"))
    assert "2 berkas kerja sisa server kantor" in caplog.text
    assert _count(db) == 1  # the server is as it was before the killed restore
