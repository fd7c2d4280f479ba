"""After a restore the BLK never gives out again a certificate number it gave before the restore:
those issued after the restored backup may be printed, handed out and held by the province."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from blkdesk.core.certification import certificates, numbering
from blkdesk.core.institution import setup
from blkdesk.core.models import Certificate, Institution, Setting
from blkdesk.core.storage import database_backup, office_server, restore, server_backup
from blkdesk.core.storage.db import open_database
from blkdesk.exchange import merge, sync_export
from tests.support.batches import OPERATOR, assessed_batch
from tests.support.certificate_race import two_pcs_and_a_backup
from tests.support.exchange_data import build, new_blk, new_province
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.office_home import office_home
from tests.support.postgres import free_port

KINDS = ("sertifikat", "surat_keterangan")


def _given(db) -> dict[str, list[tuple[int, str]]]:
    with db.session() as s:
        return {
            kind: [(c.seq, c.number) for c in s.scalars(
                select(Certificate).where(Certificate.kind == kind).order_by(Certificate.seq))]
            for kind in KINDS
        }  # fmt: skip


def _numbers_stay_above_a_restore(db, admin) -> None:
    with db.transaction() as s:
        inst = s.scalar(select(Institution).where(Institution.is_local))
        cfg = numbering.NumberingConfig(
            "{seq:03d}/{vocation}/{year}", "{seq:03d}/SK/{vocation}/{year}", "year_vocation"
        )
        numbering.save_config(s, admin, inst, cfg)
    certificates.issue_for_batch(db, OPERATOR, assessed_batch(db, participants=2).id)
    kept = database_backup.backup_database(db, "uji").info.path
    certificates.issue_for_batch(
        db, OPERATOR, assessed_batch(db, participants=2, program_code="LAS-GMAW").id
    )
    before = _given(db)
    assert [seq for seq, _ in before["sertifikat"]] == [1, 2, 3, 4]
    for round_ in (1, 2):
        restore.restore(db, admin, kept)
        assert [seq for seq, _ in _given(db)["sertifikat"]] == [1, 2]
        # The second restore keeps what the first kept, and what was given since.
        with db.session() as s:
            kept_numbers = numbering.given_numbers(s).numbers
        assert {("LBK", n) for kind in KINDS for _, n in before[kind]} <= kept_numbers
        certificates.issue_for_batch(
            db, OPERATOR, assessed_batch(db, participants=1, program_code=f"LAS-R{round_}").id
        )
        after = _given(db)
        for kind in KINDS:
            new = after[kind][-1]
            assert new[0] > max(seq for seq, _ in before[kind])
            assert new[1] not in {n for _, n in before[kind]}
        before = {kind: before[kind] + after[kind][-1:] for kind in KINDS}


def test_a_restore_never_gives_a_number_again(db, admin):
    _numbers_stay_above_a_restore(db, admin)


@pytest.mark.postgres
def test_a_restore_on_the_office_server_never_gives_a_number_again(monkeypatch, admin):
    with office_home(monkeypatch):
        config = office_server.create(free_port(), listen="127.0.0.1")
        db = open_database(config.url())
        try:
            setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
            _numbers_stay_above_a_restore(db, admin)
        finally:
            db.dispose()


@pytest.mark.postgres
def test_a_certificate_another_pc_issues_during_the_safety_backup_keeps_its_number(
    monkeypatch, admin
):
    """The office server's restore first backs up what is there; a certificate another PC
    issues meanwhile is not in the restored database, but its number is never given again."""
    with two_pcs_and_a_backup(monkeypatch) as pcs:
        db, other_pc, kept = pcs.db, pcs.other_pc, pcs.kept
        backup_now, issued = server_backup.create, []

        def issued_during_the_backup(*args, **kwargs):
            made = backup_now(*args, **kwargs)
            certificates.issue_for_batch(
                other_pc, OPERATOR, assessed_batch(other_pc, participants=1).id
            )
            issued.extend(_given(other_pc)["sertifikat"])
            return made

        monkeypatch.setattr(server_backup, "create", issued_during_the_backup)
        restore.restore(db, admin, kept)
        with other_pc.session() as s:
            assert s.scalars(select(Certificate)).all() == []
        certificates.issue_for_batch(db, OPERATOR, assessed_batch(db, participants=1).id)
        (lost,), (first,) = issued, _given(db)["sertifikat"]
        assert first[0] > lost[0]
        assert first[1] != lost[1]


def test_a_live_file_too_damaged_to_read_does_not_stop_the_restore(db, admin, caplog, monkeypatch):
    certificates.issue_for_batch(db, OPERATOR, assessed_batch(db, participants=1).id)
    kept = database_backup.backup_database(db, "uji").info.path

    def unreadable(_session):
        raise restore.SQLAlchemyError("database disk image is malformed")

    monkeypatch.setattr(numbering, "given_numbers", unreadable)
    restore.restore(db, admin, kept)
    assert "tidak terbaca" in caplog.text


def test_a_number_given_before_a_restore_is_stepped_over_under_another_pattern(db, admin):
    certificates.issue_for_batch(db, OPERATOR, assessed_batch(db, participants=1).id)
    with db.transaction() as s:
        (number,) = s.scalars(select(Certificate.number).where(Certificate.kind == "sertifikat"))
        lost = number.replace("0001", "0002")
        numbering.keep_given(s, numbering.GivenNumbers({}, {("LBK", lost)}))
    certificates.issue_for_batch(
        db, OPERATOR, assessed_batch(db, participants=1, program_code="LAS-GMAW").id
    )
    assert [n for _, n in _given(db)["sertifikat"]] == [number, number.replace("0001", "0003")]


# The database is the test's own and each example only reads in a session that is rolled back.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(floors=st.tuples(st.integers(0, 6), st.integers(0, 6)), kept_scope=st.booleans())
def test_next_seq_is_one_past_the_stored_and_the_kept(issued_db, floors, kept_scope):
    """The numbering rule: one past the highest of the stored certificates and the kept floor of
    the same scope; a floor kept for another scope changes nothing."""
    db, scope, stored = issued_db
    kept_in = scope if kept_scope else "1999"
    with db.session() as s:
        numbering.keep_given(s, numbering.GivenNumbers(
            {("LBK", kind, kept_in): floor for kind, floor in zip(KINDS, floors, strict=True)},
            set()))  # fmt: skip
        for kind, floor in zip(KINDS, floors, strict=True):
            expected = max(stored[kind], floor if kept_scope else 0) + 1
            assert numbering.next_seq(s, "LBK", kind, scope) == expected
        s.rollback()


@pytest.fixture
def issued_db(db):
    certificates.issue_for_batch(db, OPERATOR, assessed_batch(db, participants=3).id)
    with db.session() as s:
        (scope,) = set(s.scalars(select(Certificate.seq_scope)))
    return db, scope, {kind: max(seq for seq, _ in _given(db)[kind]) for kind in KINDS}


def test_a_province_restore_keeps_no_numbers_of_the_blks(tmp_path, admin):
    """Only a database's own institution gives numbers there: the BLKs' certificates a province
    holds are neither read nor kept by its restore."""
    blk, province = new_blk(tmp_path, "PDG"), new_province(tmp_path)
    try:
        build(blk, per_batch=2)
        sent = sync_export.export_sync(blk, admin, tmp_path / "0.xlsx", full=True).path
        kept = database_backup.backup_database(province, "uji").info.path
        merge.merge_files(province, admin, [sent])
        restore.restore(province, admin, kept)
        with province.session() as s:
            assert s.get(Setting, numbering.GIVEN_KEY) is None
    finally:
        blk.dispose()
        province.dispose()
