"""The office server's own PC backs the office database up as a single PC backs up its file:
'Buat cadangan sekarang' in Pengaturan › Cadangan, on the 30-minute rhythm and when BLKDesk on
that PC closes, while the clerks at the other PCs keep working. The other PCs leave it to that
one and say so."""

import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from blkdesk.cli import main
from blkdesk.core.institution import setup
from blkdesk.core.registry import trainees
from blkdesk.core.storage import database_backup, office_server, server_backup
from blkdesk.core.storage.db import open_database
from blkdesk.ui import style
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens import HomePage, SettingsPage
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
    style.apply(qapp)
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
        assert tab.summary.text() == (
            "Database server kantor dicadangkan oleh BLKDesk di PC server kantor, bukan di PC ini."
        )
        assert not window.guard.backups.timer.isActive()
        window.guard.idle.stop()
        window.close()
        assert database_backup.backups_of(db) == []
    finally:
        db.dispose()


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
