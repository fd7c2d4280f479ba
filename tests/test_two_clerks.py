"""Two clerks on one office server, each in their own process: nobody's save is lost."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from blkdesk.core.institution import setup
from blkdesk.core.models import AttendanceMark, Trainee, User
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import trainees
from blkdesk.core.storage import connection
from blkdesk.core.storage.db import open_database
from blkdesk.ui.context import AppContext
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens.attendance.page import AttendancePage
from blkdesk.ui.screens.trainees.form import TraineeForm
from blkdesk.ui.widgets import conflict
from tests.support.batches import running_batch
from tests.support.conflicts import Answer
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.office_window import office_window
from tests.support.other_clerk import other_clerk
from tests.support.registrants import siti

pytestmark = pytest.mark.postgres


@pytest.fixture
def office(pg_db_url, admin):
    db = open_database(pg_db_url)
    setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    with db.transaction() as s:
        trainee_id = trainees.register(s, admin, siti()).id
    yield db, trainee_id
    db.dispose()


@pytest.fixture
def form_of(qtbot, qapp, office, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    db, trainee_id = office
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
    form = TraineeForm(AppContext(db, user, "LBK", "UPTD BLK Kabupaten Lebak"),
                       trainee_id=trainee_id)  # fmt: skip
    qtbot.addWidget(form)
    form.show()
    return form


def test_concurrent_edits_raise_the_conflict_dialog_and_reapply_keeps_both(
    qtbot, form_of, office, monkeypatch
):
    db, trainee_id = office
    form = form_of
    qtbot.keyClicks(form.address.address, "Jl. Melati 3")
    # Meanwhile budi, at another PC, changes the phone number and saves first.
    other_clerk(db.url, "trainee", str(trainee_id), "phone=0813-1111-2222")
    answer = Answer(monkeypatch, conflict.REAPPLY)
    form.save_button.click()
    assert "budi" in answer.shown[0].intro.text()
    rows = answer.table()
    assert rows["Nomor HP"][1] == "+6281311112222" and rows["Nomor HP"][2] == rows["Nomor HP"][0]
    assert rows["Alamat"] == ["–", "–", "Jl. Melati 3"]
    with db.session() as s:
        assert s.get(Trainee, trainee_id).address == ""  # nothing of the refused save
    # Re-applied: the form now holds budi's phone and our address; saving keeps both.
    assert form.address.address.text() == "Jl. Melati 3"
    assert form.isVisible() and "Periksa, lalu simpan" in form.banner.text()
    form.save_button.click()
    with db.session() as s:
        row = s.get(Trainee, trainee_id)
        assert (row.address, row.phone, row.version) == ("Jl. Melati 3", "+6281311112222", 3)


def test_reload_drops_this_clerks_edit_for_the_other_clerks_save(
    qtbot, form_of, office, monkeypatch
):
    db, trainee_id = office
    form = form_of
    qtbot.keyClicks(form.address.address, "Jl. Kenanga 9")
    other_clerk(db.url, "trainee", str(trainee_id), "address=Jl. Mawar 1")
    answer = Answer(monkeypatch, conflict.RELOAD)
    form.save_button.click()
    assert answer.table()["Alamat"] == ["–", "Jl. Mawar 1", "Jl. Kenanga 9"]
    assert form.address.address.text() == "Jl. Mawar 1"
    with db.session() as s:
        assert s.get(Trainee, trainee_id).address == "Jl. Mawar 1"


@pytest.mark.parametrize("keys", ["Return", "Ctrl+Return"])
def test_the_keyboard_at_the_conflict_dialog_keeps_what_this_clerk_typed(
    qtbot, form_of, office, keys
):
    """Enter saves every form, and Ctrl+Enter every dialog: at the conflict dialog either puts
    the clerk's typing on top of the other clerk's save, never throws it away."""
    db, trainee_id = office
    form = form_of
    qtbot.keyClicks(form.address.address, "Jl. Raya Cikande 5")
    other_clerk(db.url, "trainee", str(trainee_id), "phone=0813-1111-2222")
    seen: list[str] = []

    def answer_by_keyboard() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle())
        dialog.activateWindow()  # as on the clerk's screen, where its shortcuts then work
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return, KEY_MODIFIERS[keys])
        if dialog.isVisible():  # the key did nothing: the test fails below, not hangs here
            dialog.reject()

    QTimer.singleShot(0, answer_by_keyboard)
    form.save_button.click()
    assert seen == ["Data sudah diubah petugas lain"]
    assert form.address.address.text() == "Jl. Raya Cikande 5"
    assert "Periksa, lalu simpan" in form.banner.text()
    form.save_button.click()
    with db.session() as s:
        row = s.get(Trainee, trainee_id)
        assert (row.address, row.phone) == ("Jl. Raya Cikande 5", "+6281311112222")


def test_saving_an_applicant_another_clerk_deleted_says_who_deleted_them_when_and_why(
    qtbot, form_of, office, monkeypatch, admin
):
    db, trainee_id = office
    form = form_of
    qtbot.keyClicks(form.address.address, "Jl. Melati 7")
    # Meanwhile the administrator, at the server PC, deletes the same applicant.
    elsewhere = open_database(db.url)
    with elsewhere.transaction() as s:
        trainees.delete(s, BUDI_ADMIN, trainee_id, "Pendaftaran ganda")
    elsewhere.dispose()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a, **k: shown.append((title, text))
    )
    form.save_button.click()
    ((title, text),) = shown
    assert title == "Tidak dapat disimpan"
    assert text.startswith("Data peserta Siti Aminah sudah dihapus oleh budi (")
    assert text.endswith("), alasan: Pendaftaran ganda.")
    # What the clerk typed stays on screen; nothing of it reached the deleted record.
    assert form.isVisible() and form.address.address.text() == "Jl. Melati 7"
    with db.session() as s:
        row = s.get(Trainee, trainee_id)
        assert row.deleted_at is not None and row.address == ""


BUDI_ADMIN = Actor("budi", Role.ADMIN)


KEY_MODIFIERS = {
    "Return": Qt.KeyboardModifier.NoModifier,
    "Ctrl+Return": Qt.KeyboardModifier.ControlModifier,
}


@pytest.fixture
def attendance_window(qtbot, qapp, pg_db_url):
    db = open_database(pg_db_url)
    setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    batch = running_batch(db, days=5, status="selesai")
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
    window = MainWindow(AppContext(db, user, "LBK", "UPTD BLK Kabupaten Lebak"))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page(AttendancePage)
    page.select_batch(batch.id)
    assert window.live is not None
    qtbot.waitUntil(lambda: window.live.listener.up is True, timeout=30_000)
    yield db, batch, window, page
    window.guard.idle.stop()
    window.live.stop()
    db.dispose()


def _shown(page, enrollment_id, day):
    row = next(i for i, p in enumerate(page.model.grid.participants)
               if p.enrollment_id == enrollment_id)  # fmt: skip
    return page.model.index(row, page.model.column_of(day)).data()


def test_another_clerks_mark_appears_in_the_open_grid_without_moving_the_cursor(
    qtbot, attendance_window
):
    db, batch, _window, page = attendance_window
    e2 = batch.enrollments[1]
    page.view.go_to(0, page.model.column_of(batch.days[3]))
    before = page.view.currentIndex()
    other_clerk(db.url, "mark", str(batch.id), str(e2), batch.days[1].isoformat(), "S")
    # Heard through the server's notification (the minute's poll would be far too late).
    qtbot.waitUntil(lambda: _shown(page, e2, batch.days[1]) == "S", timeout=10_000)
    now = page.view.currentIndex()
    assert (now.row(), now.column()) == (before.row(), before.column())


def test_two_clerks_keying_different_cells_are_both_saved_and_the_same_cell_conflicts(
    qtbot, attendance_window
):
    db, batch, _window, page = attendance_window
    e1, e2 = batch.enrollments[:2]
    day = batch.days[0]
    # Budi keys e2's cell; before this grid has heard of it, this clerk keys e1's cell.
    other_clerk(db.url, "mark", str(batch.id), str(e2), day.isoformat(), "I")
    page.view.go_to(0, page.model.column_of(day))
    page.key_code("H")
    with db.session() as s:
        codes = {(m.enrollment_id, m.day): m.code for m in s.scalars(select(AttendanceMark))}
    assert codes == {(e1, day): "H", (e2, day): "I"}
    # Now both key the same cell: budi first; this clerk's key is refused, the grid shows his.
    other_clerk(db.url, "mark", str(batch.id), str(e1), batch.days[1].isoformat(), "A")
    page.view.go_to(0, page.model.column_of(batch.days[1]))
    page.key_code("H")
    assert "budi" in page.message.text() and "belum disimpan" in page.message.text()
    assert _shown(page, e1, batch.days[1]) == "A"
    with db.session() as s:
        stored = s.scalar(select(AttendanceMark.code).where(
            AttendanceMark.enrollment_id == e1, AttendanceMark.day == batch.days[1]))  # fmt: skip
    assert stored == "A"


def test_an_outage_shows_in_the_status_bar_at_once_and_blkdesk_reconnects(qtbot, qapp, admin):
    with office_window() as (srv, db, window):
        qtbot.waitUntil(lambda: window.live.listener.up is True, timeout=30_000)
        assert not window.server_label.isVisible()
        srv.kill()
        qtbot.waitUntil(window.server_label.isVisible, timeout=30_000)
        # Why (test_outage_pages) follows as soon as the server's PC has been asked.
        assert "BLKDesk mencoba menyambung lagi…" in window.server_label.text()
        # A page reading now gets the server's error, which the crash handler turns into
        # one sentence instead of a crash report.
        with pytest.raises(OperationalError) as raised, db.session() as s:
            s.scalar(select(User.id))
        assert connection.is_unreachable(raised.value)
        # The minute's poll of the audit trail waits quietly for the server.
        window.watch.poll()
        assert srv.start()
        qtbot.waitUntil(lambda: "Tersambung lagi" in window.server_label.text(),
                        timeout=30_000)  # fmt: skip
        with db.transaction() as s:
            trainees.register(s, admin, siti())
