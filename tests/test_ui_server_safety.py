"""What a clerk at the office server's PC sees at start-up: the upgrade's backup, a server that
cannot be made or started and why, a full disk named as one."""

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from blkdesk.core.storage import connection, office_server, paths, server_backup
from blkdesk.core.storage.db import current_revision, head_revision
from blkdesk.core.storage.paths import data_dir
from blkdesk.ui import app
from blkdesk.ui.screens import SettingsPage
from tests.support.office_home import crash, make_old_office, office_home
from tests.support.postgres import free_port
from tests.support.windows import main_window

pytestmark = pytest.mark.postgres


class ModalReader:
    """Reads the text of each message box the start-up shows, then closes it with OK (or Tutup,
    the start-up's own "close BLKDesk")."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.hints: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._answer)
        self._timer.start(20)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.texts.append(box.text())
            self.hints.append(box.informativeText())
            close = box.button(QMessageBox.StandardButton.Ok) or next(
                b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
            )
            close.click()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def modal(qapp) -> Iterator[ModalReader]:
    reader = ModalReader()
    yield reader
    reader.stop()


@pytest.fixture
def old_server(monkeypatch) -> Iterator[office_server.ServerConfig]:
    with office_home(monkeypatch):
        config = office_server.create(free_port(), listen="127.0.0.1")
        make_old_office(config.url())
        yield config


def test_the_server_pc_is_told_where_the_backup_before_the_upgrade_is(old_server, modal):
    opened = app.open_or_explain(old_server.url())
    try:
        assert opened is not None and current_revision(opened.db.engine) == head_revision()
        (taken,) = server_backup.list_backups()
        assert modal.texts == [
            "Database server kantor sudah diperbarui untuk versi BLKDesk ini. Cadangannya dari "
            f"sebelum pembaruan disimpan di:\n{taken.path}"
        ]
    finally:
        if opened is not None:
            opened.close()


def test_in_english_too(old_server, modal, english):
    opened = app.open_or_explain(old_server.url())
    try:
        (taken,) = server_backup.list_backups()
        assert modal.texts == [
            "The office server's database has been upgraded for this version of BLKDesk. Its "
            f"backup from before the upgrade is kept in:\n{taken.path}"
        ]
    finally:
        if opened is not None:
            opened.close()


def test_another_pc_is_told_to_upgrade_on_the_server_pc(old_server, modal, monkeypatch):
    url = old_server.url()
    office_server.config_path().unlink()  # a PC that serves nothing opens the same database
    assert app.open_or_explain(url) is None
    assert modal.texts == [
        "Database server kantor perlu diperbarui untuk versi BLKDesk ini; buka dulu BLKDesk versi "
        "ini di PC server kantor, yang mencadangkan database itu sebelum memperbaruinya."
    ]
    assert server_backup.list_backups() == []


def _mount_small_disk(where: Path, size: str) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small disk")
    where.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                      capture_output=True).returncode != 0:  # fmt: skip
        pytest.skip("tmpfs cannot be mounted here")


ON_A_FULL_DISK = {
    "id": "Server kantor tidak dapat dibuat: disk tempat folder {folder} penuh; kosongkan ruang "
    "di disk itu, lalu ulangi.",
    "en": "The office server could not be created: the disk of folder {folder} is full; free up "
    "space on that disk, then try again.",
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_making_the_server_on_a_full_disk_names_the_disk(
    qtbot, db, monkeypatch, modal, lang, request
):
    """Pengaturan › Server kantor › Jadikan PC ini server kantor, with too little disk space."""
    if lang == "en":
        request.getfixturevalue("english")
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with office_home(monkeypatch):
        disk = data_dir() / "server-kantor"
        _mount_small_disk(disk, "8m")
        window = main_window(qtbot, db)
        try:
            page = window.show_page(SettingsPage)
            page.show_tab(page.office_tab)
            qtbot.mouseClick(page.office_tab.make_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(modal.texts), timeout=120_000)
            assert modal.texts == [ON_A_FULL_DISK[lang].format(folder=disk / "data")]
            assert office_server.load_config() is None and paths.remembered_server() is None
            assert not window.restart_requested  # the clerk stays on the file, as it was
        finally:
            window.guard.idle.stop()
            subprocess.run(["umount", "-l", str(disk)], check=True)


def test_a_full_disk_stopping_the_server_is_named_when_its_pc_opens_blkdesk(
    qapp, monkeypatch, modal
):
    with office_home(monkeypatch):
        disk = data_dir() / "server-kantor"
        _mount_small_disk(disk, "64m")
        try:
            config = office_server.create(free_port(), listen="127.0.0.1")
            connection.remember(config.url())
            filler = disk / "filler"
            with filler.open("wb", buffering=0) as out, contextlib.suppress(OSError):
                while True:
                    out.write(bytes(65536))
            crash(config)  # switched off; its disk is full when the PC starts
            assert app.open_or_explain(None) is None  # the clerk answers Tutup
            assert modal.texts == [
                f"Server kantor tidak dapat dijalankan: disk tempat folder {config.cluster} "
                "penuh; kosongkan ruang di disk itu, lalu ulangi."
            ]
            assert modal.hints == [
                "PC ini server kantor: atasi dulu masalah di atas, lalu coba lagi."
            ]
        finally:
            if office_server.load_config() is not None:
                crash(office_server.load_config())
            subprocess.run(["umount", "-l", str(disk)], check=True)
