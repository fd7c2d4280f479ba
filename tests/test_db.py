import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from blkdesk.core.errors import DatabaseError
from blkdesk.core.models import Base, Institution, Trainee
from blkdesk.core.storage import backup as backups
from blkdesk.core.storage.db import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
    resolve_url,
)

FIRST_REVISION = "0001"


def test_every_connection_gets_wal_full_sync_and_foreign_keys(empty_db):
    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_models_and_migrations_agree(empty_db):
    with empty_db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_url_choice_order(monkeypatch, tmp_path):
    monkeypatch.setenv("BLKDESK_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url(str(tmp_path / "arg.sqlite")).endswith("arg.sqlite")
    assert resolve_url(None).endswith("env.sqlite")
    assert resolve_url("postgresql://u:p@localhost/blk") == "postgresql://u:p@localhost/blk"
    monkeypatch.delenv("BLKDESK_DB")
    assert resolve_url(None).endswith("data/blkdesk.sqlite")


def _database_at_first_revision(path: Path) -> None:
    engine = make_engine(resolve_url(str(path)))
    command.upgrade(alembic_config(engine), FIRST_REVISION)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO institution (uuid, inst_code, code, name, kind, regency_code, "
                "address, phone, email, head_name, head_nip, cert_number_pattern, is_local, "
                "created_at, updated_at) VALUES ('u-inst', 'LBK', 'LBK', 'BLK Lebak', "
                "'uptd_kabkota', '3602', '', '', '', 'Kepala', '197501012000032001', 'x', 1, "
                "'2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO trainee (uuid, inst_code, nik, kk_number, name, name_norm, "
                "birth_place, birth_date, sex, religion, marital_status, education, address, "
                "rt, rw, village, district, regency_code, province_code, phone, email, disability, "
                "employment_status, ak1_number, notes, is_pmi_candidate, destination_country, "
                "passport_number, language, guardian_name, guardian_consent, consent_by, "
                "duplicate_reason, created_at, updated_at) VALUES ('u-1', 'LBK', "
                "'3602015708950001', '', 'Siti Aminah', 'siti aminah', 'Lebak', '1995-08-17', "
                "'P', 'ISLAM', '', '', '', '', '', '', '', '3602', '36', '', '', '', '', '', '', "
                "0, '', '', '', '', 0, '', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
    engine.dispose()


def test_database_from_first_migration_is_upgraded_with_a_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    _database_at_first_revision(path)
    db = open_database(resolve_url(str(path)))
    try:
        assert db.migrated_from == FIRST_REVISION
        assert current_revision(db.engine) == head_revision()
        assert db.migration_backup is not None
        info = backups.read_info(db.migration_backup)
        assert (info.reason, info.revision, info.counts["trainee"]) == ("migrasi", "0001", 1)
        # Sealed, though the old file had nowhere to keep a key: BLKDesk's provisional key is
        # stored once the settings table exists, and its recovery key opens the backup anywhere.
        assert info.encrypted and b"Siti Aminah" not in db.migration_backup.read_bytes()
        with db.session() as s:
            assert backups.protection(s) == backups.Protection.PROVISIONAL
            recovery = backups.pending_recovery_key(s)
            assert backups.configured_key(s).key_id == info.key_id
        copy = tmp_path / "restored.sqlite"
        backups.extract(db.migration_backup, copy, recovery_key=recovery)
        backup = sqlite3.connect(copy)
        assert backup.execute("SELECT name FROM trainee").fetchone() == ("Siti Aminah",)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        backup.close()
        with db.session() as s:
            trainee = s.scalar(select(Trainee))
            assert trainee is not None
            assert (trainee.nik, trainee.birth_date) == ("3602015708950001", date(1995, 8, 17))
            assert s.scalar(select(Institution.code)) == "LBK"
    finally:
        db.dispose()


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    db = open_database(resolve_url(str(path)))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    with pytest.raises(DatabaseError, match="versi BLKDesk yang lebih baru"):
        open_database(resolve_url(str(path)))


def test_a_file_that_is_not_blkdesk_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE stuff (x)")
    conn.close()
    with pytest.raises(DatabaseError, match="bukan database BLKDesk"):
        open_database(resolve_url(str(path)))


def test_transaction_rolls_back_everything_on_error(db):
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.add(Institution(code="X1", inst_code="X1", name="X", kind="blkk", regency_code="3601",
                          head_name="K", head_nip="1" * 18))  # fmt: skip
        s.flush()
        raise RuntimeError
    with db.session() as s:
        assert s.scalar(select(Institution).where(Institution.code == "X1")) is None


def test_fast_head_reading_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [head_revision()]
