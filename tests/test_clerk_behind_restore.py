"""A clerk's PC while the office server's PC restores a backup: pg_restore holds its tables
(ACCESS EXCLUSIVE), so a save or a read waits behind it for db.LOCK_TIMEOUT_MS, then is told
why in one sentence. Nothing is half-written, the form keeps what was typed, and once the lock
is gone the same Simpan saves it once."""

from collections.abc import Iterator

import psycopg
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from blkdesk.core.institution import setup
from blkdesk.core.models import AuditEvent, Trainee
from blkdesk.core.registry import trainees
from blkdesk.core.storage import db as db_module
from blkdesk.core.storage.db import Database, open_database
from blkdesk.core.storage.notify import connect_kwargs
from blkdesk.core.storage.numbering_gate import closed
from blkdesk.ui import crash
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens.certificates.page import CertificatesPage
from blkdesk.ui.screens.trainees.form import TraineeForm
from blkdesk.ui.screens.trainees.page import TraineesPage
from tests.support.batches import assessed_batch
from tests.support.certificate_race import issued_numbers
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.registrants import SITI_NIK, siti, type_siti
from tests.support.windows import context_of

pytestmark = pytest.mark.postgres

LOCKED = "sedang mengunci data untuk pekerjaan lain, misalnya pemulihan cadangan di PC server"
# Not "BLKDesk menyambung lagi sendiri" (it reconnects): the connection is fine, the lock goes.
READ_AGAIN = "Tunggu sampai pekerjaan itu selesai; data yang sudah disimpan tetap aman."


@pytest.fixture
def short_wait(monkeypatch) -> int:
    """The lock wait, cut from five seconds so the tests do not sit through it."""
    monkeypatch.setattr(db_module, "LOCK_TIMEOUT_MS", 400)
    return 400


@pytest.fixture
def office(short_wait, pg_db_url) -> Iterator[Database]:
    db = open_database(pg_db_url)
    setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    yield db
    db.dispose()


class Restoring:
    """The server PC's pg_restore, on a connection of its own, holding `table` until released."""

    def __init__(self, url: str, table: str) -> None:
        self.conn = psycopg.connect(**connect_kwargs(url))
        self.conn.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")

    def release(self) -> None:
        self.conn.rollback()
        self.conn.close()


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    """The warning boxes' (title, text), answered as they open."""
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a, **k: said.append((title, text))
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    return said


def _rows(db: Database) -> tuple[int, int]:
    """(trainees, their audit rows) on the server."""
    created = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "create")
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Trainee)) or 0, s.scalar(created) or 0


def test_a_new_applicant_saved_behind_a_restore_is_refused_with_a_sentence_then_saved_once(
    qtbot, qapp, office, shown
):
    form = TraineeForm(context_of(office))
    qtbot.addWidget(form)
    form.show()
    type_siti(qtbot, form)
    assert form.save_button.isEnabled(), form.status.text()
    typed = form.values()
    before = _rows(office)
    restoring = Restoring(office.url, "trainee")
    try:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        ((title, text),) = shown
    finally:
        restoring.release()
    assert title == "Tidak dapat disimpan"
    assert LOCKED in text and text.endswith("Perubahan ini belum tersimpan; coba simpan lagi.")
    assert "Traceback" not in text
    # The form is still open with every field as typed, and nothing reached the server.
    assert form.isVisible() and form.values() == typed
    assert _rows(office) == before
    # The restore is over: the same Simpan saves the applicant, once.
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.result() == TraineeForm.DialogCode.Accepted
    assert len(shown) == 1
    with office.session() as s:
        assert s.scalars(select(Trainee.nik)).all() == [SITI_NIK]
    assert _rows(office) == (before[0] + 1, before[1] + 1)


@pytest.fixture
def window(qtbot, qapp, office) -> Iterator[tuple[MainWindow, list[str]]]:
    """The clerk's main window on the office server, its crash handler installed; the list
    collects the sentences of the boxes it opens (closed as they open, as the clerk would)."""
    said: list[str] = []
    closer = QTimer(interval=50)

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            said.append(box.text())
            box.done(0)

    closer.timeout.connect(close_box)
    closer.start()
    handler = crash.CrashHandler()
    handler.server_url = office.url
    handler.install()
    main = MainWindow(context_of(office))
    main.resize(1366, 768)
    main.show()
    try:
        assert main.live is not None
        qtbot.waitUntil(lambda: main.live.listener.up is True, timeout=30_000)
        yield main, said
    finally:
        closer.stop()
        handler.uninstall()
        main.guard.idle.stop()
        assert main.live is not None
        main.live.stop()
        main.close()
        main.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _open(qtbot, main: MainWindow, title: str) -> None:
    sidebar = main.sidebar
    item = next(sidebar.item(i) for i in range(sidebar.count()) if sidebar.item(i).text() == title)
    centre: QPoint = sidebar.visualItemRect(item).center()
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_a_page_opened_behind_a_restore_says_why_and_reads_itself_once_the_lock_is_gone(
    qtbot, office, window, admin
):
    main, said = window
    with office.transaction() as s:
        trainees.register(s, admin, siti())
    restoring = Restoring(office.url, "trainee")
    try:
        _open(qtbot, main, "Peserta")
        qtbot.waitUntil(lambda: len(said) == 1, timeout=15_000)
        page = main.stack.currentWidget()
        assert isinstance(page, TraineesPage) and page.count_label.text() == ""
        assert said[0].startswith("Halaman ini belum dapat dimuat.")
        assert LOCKED in said[0] and "Traceback" not in said[0]
        assert said[0].endswith(READ_AGAIN)
    finally:
        restoring.release()
    # No outage, no announcement: only the lock went. The page reads by itself, with no box.
    qtbot.waitUntil(lambda: page.count_label.text() == "1 peserta ditemukan", timeout=15_000)
    assert len(said) == 1


def test_a_list_refreshed_behind_a_restore_says_why_and_reads_itself_once_the_lock_is_gone(
    qtbot, office, window, admin
):
    """Another clerk's save is announced while the restore holds Peserta's table: the list
    cannot be read, is not left half-read, and shows both applicants once the lock is gone."""
    main, said = window
    _open(qtbot, main, "Peserta")
    page = main.stack.currentWidget()
    assert isinstance(page, TraineesPage) and page.count_label.text() == "0 peserta ditemukan"
    other = open_database(office.url)
    try:
        with other.transaction() as s:
            trainees.register(s, admin, siti())
    finally:
        other.dispose()
    restoring = Restoring(office.url, "trainee")
    try:
        qtbot.waitUntil(lambda: len(said) == 1, timeout=15_000)
        assert said[0].startswith("Halaman ini belum dapat dimuat.") and LOCKED in said[0]
        assert said[0].endswith(READ_AGAIN)
        assert page.count_label.text() == "0 peserta ditemukan"
    finally:
        restoring.release()
    qtbot.waitUntil(lambda: page.count_label.text() == "1 peserta ditemukan", timeout=15_000)
    assert len(said) == 1


CLOSED = (
    "Nomor sertifikat tidak dapat diberikan sekarang karena database sedang dipulihkan di PC "
    "server; coba lagi sebentar lagi."
)


def test_certificates_asked_for_during_a_restore_are_refused_then_issued_once_on_retry(
    qtbot, qapp, office
):
    batch = assessed_batch(office, participants=2).id
    page = CertificatesPage(context_of(office))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(2)
    assert page.batch_id == batch
    restoring = open_database(office.url)  # the server PC, closing the numbering gate
    try:
        with closed(restoring):
            qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: CLOSED in page.message.text(), timeout=10_000)
            assert issued_numbers(office) == [] and page.cert_model.rowCount() == 0
    finally:
        restoring.dispose()
    # The restore is over: the same button issues the batch's certificates, each once.
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dokumen diterbitkan" in page.message.text(), timeout=10_000)
    assert [seq for seq, _ in issued_numbers(office)] == [1, 2]
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Tidak ada dokumen baru" in page.message.text(), timeout=10_000)
    assert [seq for seq, _ in issued_numbers(office)] == [1, 2]
    with office.session() as s:
        issued = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "issue")
        # Each of the two: a certificate and a letter, issued and audited once.
        assert s.scalar(issued) == page.cert_model.rowCount() == 4


def test_an_applicant_typed_behind_a_restore_gets_one_sentence_at_simpan_and_no_page_box(
    qtbot, qapp, office, shown
):
    """The form asks whether the NIK is taken at its 16th digit: behind the restore that
    question goes unanswered and is left to Simpan, which says why. No box says that a page
    could not be loaded while the clerk is still typing."""
    handler = crash.CrashHandler()
    handler.server_url = office.url
    handler.install()
    form = TraineeForm(context_of(office))
    qtbot.addWidget(form)
    form.show()
    restoring = Restoring(office.url, "trainee")
    try:
        type_siti(qtbot, form)
        qtbot.wait(200)  # a box the crash handler would open, asked off the GUI thread
        assert shown == []
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        ((title, text),) = shown
        assert title == "Tidak dapat disimpan" and LOCKED in text
    finally:
        restoring.release()
        handler.uninstall()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.result() == TraineeForm.DialogCode.Accepted
    assert _rows(office)[0] == 1
