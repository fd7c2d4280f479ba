"""Help, About, the unexpected-error dialog and the bundle self-test, driven as a clerk would."""

import errno
import html
import logging
import os
import re
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QPushButton
from sqlalchemy import select

from blkdesk.cli import main as cli_main
from blkdesk.core import demo
from blkdesk.core.certification.signing import fingerprint
from blkdesk.core.models import Institution, User
from blkdesk.core.storage import backup, paths
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.ui import app as app_module
from blkdesk.ui import crash, i18n
from blkdesk.ui.about import AboutDialog
from blkdesk.ui.context import AppContext
from blkdesk.ui.help import guide_path
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.resources import resource
from blkdesk.ui.screens import (
    PAGES,
    AttendancePage,
    CertificatesPage,
    ReportsPage,
    TraineesPage,
    TrainingPage,
)
from blkdesk.ui.selftest import run_selftest


@pytest.fixture(autouse=True)
def indonesian_after(qapp):
    yield
    i18n.install("id")


@pytest.fixture
def demo_path(tmp_path):
    return demo.build(str(tmp_path / "demo.sqlite"), trainees=60, seed=5).path


@pytest.fixture
def window(qtbot, demo_path):
    database = open_database(resolve_url(demo_path))
    with database.session() as s:
        user = s.scalar(select(User).where(User.username == "operator"))
        inst = s.scalar(select(Institution).where(Institution.is_local))
    win = MainWindow(AppContext(database, user, inst.code, inst.name))
    qtbot.addWidget(win)
    win.show()
    yield win
    database.dispose()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.hrefs: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img":
            self.images.append(a["src"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "a" and "name" in a:
            self.anchors.add(a["name"])


def _guide() -> _Links:
    links = _Links()
    links.feed(guide_path().read_text(encoding="utf-8"))
    return links


def test_guide_links_and_screenshots_all_exist():
    links = _guide()
    for src in links.images:
        assert resource("help", src).is_file(), src
    for href in links.hrefs:
        assert href.startswith("#") and href[1:] in links.anchors, href
    # The clerk's month: each step's page is shown as tools/screenshots.py took it.
    shown = {src.removeprefix("img/").removesuffix(".png") for src in links.images}
    month = (TraineesPage, TrainingPage, AttendancePage, CertificatesPage, ReportsPage)
    for page in month:
        assert any(name.split("_")[0] == page.icon_name for name in shown), page.__name__
    # The province's desk has its own section, with its own pictures.
    assert {"province_home", "province_blks", "province_double_funding", "province_report"} <= shown


# Bold in the guide that is not a name on screen: emphasis, keys, the headings of its own
# troubleshooting list, and Qt's own OK button.
GUIDE_EMPHASIS = frozenset({
    "tidak memerlukan internet", "teks", "langsung tersimpan", "meja provinsi", "tetap digabung",
    "berlubang", "F1", "K", "B", "Delete", "OK", "Pesan kesalahan saat mengisi formulir",
    "Kesalahan yang tidak terduga", "Catatan kerja (log)", "Pesan tentang printer",
})  # fmt: skip


def _spaced(text: str) -> str:
    return " ".join(text.replace("&", "").split()).removesuffix(":")


def test_the_guides_bold_names_are_the_interfaces_own_words():
    """A clerk looks for a button, tab or column by the name the guide gives it in bold: each is
    a string the interface says (from the translation source, so any page), a menu path of
    them, or a message the interface shows, quoted from its start."""
    from xml.etree import ElementTree

    from blkdesk.ui.resources import resource

    sources = {
        _spaced(s.text or "")
        for s in ElementTree.parse(resource("translations", "blkdesk_en.ts")).iter("source")
    }
    # A template ('Angka {year} per BLK dan per kabupaten/kota') names its screen too.
    templates = [
        re.compile(r"\s*".join(re.escape(p.strip()) for p in re.split(r"\{\w+\}", s)) + "$")
        for s in sources
        if "{" in s
    ]

    def said(name: str) -> bool:
        return name in sources or any(t.match(name) for t in templates)

    text = guide_path().read_text(encoding="utf-8")
    for bold in re.findall(r"<b>(.*?)</b>", text, re.S):
        name = _spaced(html.unescape(bold))
        if name in GUIDE_EMPHASIS:
            continue
        if name.startswith('"') and name.endswith('"'):
            assert any(s.startswith(name[1:-1]) for s in sources), name
            continue
        parts = re.split(r" [›→] ", name)
        assert all(said(part) for part in parts), name


def test_the_guide_screenshots_can_be_retaken(tmp_path):
    """`./dev screenshots` (tools/screenshots.py) runs to the end on a fresh demo and writes every
    picture the guide shows, at the guide's width, so a renamed widget or page cannot leave the
    guide with stale pictures unnoticed."""
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, str(root / "tools" / "screenshots.py"), str(tmp_path / "img")],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    for src in _guide().images:
        picture = QImage(str(tmp_path / src))
        assert not picture.isNull(), src
        assert picture.width() <= 900, src


def test_f1_opens_the_guide_inside_the_app(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_dialog
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Panduan BLKDesk" in text and "Mengisi presensi harian" in text
    assert not guide.back.isEnabled()
    guide.browser.setSource(QUrl("#sertifikat"))
    assert guide.back.isEnabled()
    qtbot.mouseClick(guide.back, Qt.MouseButton.LeftButton)
    assert not guide.back.isEnabled()
    assert window.show_help() is guide  # one guide window, brought to the front


def test_about_shows_version_and_folders(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    about = AboutDialog(window, window.ctx.db)
    qtbot.addWidget(about)
    about.show()
    assert about.values["database"].text() == window.ctx.db.location
    assert about.values["data"].text() == str(paths.data_dir())
    backups = backup.folder_for(window.ctx.db.path)
    assert about.values["backups"].text() == str(backups)
    assert backups.parent == paths.backup_dir()
    assert about.values["logs"].text() == str(paths.log_dir())
    with window.ctx.db.session() as s:
        key = s.scalar(select(Institution.public_key).where(Institution.is_local))
    assert about.values["key"].text() == fingerprint(key)
    qtbot.mouseClick(about.findChild(QPushButton, "open_backups"), Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(backups))]
    assert re.search(r"BLKDesk \d+\.\d+\.\d+", about.heading.text())


@pytest.fixture
def handler(monkeypatch):
    shown: list[crash.CrashDialog] = []

    def fake_exec(dialog):
        shown.append(dialog)
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)
    h = crash.CrashHandler()
    h.install()
    yield h, shown
    h.uninstall()


def test_error_in_a_button_shows_the_dialog_and_saves_a_scrubbed_report(qtbot, handler, caplog):
    h, shown = handler
    nik = "3602015708950001"
    button = QPushButton("Simpan")
    qtbot.addWidget(button)

    def broken_slot():
        raise ValueError(f"NIK {nik} sudah terdaftar")

    button.clicked.connect(broken_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    report = h.last_report
    assert report is not None and report.parent == paths.log_dir()
    text = report.read_text(encoding="utf-8")
    assert "ValueError" in text and "broken_slot" in text and nik not in text
    # The log gets the same scrubbed report: it too may travel to the IT officer.
    logged = [r for r in caplog.records if r.name == "blkdesk.crash"]
    assert logged and "broken_slot" in logged[0].getMessage()
    assert all(nik not in r.getMessage() and r.exc_info is None for r in logged)
    # The clerk reads one sentence; the report (for the IT officer) waits behind Rincian.
    dialog = shown[0]
    assert dialog.text.toPlainText() == text and not dialog.details.isVisibleTo(dialog)
    on_screen = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    assert on_screen and not any("Traceback" in s or "broken_slot" in s for s in on_screen)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the same error again: logged only
    assert len(shown) == 1 and h.last_report == report
    assert len(list(paths.log_dir().glob("laporan-galat-*.txt"))) == 1


def test_error_in_a_background_thread_reaches_the_gui(qtbot, handler):
    _, shown = handler

    def work():
        raise RuntimeError("rusak")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "RuntimeError" in shown[0].report


def test_a_full_disk_is_one_sentence_not_a_crash_report(qtbot, handler, monkeypatch):
    _, shown = handler
    warned: list[str] = []
    monkeypatch.setattr(
        crash.QMessageBox, "warning", lambda _parent, _title, text: warned.append(text)
    )
    button = QPushButton("Simpan")
    qtbot.addWidget(button)

    def full_disk():
        raise OSError(errno.ENOSPC, "No space left on device", "/data/x.xlsx")

    button.clicked.connect(full_disk)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown == [] and len(warned) == 1
    assert warned[0].startswith("Disk penuh") and "space" not in warned[0]
    assert not list(paths.log_dir().glob("laporan-galat-*.txt"))


def test_crash_dialog_saves_a_copy_where_the_clerk_chooses(qtbot, tmp_path, monkeypatch):
    saved = paths.log_dir() / "laporan-galat-x.txt"
    saved.write_text("laporan", encoding="utf-8")
    dialog = crash.CrashDialog(None, "laporan", saved)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "flashdisk" / "laporan.txt"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Berkas teks (*.txt)")
    )
    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible() and dialog.text.toPlainText() == "laporan"
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8") == "laporan"
    assert dialog.status.text() == f"Laporan tersimpan di {target}."
    qtbot.mouseClick(dialog.clipboard_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "laporan"
    gone = tmp_path / "dicabut" / "laporan.txt"  # the USB stick was pulled out
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(gone), "Berkas teks (*.txt)")
    )
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith(f"Laporan tidak dapat disimpan di {gone}: ")
    assert "No such file" not in dialog.status.text()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Tutup"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_selftest_opens_every_page_of_a_demo_database(demo_path, capsys):
    assert cli_main(["--selftest", "--db", demo_path]) == 0
    assert capsys.readouterr().out.startswith(f"Selftest OK: {len(PAGES)} halaman")


def test_selftest_fails_with_a_reason_on_an_unprepared_database(tmp_path, capsys):
    assert run_selftest(str(tmp_path / "kosong.sqlite")) == 1
    assert "belum disiapkan" in capsys.readouterr().err


def test_the_gui_logs_to_the_data_folder_and_catches_errors_while_it_runs(demo_path, monkeypatch):
    seen = []

    def give_up_at_login(dialog):  # as if the clerk closed the login dialog
        seen.append(sys.excepthook)
        return 0

    monkeypatch.setattr(app_module.LoginDialog, "exec", give_up_at_login)
    root_handlers = list(logging.getLogger().handlers)
    try:
        assert app_module.run_gui(db=demo_path) == 0
    finally:
        for handler in set(logging.getLogger().handlers) - set(root_handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert getattr(seen[0], "__self__", None).__class__ is crash.CrashHandler
    assert sys.excepthook is not seen[0]  # put back when the GUI ends
    log_text = (paths.log_dir() / "blkdesk.log").read_text(encoding="utf-8")
    assert "BLKDesk dimulai" in log_text and "BLKDesk ditutup" in log_text
