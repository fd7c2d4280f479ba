"""The office server's restore closes the numbering gate: no PC gives a certificate number between
the restore's reading of the numbers given and the restored database keeping them. And a clerk's
save waiting behind such a restore fails after a few seconds with a sentence instead of hanging."""

import threading
import time

import psycopg
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select, text

from blkdesk.core.certification import certificates, numbering, signing
from blkdesk.core.errors import BlkError, DatabaseError
from blkdesk.core.institution import setup
from blkdesk.core.models import AuditEvent, Certificate, Trainee, User
from blkdesk.core.registry import trainees
from blkdesk.core.storage import db as db_module
from blkdesk.core.storage import (
    numbering_gate,
    restore,
    server_backup,
)
from blkdesk.core.storage.db import open_database
from blkdesk.core.storage.notify import connect_kwargs
from blkdesk.core.storage.numbering_gate import KEY, NumberingClosed, closed
from tests.support.batches import OPERATOR, assessed_batch
from tests.support.certificate_race import issued_numbers, two_pcs_and_a_backup
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.registrants import siti

pytestmark = pytest.mark.postgres

CLOSED_SENTENCE = (
    "Nomor sertifikat tidak dapat diberikan sekarang karena database sedang dipulihkan di PC "
    "server; coba lagi sebentar lagi."
)


@pytest.fixture
def pg_db(pg_db_url):
    db = open_database(pg_db_url)
    setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    yield db
    db.dispose()


def _certificate_rows(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Certificate)) or 0


def test_no_number_is_given_while_the_gate_is_closed_and_nothing_is_written(pg_db_url, pg_db):
    batch = assessed_batch(pg_db, participants=2).id
    restoring = open_database(pg_db_url)  # the server PC, on a connection of its own
    try:
        with closed(restoring):
            with pytest.raises(NumberingClosed) as refused:
                certificates.issue_for_batch(pg_db, OPERATOR, batch)
            assert str(refused.value) == CLOSED_SENTENCE
            assert _certificate_rows(pg_db) == 0
            with pg_db.session() as s:
                assert s.scalar(select(func.count()).where(AuditEvent.action == "issue")) == 0
    finally:
        restoring.dispose()
    report = certificates.issue_for_batch(pg_db, OPERATOR, batch)
    assert [seq for seq, _ in issued_numbers(pg_db)] == [1, 2]
    assert len(report.issued) == 4


def test_the_restore_ends_a_numbering_transaction_that_never_finishes(
    monkeypatch, pg_db_url, pg_db
):
    """A PC that froze half-way through numbering would hold the restore up for ever: after the
    wait it is ended, so it rolls back and the number it held was never given."""
    monkeypatch.setattr(numbering_gate, "WAIT_MS", 300)
    with psycopg.connect(**connect_kwargs(pg_db_url)) as frozen:
        assert frozen.execute("SELECT pg_try_advisory_xact_lock_shared(%s)", (KEY,)).fetchone()
        started = time.monotonic()
        with closed(pg_db):
            assert time.monotonic() - started < 5
            with pytest.raises(psycopg.OperationalError):
                frozen.execute("SELECT 1")


def test_a_restore_gives_up_before_replacing_anything_when_numbering_never_stops(
    monkeypatch, pg_db_url, pg_db
):
    monkeypatch.setattr(numbering_gate, "WAIT_MS", 100)
    monkeypatch.setattr(numbering_gate, "_end_numbering", lambda _conn: 0)  # it will not end
    with psycopg.connect(**connect_kwargs(pg_db_url)) as frozen:
        assert frozen.execute("SELECT pg_try_advisory_xact_lock_shared(%s)", (KEY,)).fetchone()
        with pytest.raises(DatabaseError) as refused, closed(pg_db):
            pytest.fail("the gate closed behind numbering under way")
        frozen.execute("SELECT 1")  # left alone
    assert str(refused.value).startswith("Pemulihan tidak dimulai karena PC lain terus")


def test_the_certificate_page_says_why_no_number_is_given(qtbot, qapp, pg_db_url, pg_db):
    from blkdesk.ui.context import AppContext
    from blkdesk.ui.screens.certificates.page import CertificatesPage

    assessed_batch(pg_db, participants=1)
    with pg_db.session() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
    page = CertificatesPage(AppContext(pg_db, user, "LBK", "UPTD BLK Kabupaten Lebak"))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(2)
    restoring = open_database(pg_db_url)
    try:
        with closed(restoring):
            qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: CLOSED_SENTENCE in page.message.text(), timeout=10_000)
    finally:
        restoring.dispose()
    assert page.message.text() == CLOSED_SENTENCE
    assert page.cert_model.rowCount() == 0 and _certificate_rows(pg_db) == 0


def _restore_waiting_for_the_gate(url: str) -> bool:
    """Whether a connection waits for the gate in exclusive mode (the restore closing it)."""
    with psycopg.connect(**connect_kwargs(url)) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
            "AND mode = 'ExclusiveLock' AND objid::bigint = %s",
            (KEY,),
        ).fetchone()
    return bool(row and row[0])


def test_a_restore_waits_for_a_pc_giving_a_number_and_never_gives_it_again(monkeypatch, admin):
    """Another PC is half-way through issuing when the restore begins: the restore waits for it,
    so its certificate is in what the restore reads, and the restored database steps over it."""
    with two_pcs_and_a_backup(monkeypatch) as pcs:
        db, other_pc, kept = pcs.db, pcs.other_pc, pcs.kept
        batch = assessed_batch(other_pc, participants=1).id
        numbered, go_on = threading.Event(), threading.Event()
        sign = signing.sign_claim

        def held_after_numbering(claim, key):
            if not numbered.is_set():
                numbered.set()  # the gate is passed and the number chosen, not committed
                assert go_on.wait(30)
            return sign(claim, key)

        monkeypatch.setattr(signing, "sign_claim", held_after_numbering)
        outcome: list[object] = []

        def issue() -> None:
            try:
                outcome.append(certificates.issue_for_batch(other_pc, OPERATOR, batch))
            except Exception as exc:  # the test's failure, not the thread's
                outcome.append(exc)

        def let_go_once_the_restore_waits() -> None:
            deadline = time.monotonic() + 30
            while not _restore_waiting_for_the_gate(db.url):
                assert time.monotonic() < deadline
                time.sleep(0.02)
            go_on.set()

        issuer = threading.Thread(target=issue)
        issuer.start()
        assert numbered.wait(30)
        watcher = threading.Thread(target=let_go_once_the_restore_waits)
        watcher.start()
        try:
            restore.restore(db, admin, kept)
        finally:
            go_on.set()
            watcher.join()
            issuer.join()
        (report,) = outcome
        assert isinstance(report, certificates.IssueReport), report
        ((_name, given),) = [i for i in report.issued if "/SK/" not in i[1]]
        assert _certificate_rows(db) == 0  # the backup predates it
        certificates.issue_for_batch(db, OPERATOR, assessed_batch(db, participants=1).id)
        ((seq, number),) = issued_numbers(db)
        assert number != given and seq > 1


def test_a_number_asked_for_during_pg_restore_or_keep_given_is_refused(monkeypatch, admin):
    """Between reading the numbers given and keeping them in the restored database, another PC
    asking for a number is told why it cannot have one; no number it was given is given again."""
    with two_pcs_and_a_backup(monkeypatch) as pcs:
        db, other_pc, kept = pcs.db, pcs.other_pc, pcs.kept
        given: list[str] = []
        refused: list[str] = []

        def other_pc_issues(program_code: str) -> None:
            batch = assessed_batch(other_pc, participants=1, program_code=program_code).id
            try:
                report = certificates.issue_for_batch(other_pc, OPERATOR, batch)
            except BlkError as exc:
                refused.append(str(exc))
            else:
                given.extend(number for _name, number in report.issued)

        run, keep = server_backup._run, numbering.keep_given

        def issued_before_pg_restore(args, url):
            if args[0].endswith("pg_restore"):
                other_pc_issues("LAS-PGR")
            return run(args, url)

        def issued_before_keeping(session, before):
            other_pc_issues("LAS-KEEP")
            return keep(session, before)

        monkeypatch.setattr(server_backup, "_run", issued_before_pg_restore)
        monkeypatch.setattr(numbering, "keep_given", issued_before_keeping)
        restore.restore(db, admin, kept)
        monkeypatch.undo()
        certificates.issue_for_batch(db, OPERATOR, assessed_batch(db, participants=1).id)
        after = {number for _seq, number in issued_numbers(db)}
        assert not after & set(given), "a number given before the restore was given again"
        assert refused == [CLOSED_SENTENCE] * 2


def _hold_table_lock(url: str, table: str, ready: threading.Event, release: threading.Event):
    """A restore's grip on a table, as pg_restore's DROP holds it: until `release` (or 8 s)."""

    def hold() -> None:
        with psycopg.connect(**connect_kwargs(url)) as conn:
            conn.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
            ready.set()
            release.wait(8)
            conn.rollback()

    holder = threading.Thread(target=hold)
    holder.start()
    assert ready.wait(30)
    return holder


def test_a_save_behind_a_restores_lock_fails_with_a_sentence_and_writes_nothing(
    monkeypatch, pg_db_url, admin
):
    """The trainee row goes in, then the audit row waits on the locked table: the save gives up
    after LOCK_TIMEOUT_MS, and neither row stays."""
    monkeypatch.setattr(db_module, "LOCK_TIMEOUT_MS", 300)
    db = open_database(pg_db_url)
    setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    release = threading.Event()
    holder = _hold_table_lock(pg_db_url, "audit_event", threading.Event(), release)
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseError) as failed, db.transaction() as session:
            trainees.register(session, admin, siti())
        assert time.monotonic() - started < 5
    finally:
        release.set()
        holder.join()
    said = str(failed.value)
    assert "sedang mengunci data untuk pekerjaan lain" in said
    assert said.endswith("Perubahan ini belum tersimpan; coba simpan lagi.")
    assert "Traceback" not in said
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 0
    with db.transaction() as session:  # the same save goes through once the lock is gone
        trainees.register(session, admin, siti())
    db.dispose()


def test_work_that_must_wait_its_turn_waits_past_the_lock_timeout(monkeypatch, pg_db_url, admin):
    monkeypatch.setattr(db_module, "LOCK_TIMEOUT_MS", 300)
    db = open_database(pg_db_url)
    setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    release = threading.Event()
    holder = _hold_table_lock(pg_db_url, "audit_event", threading.Event(), release)
    try:
        threading.Timer(1.0, release.set).start()
        with db.transaction(waits_for_locks=True) as session:
            trainees.register(session, admin, siti())
    finally:
        release.set()
        holder.join()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 1
        # The lift ended with its transaction: the next save on that connection gives up again.
        assert s.scalar(text("SHOW lock_timeout")) == "300ms"
    db.dispose()
