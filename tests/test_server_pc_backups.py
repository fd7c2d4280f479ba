"""The office server's own PC backs the office database up as a single PC backs up its file:
'Buat cadangan sekarang' in Pengaturan › Cadangan, on the 30-minute rhythm and when BLKDesk on
that PC closes, while the clerks at the other PCs keep working; and it restores one there with
'Pulihkan terpilih…' or 'Pulihkan dari berkas…'. The other PCs leave both to that one and say so."""

import shutil
import tempfile
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import func, make_url, select
from sqlalchemy.exc import OperationalError

from blkdesk.cli import main
from blkdesk.core.attendance import attendance
from blkdesk.core.institution import setup
from blkdesk.core.models import Trainee
from blkdesk.core.registry import trainees
from blkdesk.core.storage import database_backup, office_server, restore, server_backup
from blkdesk.core.storage.db import open_database
from blkdesk.core.storage.notify import connect_kwargs
from blkdesk.ui import app as app_module
from blkdesk.ui.crash import CrashHandler
from blkdesk.ui.login import LoginDialog
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens import AttendancePage, HomePage, SettingsPage, TraineesPage
from blkdesk.ui.screens.settings.protect_backups import ProtectBackupsDialog
from tests.support.batches import running_batch
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.office_home import office_home
from tests.support.other_clerk import other_clerk
from tests.support.postgres import free_port
from tests.support.registrants import siti
from tests.support.windows import context_of, main_window

pytestmark = pytest.mark.postgres


@pytest.fixture
def shown(qapp, monkeypatch):
    """The message boxes shown, as (title, text)."""
    boxes: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, kind,
            staticmethod(lambda _p, title, text, *a, **k: boxes.append((title, text))),
        )  # fmt: skip
    return boxes


@pytest.fixture
def server_pc(monkeypatch, admin):
    """This PC is the office server (a real PostgreSQL cluster BLKDesk made), one trainee in."""
    with office_home(monkeypatch):
        config = office_server.create(free_port(), listen="127.0.0.1")
        db = open_database(config.url())
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
        with db.transaction() as s:
            trainee_id = trainees.register(s, admin, siti()).id
        yield db, trainee_id
        db.dispose()


@pytest.fixture
def server_window(server_pc, shown):
    """The administrator's main window on the server PC. Deleted before the PC's data folder
    goes (not left to qtbot, which only closes it): it lists the backups kept in that folder."""
    window = MainWindow(context_of(server_pc[0]))
    window.show()
    try:
        yield window
    finally:
        window.guard.idle.stop()
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def asked(monkeypatch):
    """The questions asked, each answered Yes."""
    questions: list[tuple[str, str]] = []

    def question(_parent, title, text, *args, **kwargs):
        questions.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return questions


def _backup_tab(window):
    page = window.show_page(SettingsPage)
    page.show_tab(page.backup_tab)
    return page.backup_tab


def test_the_server_pc_backs_up_the_office_database_while_a_clerk_works_and_on_close(
    qtbot, server_pc, server_window, shown
):
    db, trainee_id = server_pc
    window = server_window
    home = window.show_page(HomePage)
    assert home.backup_chip.text.text() == "belum pernah dibuat"
    tab = _backup_tab(window)
    assert tab.backup_button.isEnabled()
    assert str(server_backup.folder()) in tab.summary.text()
    assert "0 cadangan database server kantor" in tab.summary.text()
    # A clerk at another PC saves while the administrator backs up.
    other_clerk(db.url, "trainee", str(trainee_id), "phone=0813-1111-2222")
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=60_000)
    title, text = shown[-1]
    assert title == "Cadangan" and text.startswith("Cadangan dibuat:") and "1 peserta" in text
    (made,) = database_backup.backups_of(db)
    assert made.reason == "manual" and made.path.parent == server_backup.folder()
    assert "1 cadangan database server kantor" in tab.summary.text()
    # The automatic rhythm runs here too: nothing changed since, so nothing to do yet.
    auto = window.guard.backups
    assert auto.timer.isActive()
    auto.check()
    assert not auto.running
    window.show_page(HomePage)
    assert home.backup_chip.text.text().endswith("(hari ini)")
    # Another save from the other PC, then BLKDesk on the server PC closes: one last backup.
    other_clerk(db.url, "trainee", str(trainee_id), "phone=0813-3333-4444")
    window.close()
    reasons = [i.reason for i in database_backup.backups_of(db)]
    assert reasons == ["tutup", "manual"]


def test_the_server_pc_copies_its_backups_to_the_second_folder_the_administrator_chose(
    qtbot, server_pc, server_window, shown, monkeypatch
):
    db, _trainee_id = server_pc
    tab = _backup_tab(server_window)
    second = Path(tempfile.mkdtemp(prefix="flashdisk-"))
    try:
        monkeypatch.setattr(
            QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(second))
        )
        qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.copy_dir.text() == str(second))
        assert tab.password_state.text().startswith("BELUM DIATUR")
        qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=60_000)
        (made,) = database_backup.backups_of(db)
        assert (second / made.path.name).read_bytes() == made.path.read_bytes()
        title, text = shown[-1]
        assert title == "Cadangan" and f"Salinan: {second}" in text
    finally:
        shutil.rmtree(second, ignore_errors=True)


def test_another_pc_leaves_the_backups_to_the_server_pc_and_says_so(qtbot, pg_db_url, shown):
    db = open_database(pg_db_url)  # an office server that does not run on this PC
    try:
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
        window = main_window(qtbot, db)
        home = window.show_page(HomePage)
        assert home.backup_chip.text.text() == "dibuat oleh PC server kantor"
        tab = _backup_tab(window)
        assert not tab.backup_button.isEnabled()
        assert not tab.restore_button.isEnabled() and not tab.restore_file_button.isEnabled()
        assert tab.summary.text() == (
            "Database server kantor dicadangkan oleh BLKDesk di PC server kantor, bukan di PC ini."
        )
        assert not window.guard.backups.timer.isActive()
        window.guard.idle.stop()
        window.close()
        assert database_backup.backups_of(db) == []
    finally:
        db.dispose()


def _admin_logs_in(monkeypatch, while_asked) -> list[str]:
    """The administrator logs in; the "Lindungi cadangan" box, if it comes, gets `while_asked`
    done in front of it, then "Nanti". Returns the boxes' titles."""

    def log_in(dialog):
        dialog.username.setText("admin")
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.accept()
        return dialog.result()

    asked: list[str] = []

    def ask(dialog):
        asked.append(dialog.windowTitle())
        while_asked()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    monkeypatch.setattr(ProtectBackupsDialog, "exec", ask)
    return asked


def _closed(window):
    window.guard.idle.stop()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_an_administrator_at_another_pc_is_not_asked_to_protect_the_backups(
    qtbot, pg_db_url, shown, monkeypatch
):
    """The server's PC makes the office server's backups, so it is there that the administrator
    sets their password; this PC's Pengaturan › Cadangan says so."""
    db = open_database(pg_db_url)  # an office server that does not run on this PC
    try:
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
        asked = _admin_logs_in(monkeypatch, lambda: None)
        window = app_module.login_and_show(db)
        assert window is not None and window.isVisible()
        assert asked == []
        _closed(window)
    finally:
        db.dispose()


def test_the_server_pcs_administrator_is_asked_and_told_why_a_restore_cut_a_read_off(
    qtbot, server_pc, shown, monkeypatch
):
    """`blkdesk server restore` on the server PC ends the open transactions of every BLKDesk,
    this PC's own too, while the "Lindungi cadangan" box of its log-in is still up: the page
    that was reading behind it says which server ended it, and why."""
    db, _trainee_id = server_pc
    handler = CrashHandler()
    handler.install()
    reading = db.engine.connect()

    def restore_ends_the_read():
        reading.execute(select(1))  # a page's read, its transaction still open
        cli = open_database(db.url)  # the restore's own process
        try:
            assert server_backup.disconnect_others(cli) >= 1
        finally:
            cli.dispose()
        try:
            reading.execute(select(1))
        except OperationalError as exc:
            handler.handle(type(exc), exc, exc.__traceback__)

    try:
        asked = _admin_logs_in(monkeypatch, restore_ends_the_read)
        window = app_module.login_and_show(db)
        assert window is not None
        assert asked == ["Lindungi cadangan"]
        qtbot.waitUntil(lambda: shown != [], timeout=15_000)
        port = make_url(db.url).port
        assert shown == [("BLKDesk", (
            f"Halaman ini belum dapat dimuat. Server kantor 127.0.0.1:{port} memutus sambungan "
            "PC ini, biasanya karena database sedang dipulihkan dari cadangan di PC server. "
            "BLKDesk menyambung lagi sendiri; data yang sudah disimpan tetap aman."
        ))]  # fmt: skip
        _closed(window)
    finally:
        reading.close()
        handler.uninstall()


def test_blkdesk_backup_on_the_server_pc_dumps_the_office_server(server_pc, capsys):
    db, _trainee_id = server_pc
    assert main(["backup", "--db", db.url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cadangan dibuat:") and "1 peserta" in out
    (made,) = database_backup.backups_of(db)
    assert made.reason == "manual" and made.path.parent == server_backup.folder()
    assert main(["backup", "--list", "--db", db.url]) == 0
    assert str(made.path) in capsys.readouterr().out
    # A password for this one backup would not be used: the office's backup key is.
    assert main(["backup", "--db", db.url, "--password", "Rahasia-Sekali"]) == 1
    assert "--password hanya untuk berkas SQLite" in capsys.readouterr().err
    assert len(database_backup.backups_of(db)) == 1


def test_blkdesk_backup_on_another_pc_points_to_the_server_pc(pg_db_url, capsys):
    db = open_database(pg_db_url)
    try:
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    finally:
        db.dispose()
    assert main(["backup", "--db", pg_db_url]) == 1
    assert "dicadangkan oleh BLKDesk di PC server kantor, bukan di PC ini" in (
        capsys.readouterr().err
    )


def _trainees(db) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(t.name, t.phone) for t in s.scalars(select(Trainee).order_by(Trainee.id))]


def _names_on_screen(window) -> list[str]:
    page = window.show_page(TraineesPage)
    page.refresh()
    model = page.model
    return [
        " | ".join(str(model.index(row, c).data() or "") for c in range(model.columnCount()))
        for row in range(model.count())
    ]


def _siti_dua():
    return siti(nik="3602015708950002", name="Siti Dua", phone="")


def _other_pcs_sentence() -> str:
    return "PC lain yang tersambung ke server kantor menunggu sampai pemulihan selesai"


def test_the_server_pc_restores_a_backup_from_pengaturan_and_logs_in_again_on_it(
    qtbot, server_pc, server_window, shown, asked
):
    db, trainee_id = server_pc
    tab = _backup_tab(server_window)
    assert tab.restore_button.isEnabled() and tab.restore_file_button.isEnabled()
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=60_000)
    # Afterwards another PC edits Siti and this one registers a second trainee.
    other_clerk(db.url, "trainee", str(trainee_id), "phone=0813-1111-2222")
    with db.transaction() as s:
        trainees.register(s, server_window.ctx.actor, _siti_dua())
    assert len(_trainees(db)) == 2
    tab.view.selectRow(0)
    with qtbot.waitSignal(tab.restored, timeout=60_000):
        qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    title, question = asked[-1]
    assert title == "Pulihkan cadangan" and "1 peserta" in question
    assert "Keadaan sekarang dicadangkan dulu" in question and _other_pcs_sentence() in question
    assert shown[-1][1].startswith("Data dipulihkan dari cadangan ")
    assert _trainees(db) == [("Siti Aminah", "+6281234567890")]
    # As after a restore of a file: the window closes and the clerk logs in again, on the
    # restored data.
    assert server_window.restart_requested and not server_window.isVisible()
    again = MainWindow(context_of(db))
    qtbot.addWidget(again)
    again.show()
    try:
        (row,) = _names_on_screen(again)
        assert "Siti Aminah" in row and "Siti Dua" not in row
        assert {"manual", "pemulihan"} <= {i.reason for i in database_backup.backups_of(db)}
    finally:
        again.guard.idle.stop()
        again.close()


def test_a_restore_from_a_file_goes_through_while_another_pc_holds_a_read_open(
    qtbot, server_pc, server_window, shown, asked, monkeypatch
):
    db, _trainee_id = server_pc
    made = database_backup.backup_now(db, server_window.ctx.actor).info
    with db.transaction() as s:
        trainees.register(s, server_window.ctx.actor, _siti_dua())
    # One clerk's BLKDesk is in the middle of a read (it holds the trainee table), another's
    # sits idle between two reads with the connection it listens for commits on.
    reading_pc = open_database(db.url)
    idle_pc = open_database(db.url)
    listener = psycopg.connect(**connect_kwargs(db.url), autocommit=True)
    reading = reading_pc.engine.connect()
    try:
        assert reading.execute(select(func.count(Trainee.id))).scalar() == 2
        with idle_pc.session() as s:
            assert s.scalar(select(func.count(Trainee.id))) == 2
        listener.execute("LISTEN blkdesk_changes")
        tab = _backup_tab(server_window)
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(made.path), ""))
        )
        with qtbot.waitSignal(tab.restored, timeout=60_000):
            qtbot.mouseClick(tab.restore_file_button, Qt.MouseButton.LeftButton)
        assert _other_pcs_sentence() in asked[-1][1]
        assert [name for name, _phone in _trainees(db)] == ["Siti Aminah"]
        # The read was cut off: it fails once, and that PC's next session connects again by
        # itself, on the restored data.
        with pytest.raises(OperationalError):
            reading.execute(select(func.count(Trainee.id)))
        with reading_pc.session() as s:
            assert s.scalar(select(func.count(Trainee.id))) == 1
        # The idle PC kept its connections and reads the restored data at once.
        with idle_pc.session() as s:
            assert s.scalar(select(func.count(Trainee.id))) == 1
        assert listener.execute("SELECT 1").fetchone() == (1,)
    finally:
        reading.close()
        listener.close()
        reading_pc.dispose()
        idle_pc.dispose()


def test_another_pc_is_told_of_a_restore_and_no_longer_lists_what_came_after_the_backup(
    qtbot, server_pc, shown, admin
):
    """One applicant is registered after the automatic backup, then the server PC restores
    it: the restore's own audit row takes the id that applicant's row had, so the trail does not
    look shorter to the other PC. That PC still sees the restore: Peserta drops the applicant by
    itself and the status bar says why."""
    db, _trainee_id = server_pc
    made = database_backup.backup_database(db, "otomatis").info
    clerk_db = open_database(db.url)
    clerk = MainWindow(context_of(clerk_db))
    clerk.show()
    try:
        page = clerk.show_page(TraineesPage)
        with db.transaction() as s:
            trainees.register(s, admin, _siti_dua())
        clerk.watch.poll()
        qtbot.waitUntil(lambda: _rows_shown(page) == ["Siti Aminah", "Siti Dua"])
        restore.restore(db, admin, made.path)
        clerk.watch.poll()
        qtbot.waitUntil(lambda: _rows_shown(page) == ["Siti Aminah"])
        assert page.count_label.text().startswith("1 ")
        said = clerk.statusBar().currentMessage()
        assert said.startswith("Database server kantor baru saja dipulihkan dari cadangan")
    finally:
        clerk.guard.idle.stop()
        clerk.close()
        clerk_db.dispose()


def _rows_shown(page) -> list[str]:
    """The names the Peserta list holds now, without reading the database again."""
    return sorted(page.model.index(row, 0).data() for row in range(page.model.rowCount()))


def test_a_mark_cut_off_by_a_restore_still_says_why_once_the_grid_has_redrawn(
    qtbot, server_pc, shown, monkeypatch, admin
):
    """The server PC's restore first ends the other PCs' open transactions, a clerk's mark being
    saved among them, and a moment later that clerk's grid redraws from the restored data: the
    line under the grid still says why the cell is empty."""
    db, _trainee_id = server_pc
    batch = running_batch(db, days=3)
    made = database_backup.backup_database(db, "otomatis").info
    with db.transaction() as s:  # gone again with the restore, as the clerk's PC then sees
        trainees.register(s, admin, _siti_dua())
    clerk_db = open_database(db.url)
    clerk = MainWindow(context_of(clerk_db))
    clerk.show()
    set_marks = attendance.set_marks

    def saving_while_the_server_pc_restores(on, *args, **kwargs):
        with on.transaction() as session:
            session.execute(select(1))  # the save under way
            restore.restore(db, admin, made.path)
            session.execute(select(1))
        return set_marks(on, *args, **kwargs)

    try:
        page = clerk.show_page(AttendancePage)
        page.select_batch(batch.id)
        page.view.go_to(0, page.model.column_of(batch.days[0]))
        monkeypatch.setattr(attendance, "set_marks", saving_while_the_server_pc_restores)
        qtbot.keyClick(page.view, Qt.Key.Key_H)
        refusal = page.message.text()
        assert "memutus sambungan PC ini" in refusal and "coba simpan lagi" in refusal
        clerk.watch.poll()
        qtbot.waitUntil(lambda: clerk.statusBar().currentMessage().startswith(
            "Database server kantor baru saja dipulihkan"))  # fmt: skip
        assert page.model.index(0, page.model.column_of(batch.days[0])).data() in ("", None)
        assert page.message.text() == refusal
    finally:
        clerk.guard.idle.stop()
        clerk.close()
        clerk_db.dispose()
