"""Installing a new BLKDesk over an old one: a database made by the oldest migration, full of
real-looking records in every table, is upgraded on open and keeps every record.

The old database is built the way an old installation would have it: the schema of revision 0001,
filled with a demo BLK's records (copied column by column where 0001 has the column) plus
hand-written rows for the tables the demo leaves empty, so no table is tested empty.
"""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, MetaData, insert, select, text
from sqlalchemy.orm import Session

from blkdesk.core import demo
from blkdesk.core.access import accounts, auth
from blkdesk.core.errors import DatabaseError
from blkdesk.core.models import Base
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.province import keys
from blkdesk.core.storage.db import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
    resolve_url,
)

OLDEST = "0001"
ADMIN = Actor("admin", Role.ADMIN, user_id=99)
STAMP = datetime(2025, 3, 14, 9, 30)


def _reflect(engine: Engine) -> MetaData:
    meta = MetaData()
    meta.reflect(engine)
    meta.remove(meta.tables["alembic_version"])
    return meta


def _hand_written_rows(conn: Any, meta: MetaData) -> None:
    """A trainee of 2025 with a full record: enrolled, marked, assessed, certified, placed."""
    t = meta.tables
    batch = conn.execute(select(t["batch"]).order_by(t["batch"].c.id)).first()
    unit_id = conn.scalar(
        select(t["competency_unit"].c.id).where(
            t["competency_unit"].c.program_id == batch.program_id
        )
    )
    common = {"inst_code": "SRG", "created_at": STAMP, "updated_at": STAMP, "deleted_at": None}
    trainee_id = conn.execute(
        insert(t["trainee"]).values(
            uuid="7d1c2a52-6a1e-4e36-9d0b-0c5e3a1f0001", nik="3604015708950003",
            kk_number="3604010101090007", name="Siti Aminah", name_norm="siti aminah",
            birth_place="Serang", birth_date=date(1995, 8, 17), sex="P", religion="ISLAM",
            marital_status="BELUM KAWIN", education="SLTA/SEDERAJAT",
            address="Kp. Cibeber No. 12", rt="002", rw="004", village="Cibeber",
            district="Cikande", regency_code="3604", province_code="36", phone="+6281234567890",
            email="siti.aminah@example.id", disability="", employment_status="pencari kerja",
            ak1_number="AK1/3604/2025/0912", photo=b"\x89PNG\r\n\x1a\nfoto", notes="",
            is_pmi_candidate=True, destination_country="Taiwan", passport_number="C1234567",
            language="Mandarin", guardian_name="", guardian_consent=False, consent_at=STAMP,
            consent_by="operator", duplicate_reason="", **common,
        )
    ).inserted_primary_key[0]  # fmt: skip
    enrollment_id = conn.execute(
        insert(t["enrollment"]).values(
            uuid="7d1c2a52-6a1e-4e36-9d0b-0c5e3a1f0002", trainee_id=trainee_id,
            batch_id=batch.id, status="lulus", status_changed_on=date(2025, 4, 30),
            withdraw_reason="", outcome="lulus", outcome_override=None, override_reason="",
            **common,
        )
    ).inserted_primary_key[0]  # fmt: skip
    conn.execute(
        insert(t["attendance_mark"]),
        [
            {"enrollment_id": enrollment_id, "day": date(2025, 3, d), "code": code, "note": note,
             "created_at": STAMP, "updated_at": STAMP, "deleted_at": None}
            for d, code, note in ((3, "H", ""), (4, "S", "surat dokter"), (5, "I", "hajatan"))
        ],
    )  # fmt: skip
    conn.execute(
        insert(t["assessment"]).values(
            uuid="7d1c2a52-6a1e-4e36-9d0b-0c5e3a1f0003", enrollment_id=enrollment_id,
            unit_id=unit_id, attempt=1, result="K", score=Decimal("87.50"),
            assessed_on=date(2025, 4, 28), assessor="Dedi Kurniawan, S.Pd.", **common,
        )
    )  # fmt: skip
    conn.execute(
        insert(t["certificate"]).values(
            uuid="7d1c2a52-6a1e-4e36-9d0b-0c5e3a1f0004", enrollment_id=enrollment_id,
            kind="sertifikat", number="563/0912/SRG-BLK/IV/2025", seq=912,
            seq_scope="2025", issued_on=date(2025, 4, 30), payload='{"n": "563/0912"}',
            status="batal", void_reason="Salah ketik tempat lahir", voided_at=STAMP,
            print_count=2, last_printed_at=STAMP, **common,
        )
    )  # fmt: skip
    conn.execute(
        insert(t["placement"]).values(
            uuid="7d1c2a52-6a1e-4e36-9d0b-0c5e3a1f0005", trainee_id=trainee_id,
            enrollment_id=enrollment_id, outcome="pmi", destination_country="Taiwan",
            employer="Formosa Care Ltd.", sector="perawatan", start_date=date(2025, 7, 1),
            source="telepon", recorded_on=date(2025, 9, 2), notes="", **common,
        )
    )  # fmt: skip
    conn.execute(
        insert(t["closure"]).values(
            uuid="7d1c2a52-6a1e-4e36-9d0b-0c5e3a1f0006", day=date(2025, 3, 21),
            description="Rapat kerja UPTD", **common,
        )
    )  # fmt: skip
    conn.execute(
        insert(t["export_log"]).values(
            at=STAMP, user_name="operator", kind="bulanan", period="2025-03", since=None,
            path=r"E:\laporan\SRG-2025-03.xlsx", sha256="ab" * 32, row_counts='{"peserta": 16}',
        )
    )  # fmt: skip


def _old_database(path: Path, source: str) -> None:
    """Revision 0001's schema holding `source`'s records and the hand-written ones."""
    engine = make_engine(resolve_url(str(path)))
    command.upgrade(alembic_config(engine), OLDEST)
    old = _reflect(engine)
    demo_engine = make_engine(resolve_url(source))
    new = _reflect(demo_engine)
    with demo_engine.connect() as src, engine.begin() as dst:
        for table in old.sorted_tables:
            columns = [c.name for c in table.columns if c.name in new.tables[table.name].c]
            rows = [
                dict(r._mapping) for r in src.execute(select(*new.tables[table.name].c[*columns]))
            ]
            if rows:
                dst.execute(insert(table), rows)
        _hand_written_rows(dst, old)
    demo_engine.dispose()
    engine.dispose()


def _snapshot(engine: Engine, meta: MetaData) -> dict[str, list[dict[str, Any]]]:
    with engine.connect() as conn:
        return {
            table.name: [
                dict(r._mapping)
                for r in conn.execute(select(*table.c).order_by(*table.primary_key.columns))
            ]
            for table in meta.sorted_tables
        }


def test_oldest_database_keeps_every_record_after_the_upgrade(tmp_path):
    source = demo.build(str(tmp_path / "demo.sqlite"), trainees=80, seed=3).path
    path = tmp_path / "lama.sqlite"
    _old_database(path, source)
    engine = make_engine(resolve_url(str(path)))
    old_meta = _reflect(engine)
    before = _snapshot(engine, old_meta)
    engine.dispose()
    assert all(before.values()), [name for name, rows in before.items() if not rows]

    db = open_database(resolve_url(str(path)))
    try:
        assert db.migrated_from == OLDEST
        assert current_revision(db.engine) == head_revision()
        # The columns 0001 had, read again: later revisions may add columns with their defaults.
        after = _snapshot(db.engine, old_meta)
        for name, rows in before.items():
            assert after[name] == rows, name
        with Session(db.engine) as session:  # and the current models read every one of them
            for mapper in Base.registry.mappers:
                table = mapper.local_table
                if table.name in before:
                    assert len(session.scalars(select(mapper.class_)).all()) == len(
                        before[table.name]
                    )
        assert auth.login(db, "operator", "Operator123").username == "operator"
    finally:
        db.dispose()


def test_a_province_pinned_before_key_history_starts_it_with_each_pinned_key(tmp_path):
    engine = make_engine(resolve_url(str(tmp_path / "provinsi.sqlite")))
    command.upgrade(alembic_config(engine), "0008")
    with engine.begin() as conn:
        conn.execute(
            insert(_reflect(engine).tables["pinned_key"]).values(
                inst_code="PDG", public_key=b"k" * 32, fingerprint="AAAA-BBBB",
                pinned_at=STAMP, pinned_by="admin",
            )
        )  # fmt: skip
    engine.dispose()
    db = open_database(resolve_url(str(tmp_path / "provinsi.sqlite")))
    try:
        with Session(db.engine) as session:
            (period,) = keys.history(session, "PDG")
    finally:
        db.dispose()
    assert (period.public_key, period.fingerprint, period.pinned_at, period.pinned_by) == (
        b"k" * 32, "AAAA-BBBB", STAMP, "admin")  # fmt: skip
    assert period.valid_from is None and period.valid_until is None and period.retired_by == ""


@pytest.fixture
def served_url(monkeypatch) -> Iterator[str]:
    """The office server, opened on its own PC: the only one that upgrades it (after a backup
    made with the programs that run it, see test_server_upgrade)."""
    from blkdesk.core.storage import office_server
    from tests.support.office_home import office_home
    from tests.support.postgres import free_port

    with office_home(monkeypatch):
        yield office_server.create(free_port(), listen="127.0.0.1").url()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def upgrade_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return resolve_url(str(tmp_path / "kantor.sqlite"))
    return str(request.getfixturevalue("served_url"))


def test_accounts_made_before_account_versions_start_at_one_and_a_change_raises_it(upgrade_url):
    engine = make_engine(upgrade_url)
    command.upgrade(alembic_config(engine), "0010")
    with engine.begin() as conn:
        conn.execute(
            insert(_reflect(engine).tables["app_user"]).values(
                username="siti", full_name="Siti Rahayu", role="admin",
                password_hash=auth.hash_password("Operator123"), active=True, failed_attempts=0,
                must_change_password=False, created_at=STAMP, updated_at=STAMP,
            )
        )  # fmt: skip
    engine.dispose()
    db = open_database(upgrade_url)
    try:
        assert db.migrated_from == "0010" and current_revision(db.engine) == head_revision()
        with db.session() as session:
            opened, version = accounts.opened_account(session, 1)
        assert (opened, version) == (accounts.AccountInput("Siti Rahayu", "admin"), 1)
        # A login writes the row but is no change to the account; an admin's edit is.
        auth.login(db, "siti", "Operator123")
        with db.transaction() as session:
            accounts.update_user(session, ADMIN, 1, replace(opened, full_name="Siti Rahma"),
                                 expected_version=1)  # fmt: skip
        with db.session() as session:
            assert accounts.opened_account(session, 1)[1] == 2
    finally:
        db.dispose()


@pytest.mark.postgres
def test_an_office_server_still_open_on_another_pc_is_not_upgraded_under_it(served_url):
    engine = make_engine(served_url)
    command.upgrade(alembic_config(engine), "0010")
    engine.dispose()
    other_pc = make_engine(served_url)  # an older BLKDesk at work on the server
    with other_pc.connect() as working:
        working.execute(text("SELECT 1"))
        with pytest.raises(DatabaseError) as refused:
            open_database(served_url)
        assert refused.value.message == (
            "Database server kantor perlu diperbarui untuk versi BLKDesk ini, tetapi masih "
            "dibuka di PC lain. Tutup BLKDesk di semua PC lain, lalu buka lagi di sini."
        )
    other_pc.dispose()
    probe = make_engine(served_url)
    assert current_revision(probe) == "0010"  # left as it was
    probe.dispose()
    db = open_database(served_url)  # the other PC closed BLKDesk: now it is upgraded
    try:
        assert db.migrated_from == "0010" and current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
