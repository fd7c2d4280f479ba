"""A newer BLKDesk upgrades the office server's schema only after a pg_dump of it, made by the
programs that run the cluster, and that backup brings the database back: as it was before the
upgrade (undoing it) or brought up to this version again (a restore from Pengaturan › Cadangan)."""

import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import func, select, text

from blkdesk.cli import main
from blkdesk.core.access import auth
from blkdesk.core.errors import DatabaseError
from blkdesk.core.models import AuditEvent, Trainee
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import trainees
from blkdesk.core.storage import office_server, restore, server_backup
from blkdesk.core.storage.db import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)
from tests.support.institution import ADMIN_PASSWORD
from tests.support.office_home import OLD_SCHEMA, make_old_office, office_home
from tests.support.postgres import free_port
from tests.support.registrants import siti

pytestmark = pytest.mark.postgres

OLD = OLD_SCHEMA
ADMIN = Actor("admin", Role.ADMIN, user_id=1)


@pytest.fixture
def old_server(monkeypatch) -> Iterator[office_server.ServerConfig]:
    """This PC serves the office, and its database is still at an older BLKDesk's schema."""
    with office_home(monkeypatch):
        config = office_server.create(free_port(), listen="127.0.0.1")
        make_old_office(config.url())
        yield config


def _names(db) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Trainee.name).order_by(Trainee.name)))


def test_the_upgrade_backs_the_server_up_first_and_that_backup_undoes_it(
    old_server, capsys, monkeypatch
):
    config = old_server
    # A clerk's command opens the server on its own PC: upgraded, and told where the backup is.
    assert main(["closures", "list", "--db", config.url()]) == 0
    said = capsys.readouterr().err
    (taken,) = server_backup.list_backups()
    assert f"cadangan sebelum pembaruan: {taken.path}" in said
    assert taken.path.parent == server_backup.folder() and taken.reason == "migrasi"
    assert (taken.revision, taken.counts["trainee"], taken.counts["app_user"]) == (OLD, 1, 1)
    assert taken.audit_high > 0
    assert taken.encrypted and siti().name.encode() not in taken.path.read_bytes()
    db = open_database(config.url())
    try:
        assert current_revision(db.engine) == head_revision() and db.migration_backup is None
        with db.transaction() as session:
            trainees.register(
                session, ADMIN, siti(nik="3602015708950002", name="Siti Baru", phone="")
            )
        assert _names(db) == [siti().name, "Siti Baru"]
        # Restored from Pengaturan › Cadangan: the data of before the upgrade, at this schema.
        result = restore.restore(db, ADMIN, taken.path)
        assert result.restored.path == taken.path and result.before.counts["trainee"] == 2
        assert current_revision(db.engine) == head_revision()
        assert _names(db) == [siti().name]
        assert auth.login(db, "admin", ADMIN_PASSWORD).role == "admin"
        with db.session() as session:
            (audit,) = session.scalars(select(AuditEvent).where(AuditEvent.action == "restore"))
            assert taken.path.name in audit.changes
        # Undoing the upgrade for the older BLKDesk: the dump itself holds schema 0010.
        db.dispose()
        monkeypatch.setenv("BLKDESK_PASSWORD", ADMIN_PASSWORD)
        undo = ["server", "restore", str(taken.path), "--undo-upgrade", "--user", "admin"]
        assert main(undo) == 0
        said = capsys.readouterr().out
        assert f"kembali ke skema {OLD}: pasang lagi versi BLKDesk sebelumnya" in said
        assert f"Dipulihkan dari {taken.path.name}" in said
        assert current_revision(db.engine) == OLD
        with db.engine.connect() as conn:
            assert conn.scalar(text("SELECT name FROM trainee")) == siti().name
            restores = "SELECT changes FROM audit_event WHERE action = 'restore'"
            assert taken.path.name in conn.scalar(text(restores))  # who undid it, recorded
    finally:
        db.dispose()


def test_no_backup_no_upgrade(old_server, monkeypatch):
    """The backup folder's disk is full: pg_dump fails, and the schema is left as it was."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small disk")
    config = old_server
    where = server_backup.folder()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)],
                      capture_output=True).returncode != 0:  # fmt: skip
        pytest.skip("tmpfs cannot be mounted here")
    try:
        filler = where / "filler"
        with filler.open("wb", buffering=0) as out:
            try:
                while True:
                    out.write(bytes(4096))
                    out.flush()
            except OSError:
                pass
        with pytest.raises(DatabaseError) as refused:
            open_database(config.url())
        assert refused.value.message == (
            f"Database server kantor tidak diperbarui karena disk folder cadangan {where} penuh; "
            "kosongkan ruang di disk itu, lalu buka BLKDesk lagi."
        )
        probe = make_engine(config.url())
        assert current_revision(probe) == OLD
        probe.dispose()
        assert [p.name for p in where.iterdir()] == ["filler"]  # no half-written backup
        filler.unlink()
        db = open_database(config.url())  # space freed: backed up, then upgraded
        try:
            assert current_revision(db.engine) == head_revision()
            assert db.migration_backup is not None and db.migration_backup.parent == where
        finally:
            db.dispose()
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


def test_another_pc_does_not_upgrade_the_office_server(pg_db_url, monkeypatch):
    """Only the server PC has the programs that run the cluster to back it up with."""
    engine = make_engine(pg_db_url)
    command.upgrade(alembic_config(engine), OLD)
    engine.dispose()
    with office_home(monkeypatch), pytest.raises(DatabaseError) as refused:
        open_database(pg_db_url)  # this PC serves no office
    assert refused.value.message == (
        "Database server kantor perlu diperbarui untuk versi BLKDesk ini; buka dulu BLKDesk versi "
        "ini di PC server kantor, yang mencadangkan database itu sebelum memperbaruinya."
    )
    probe = make_engine(pg_db_url)
    assert current_revision(probe) == OLD
    with probe.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(text("alembic_version"))) == 1
    probe.dispose()
