"""What a clerk at the office server's PC sees at start-up: the upgrade's backup, a server that
cannot be made or started and why, a full disk named as one."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from blkdesk.core.storage import office_server, server_backup
from blkdesk.core.storage.db import current_revision, head_revision
from blkdesk.ui import app
from tests.support.office_home import make_old_office, office_home
from tests.support.postgres import free_port

pytestmark = pytest.mark.postgres


class ModalReader:
    """Reads the text of each message box the start-up shows, then closes it with OK."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._answer)
        self._timer.start(20)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.texts.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()

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
