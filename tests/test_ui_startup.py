"""The first-run wizard, the login dialog and the main window, driven as a clerk would."""

import ast
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWizard,
)
from sqlalchemy import select

from blkdesk.core import demo
from blkdesk.core.access import auth
from blkdesk.core.models import Institution, User
from blkdesk.core.storage import backup, database_backup
from blkdesk.core.storage.db import is_initialised, open_database, resolve_url
from blkdesk.ui import app as app_module
from blkdesk.ui import i18n, style
from blkdesk.ui.context import AppContext
from blkdesk.ui.login import LoginDialog
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens import SCREENS, HomePage, SettingsPage, TraineesPage, TrainingPage
from blkdesk.ui.screens.settings.protect_backups import ProtectBackupsDialog
from blkdesk.ui.wizard import SetupWizard
from tests.support.institution import ADMIN_PASSWORD
from tests.support.windows import main_window

LOGO = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app.svg"


@pytest.fixture(autouse=True)
def indonesian_after(qapp):
    yield
    i18n.install("id")


def _next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_wizard_checks_each_field_as_the_clerk_leaves_it(qtbot, empty_db):
    wizard = SetupWizard(empty_db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()  # focus moves, so leaving a field happens, only in the active window
    qtbot.waitUntil(wizard.isActiveWindow)
    page = wizard.inst_page
    assert page.code.hasFocus()
    qtbot.keyClicks(page.code, "x")
    qtbot.keyClick(page.code, Qt.Key.Key_Tab)  # on to the name: the code is checked now
    assert page.errors.labels["code"].isVisibleTo(wizard)
    assert page.errors.labels["code"].text().startswith("Kode lembaga 2–20 karakter")
    assert not page.errors.labels["name"].isVisibleTo(wizard)  # not reached yet: quiet
    page.code.setFocus()
    qtbot.keyClicks(page.code, "PDG")
    qtbot.keyClick(page.code, Qt.Key.Key_Tab)
    assert not page.errors.labels["code"].isVisibleTo(wizard)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "UPTD BLK Kabupaten Pandeglang")
    page.regency.setCurrentIndex(page.regency.findData("3601"))
    _next(qtbot, wizard)
    head = wizard.head_page
    qtbot.keyClicks(head.head_name, "Drs. Ujang Suherman")
    qtbot.keyClick(head.head_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(head.head_nip, "1970010119950310")
    qtbot.keyClick(head.head_nip, Qt.Key.Key_Tab)
    assert head.errors.labels["head_nip"].text() == "NIP harus 18 angka; yang diisi 16 karakter."
    assert not head.errors.labels["head_name"].isVisibleTo(wizard)
    head.head_nip.setFocus()
    qtbot.keyClicks(head.head_nip, "01")
    _next(qtbot, wizard)
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    admin.password.setFocus()
    qtbot.keyClicks(admin.password, "abc")
    qtbot.keyClick(admin.password, Qt.Key.Key_Tab)
    assert admin.errors.labels["admin_password"].isVisibleTo(wizard)
    admin.password.setFocus()
    admin.password.selectAll()
    qtbot.keyClicks(admin.password, "Rahasia123")
    qtbot.keyClick(admin.password, Qt.Key.Key_Tab)
    assert not admin.errors.labels["admin_password"].isVisibleTo(wizard)
    qtbot.keyClicks(admin.password2, "Rahasia124")
    qtbot.keyClick(admin.password2, Qt.Key.Key_Tab)
    assert admin.errors.labels["admin_password2"].text() == "Kedua kata sandi tidak sama."


def test_wizard_sets_up_the_institution_and_admin(qtbot, empty_db, tmp_path, monkeypatch):
    wizard = SetupWizard(empty_db)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.inst_page
    qtbot.keyClicks(page.code, "pdg")
    qtbot.keyClicks(page.name, "UPTD BLK Kabupaten Pandeglang")
    page.regency.setCurrentIndex(page.regency.findData("3601"))
    qtbot.keyClicks(page.address, "Jl. Raya Labuan Km 3")
    _next(qtbot, wizard)
    head = wizard.head_page
    assert wizard.currentPage() is head
    qtbot.keyClicks(head.head_name, "Drs. Ujang Suherman")
    qtbot.keyClicks(head.head_nip, "1970010119950310")  # 16 digits: refused beside the field
    _next(qtbot, wizard)
    assert wizard.currentPage() is head
    assert head.errors.labels["head_nip"].text().startswith("NIP harus 18 angka")
    # A NIP pasted with spaces and two digits too many is kept whole and refused, not cut.
    head.head_nip.selectAll()
    QApplication.clipboard().setText("19700101 199503 1 00299")
    qtbot.keyClick(head.head_nip, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert head.head_nip.text() == "19700101 199503 1 00299"
    _next(qtbot, wizard)
    assert head.errors.labels["head_nip"].text() == "NIP harus 18 angka; yang diisi 20 karakter."
    head.head_nip.selectAll()
    qtbot.keyClicks(head.head_nip, "197001011995031001")
    logo = tmp_path / "logo.png"
    style.icon("app").pixmap(64, 64).save(str(logo))
    head.load_logo(str(logo))
    _next(qtbot, wizard)
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    qtbot.keyClicks(admin.username, "admin")
    qtbot.keyClicks(admin.full_name, "Admin Pandeglang")
    qtbot.keyClicks(admin.password, "Sandi1234")
    qtbot.keyClicks(admin.password2, "Sandi1235")
    _next(qtbot, wizard)
    assert wizard.currentPage() is admin
    assert "tidak sama" in admin.errors.labels["admin_password2"].text()
    assert not is_initialised(empty_db)
    admin.password2.clear()
    qtbot.keyClicks(admin.password2, "Sandi1234")
    _next(qtbot, wizard)
    backup_page = wizard.backup_page
    assert wizard.currentPage() is backup_page
    qtbot.keyClicks(backup_page.password, "pendek")
    qtbot.keyClicks(backup_page.password2, "pendek")
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert "minimal 8" in backup_page.errors.labels["backup_password"].text()
    assert not is_initialised(empty_db)
    for field in (backup_page.password, backup_page.password2):
        field.clear()
        qtbot.keyClicks(field, "Brankas-Kantor-7")
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    key_page = wizard.key_page
    assert wizard.currentPage() is key_page and is_initialised(empty_db)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the recovery key must be kept first
    pdf = tmp_path / "kunci.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    qtbot.mouseClick(key_page.panel.pdf_button, Qt.MouseButton.LeftButton)
    key = key_page.panel.key_label.text()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert key[:19] in text and key[20:] in text and "Pandeglang" in text
    assert key_page.panel.kept.isChecked() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert database_backup.backup_database(empty_db, "manual").info.encrypted
    info = database_backup.backups_of(empty_db)[0]
    assert backup.verify(info.path, recovery_key=key.lower()) is None
    with empty_db.session() as s:
        inst = s.scalar(select(Institution))
        assert (inst.code, inst.regency_code, inst.head_nip) == (
            "PDG",
            "3601",
            "197001011995031001",
        )
        assert inst.logo and inst.logo.startswith(b"\x89PNG")
        assert s.scalar(select(User.role).where(User.username == "admin")) == "admin"


def _type_login(qtbot, dialog, username, password):
    dialog.username.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_login_locks_after_three_wrong_passwords(qtbot, db):
    dialog = LoginDialog("UPTD BLK Kabupaten Lebak", lambda u, p: auth.login(db, u, p))
    qtbot.addWidget(dialog)
    dialog.show()
    _type_login(qtbot, dialog, "admin", "salah1")
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.password.text() == ""
    _type_login(qtbot, dialog, "admin", "salah2")
    _type_login(qtbot, dialog, "admin", "salah3")
    assert "dikunci sementara" in dialog.message.text()
    _type_login(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert "dikunci sementara" in dialog.message.text()
    assert dialog.user is None
    with db.transaction() as s:  # the lock has run out
        s.scalar(select(User).where(User.username == "admin")).locked_until = None
    _type_login(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert dialog.user is not None and dialog.result() == LoginDialog.DialogCode.Accepted


def test_enter_after_the_name_moves_to_the_password_without_counting_a_failed_attempt(qtbot, db):
    """Enter after the user name, password still empty, was a wrong password: three of them
    locked a clerk out before they had typed it."""
    dialog = LoginDialog("UPTD BLK Kabupaten Lebak", lambda u, p: auth.login(db, u, p))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.username.hasFocus()
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)  # nothing typed yet: stays put
    assert dialog.username.hasFocus() and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "admin")
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.password.hasFocus()
    assert dialog.isVisible() and dialog.user is None
    assert not dialog.message.isVisible()
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
        assert (user.failed_attempts, user.locked_until) == (0, None)
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.result() == LoginDialog.DialogCode.Accepted


def test_a_refused_login_grows_the_window_for_its_message_instead_of_squeezing_the_fields(
    qtbot, db
):
    """The message under Kata sandi took its room from the fields: they touched and their
    labels sat off their middles."""
    dialog = LoginDialog(
        "UPTD Balai Latihan Kerja Kabupaten Serang", lambda u, p: auth.login(db, u, p)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    height, centre = dialog.height(), dialog.frameGeometry().center()
    _type_login(qtbot, dialog, "admin", "salah1")
    assert dialog.message.isVisible()
    assert dialog.height() > height
    for field in (dialog.username, dialog.password):
        assert field.height() >= field.sizeHint().height()
    moved = dialog.frameGeometry().center() - centre
    assert abs(moved.x()) <= 1 and abs(moved.y()) <= 1


def test_each_return_to_a_page_puts_the_keyboard_on_its_first_control(qtbot, db):
    """Ctrl+3 moved the keyboard on from where it was last on the page, or left it on the row
    of tabs, where typing and Enter did nothing: Enter did not plan a batch."""
    window = main_window(qtbot, db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ctrl = Qt.KeyboardModifier.ControlModifier
    page = window.show_page(TrainingPage)
    page.status_filter.setFocus()  # the clerk filtered the batches last time
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, ctrl)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, ctrl)
        assert QApplication.focusWidget() is page.plan_button
    assert page.status_filter.currentIndex() == 0


@pytest.fixture
def demo_window(qtbot, tmp_path):
    summary = demo.build(str(tmp_path / "demo.sqlite"), trainees=300, seed=2)
    database = open_database(resolve_url(summary.path))
    with database.session() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
        inst = s.scalar(select(Institution).where(Institution.is_local))
    window = MainWindow(AppContext(database, user, inst.code, inst.name))
    qtbot.addWidget(window)
    window.show()
    yield window, summary
    database.dispose()


def test_beranda_shows_the_demo_counts(demo_window):
    window, _ = demo_window
    home = window.page(HomePage)
    assert home.isVisible()
    assert int(home.cards["batches_running"].value.text()) >= 1
    assert int(home.cards["in_training"].value.text()) >= 1
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert "demo.sqlite" in status and "Administrator" in status


def test_peserta_search_as_you_type(qtbot, demo_window):
    window, _ = demo_window
    page = window.show_page(TraineesPage)
    assert page.model.rowCount() == 200  # the first page; more arrive while scrolling
    first = page.model.row_at(0)
    qtbot.keyClicks(page.search, first.name[:6])
    qtbot.waitUntil(lambda: page.model.rowCount() < 200)
    assert all(
        page.model.row_at(i).name_norm.startswith(first.name_norm[:6])
        for i in range(page.model.rowCount())
    )


def test_viewer_sees_masked_nik(qtbot, tmp_path):
    summary = demo.build(str(tmp_path / "v.sqlite"), trainees=60, seed=4)
    database = open_database(resolve_url(summary.path))
    with database.session() as s:
        viewer = s.scalar(select(User).where(User.username == "viewer"))
    window = MainWindow(AppContext(database, viewer, "SRG", "BLK"))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page(TraineesPage)
    shown = page.model.data(page.model.index(0, 1))
    assert "••••••••••" in shown
    assert not window.page(SettingsPage).add_user.isEnabled()
    database.dispose()


def test_english_applies_at_once_and_is_remembered(qtbot, demo_window, tmp_path):
    window, _ = demo_window
    settings = window.show_page(SettingsPage)
    settings.language.setCurrentIndex(settings.language.findData("en"))
    assert i18n.current_language() == "en"
    assert window.sidebar.item(0).text() == "Home"
    assert window.page(SettingsPage).isVisible()
    window.page(SettingsPage).language.setCurrentIndex(0)
    assert window.sidebar.item(0).text() == "Beranda"


def test_geometry_is_remembered(qtbot, demo_window):
    window, _ = demo_window
    window.setGeometry(37, 41, 1250, 700)
    chosen = window.geometry()
    window.close()
    again = MainWindow(window.ctx)
    qtbot.addWidget(again)
    assert again.geometry() == chosen


def test_run_gui_goes_wizard_then_login_then_window(qtbot, monkeypatch, tmp_path):
    shown = []

    def fake_wizard_exec(self):
        from blkdesk.core.institution import setup
        from tests.support.institution import INSTITUTION

        setup(self.db, INSTITUTION, "admin", "Admin", ADMIN_PASSWORD)
        return QWizard.DialogCode.Accepted

    def answer_login():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog):
            _type_login(qtbot, dialog, "admin", ADMIN_PASSWORD)
            QTimer.singleShot(50, answer_login)
        elif isinstance(dialog, ProtectBackupsDialog):  # no backup password in this setup
            shown.append(dialog.objectName())
            qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(50, answer_login)

    monkeypatch.setattr(SetupWizard, "exec", fake_wizard_exec)
    QTimer.singleShot(50, answer_login)
    db = open_database(resolve_url(str(tmp_path / "first.sqlite")))
    window = app_module.login_and_show(db)
    assert window is not None and shown == ["ProtectBackupsDialog"]
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.ctx.institution_name == "UPTD BLK Kabupaten Lebak"
    db.dispose()


def test_an_account_an_admin_made_replaces_its_password_before_the_main_window(qtbot, db):
    """The admin knows the first password, so the main window waits until it is replaced; the
    same password again is refused beside its field, and leaving the dialog leaves BLKDesk."""
    from blkdesk.ui.screens.settings.users import ChangePasswordDialog

    with db.transaction() as s:
        admin = s.scalar(select(User).where(User.username == "admin"))
        auth.create_user(s, auth.actor_for(admin), "citra", "Citra Lestari", "operator",
                         "Sementara1")  # fmt: skip
    seen = []

    def clerk(new_password: str | None):
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog):
            _type_login(qtbot, dialog, "citra", "Sementara1")
            QTimer.singleShot(20, lambda: clerk(new_password))
        elif isinstance(dialog, ChangePasswordDialog):
            if new_password is None:
                dialog.reject()
                return
            for field, text in ((dialog.old, "Sementara1"), (dialog.new, "Sementara1"),
                                (dialog.new2, "Sementara1")):  # fmt: skip
                qtbot.keyClicks(field, text)
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            seen.append(dialog.errors.labels["password"].text())
            for field in (dialog.new, dialog.new2):
                field.clear()
                qtbot.keyClicks(field, "MilikCitra7")
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, lambda: clerk(new_password))

    QTimer.singleShot(20, lambda: clerk(None))
    assert app_module.login_and_show(db) is None
    assert auth.login(db, "citra", "Sementara1").must_change_password
    QTimer.singleShot(20, lambda: clerk("MilikCitra7"))
    window = app_module.login_and_show(db)
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert seen == ["Kata sandi baru harus berbeda dari yang lama."]
    assert window.ctx.user.username == "citra"
    assert not auth.login(db, "citra", "MilikCitra7").must_change_password


def test_qt_standard_buttons_speak_indonesian(qtbot):
    i18n.install("id")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Tutup"


def test_first_run_opens_maximised_within_the_free_screen_area(qtbot, demo_window, monkeypatch):
    """A 768-pixel laptop: the status bar must be on the screen, not below it."""
    from blkdesk.ui import placement
    from blkdesk.ui.settings import app_settings

    window, _ = demo_window
    app_settings().remove("geometry/MainWindow")
    fresh = MainWindow(window.ctx)
    qtbot.addWidget(fresh)
    fresh.show()
    area = placement.available_area(fresh)
    assert fresh.isMaximized()
    qtbot.waitUntil(lambda: fresh.frameGeometry().height() <= area.height())
    assert area.contains(fresh.frameGeometry())
    bar = fresh.statusBar()
    assert area.contains(bar.mapToGlobal(bar.rect().bottomRight()))
    fresh.showNormal()  # un-maximised it still fits
    assert fresh.height() <= area.height() and fresh.width() <= area.width()


def test_a_geometry_saved_on_a_taller_screen_is_pulled_in(qtbot, demo_window):
    from blkdesk.ui import placement

    window, _ = demo_window
    window.setGeometry(0, 0, 1300, 1000)  # as on a 1080-pixel monitor
    window.close()
    again = MainWindow(window.ctx)
    qtbot.addWidget(again)
    area = placement.available_area(again)
    assert area.contains(again.frameGeometry())


# --- the quick start ---------------------------------------------------------------------------


def test_the_login_window_comes_first_and_masuk_waits_for_the_database(
    qtbot, monkeypatch, tmp_path
):
    """The clerk can type while the database is still being checked and opened; Masuk pressed
    too early says so and logs in by itself once the database is ready."""
    path = demo.build(str(tmp_path / "cepat.sqlite"), trainees=40, seed=3).path
    release = threading.Event()
    real = app_module.check_and_open

    def slow_check(*args):
        assert release.wait(30)
        return real(*args)

    monkeypatch.setattr(app_module, "check_and_open", slow_check)
    seen = {}

    def clerk():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, clerk)
            return
        seen["title"] = dialog.findChild(QLabel, "DialogTitle").text()
        _type_login(qtbot, dialog, "admin", "Admin123")
        seen["waiting"] = dialog.status.isVisible() and not dialog.ok.isEnabled()
        release.set()  # the database opens only now, with Masuk already pressed

    QTimer.singleShot(20, clerk)
    opened, window = app_module.start_session(path)
    try:
        assert seen == {"title": demo.DEMO_INSTITUTION.name, "waiting": True}
        assert window is not None and window.isVisible()
        qtbot.addWidget(window)
        assert window.ctx.user.username == "admin"
        assert window.ctx.institution_code == demo.DEMO_INSTITUTION.code
    finally:
        opened.close()


def test_a_second_blkdesk_is_refused_before_its_login_window(qtbot, monkeypatch, tmp_path):
    path = demo.build(str(tmp_path / "dua.sqlite"), trainees=40, seed=3).path
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(LoginDialog, "exec", lambda self: pytest.fail("login shown"))
    first = app_module.open_checked(path)
    try:
        assert app_module.start_session(path) == (None, None)
        assert "sedang dibuka oleh" in shown[0]
    finally:
        first.close()


STARTUP_PROBE = """
import os, sys
from blkdesk.ui.login import LoginDialog
def at_login(dialog, event):  # the real `blkdesk --db FILE`, stopped at its login window
    print(sorted(sys.modules), flush=True)
    import blkdesk.ui.mainwindow, blkdesk.ui.screens.beranda.page
    print(sorted(sys.modules), flush=True)
    os._exit(0)
LoginDialog.showEvent = at_login
from blkdesk.cli import main
main(["--db", sys.argv[1]])
"""
HEAVY = ("openpyxl", "xlsxwriter", "qrcode", "holidays", "python_calamine", "zxingcpp",
         "blkdesk.exchange", "blkdesk.printing", "PySide6.QtPrintSupport")  # fmt: skip


def test_starting_imports_no_excel_qr_or_holiday_library(tmp_path):
    """The login window needs PySide6 and sqlite3 only (SQLAlchemy loads behind it); the main
    window with Beranda needs no Excel, QR or holiday library: those load in the actions."""
    path = demo.build(str(tmp_path / "impor.sqlite"), trainees=40, seed=3).path
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BLKDESK_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", STARTUP_PROBE, path], capture_output=True,
                          text=True, check=True, env=env, timeout=300)  # fmt: skip
    at_login, for_the_window = (set(ast.literal_eval(line)) for line in done.stdout.splitlines())
    assert not {m for m in at_login if m.startswith(("sqlalchemy", "alembic", *HEAVY))}
    assert not {m for m in at_login | for_the_window if m.startswith(HEAVY)}


PAGES_PROBE = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from blkdesk.ui import app as app_module, warmup
from blkdesk.ui.login import LoginDialog
warmup.START_MS = 3_600_000  # each page loads what it needs alone (test_warmup: loading ahead)
shown = LoginDialog.showEvent
def at_login(dialog, event):  # the clerk logs in as soon as the database is open
    shown(dialog, event)
    def log_in():
        if dialog.authenticate is None:
            QTimer.singleShot(5, log_in)
            return
        dialog.username.setText("admin")
        dialog.password.setText("Admin123")
        dialog.accept()
    QTimer.singleShot(0, log_in)
LoginDialog.showEvent = at_login
def visit(window):  # every page in sidebar order, as a clerk clicking down the sidebar
    from blkdesk.ui.screens import SCREENS
    loaded = {}
    for screen in SCREENS:
        before = set(sys.modules)
        page = window.show_page(screen.load())
        QApplication.processEvents()
        loaded[screen.class_name] = (page.isVisible(), sorted(set(sys.modules) - before))
    print(loaded, flush=True)
    os._exit(0)
show_window = app_module.show_window
def then_visit(*args):
    window = show_window(*args)
    QTimer.singleShot(0, lambda: visit(window))
    return window
app_module.show_window = then_visit
from blkdesk.cli import main
main(["--db", sys.argv[1]])
"""
# What a page may not load before the clerk uses the action that needs it.
PAGE_HEAVY = ("openpyxl", "xlsxwriter", "qrcode", "holidays", "python_calamine", "zxingcpp",
              "blkdesk.printing", "PySide6.QtPrintSupport", "blkdesk.exchange.merge",
              "blkdesk.exchange.sync_export", "blkdesk.exchange.monthly_workbook")  # fmt: skip


def test_visiting_the_pages_loads_no_excel_printing_qr_or_holiday_library(tmp_path):
    """Pelatihan, Kehadiran, Penilaian, Penempatan and Laporan open without Excel, printing, QR
    or the holiday library: those load when the clerk exports, imports, prints or looks at the
    national holidays."""
    path = demo.build(str(tmp_path / "halaman.sqlite"), trainees=40, seed=3).path
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BLKDESK_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", PAGES_PROBE, path], capture_output=True,
                          text=True, check=True, env=env, timeout=300)  # fmt: skip
    loaded = ast.literal_eval(done.stdout.splitlines()[-1])
    assert list(loaded) == [s.class_name for s in SCREENS]
    assert all(visible for visible, _modules in loaded.values())
    heavy = {
        page: sorted({m.split(".")[0] if not m.startswith(("blkdesk", "PySide6")) else m
                      for m in modules if m.startswith(PAGE_HEAVY)})
        for page, (_visible, modules) in loaded.items()
        if page != "SettingsPage"  # its recovery-key sheet prints; not one of these pages
    }  # fmt: skip
    assert not any(heavy.values()), heavy


def test_pages_are_built_on_their_first_visit_and_named_as_they_name_themselves(demo_window):
    window, _ = demo_window
    assert isinstance(window.pages[0], HomePage) and window.pages[1:] == [None] * 7
    trainees = window.show_page(TraineesPage)
    assert trainees.isVisible() and window.pages[1] is trainees
    assert window.page(TraineesPage) is trainees  # built once
    for row, screen in enumerate(SCREENS):
        page = window.page(screen.load())
        assert (screen.title(), screen.icon_name) == (page.title(), page.icon_name)
        assert window.sidebar.item(row).text() == page.title()
