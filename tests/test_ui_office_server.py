"""Pengaturan › Server kantor: a clerk makes this PC the server, or connects it to one."""

import errno
import os

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from blkdesk.core import demo
from blkdesk.core.models import AuditEvent, Trainee
from blkdesk.core.storage import connection, discovery, office_server, paths
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.ui.screens import SettingsPage
from blkdesk.ui.screens.settings.office_tab import ConnectDialog
from tests.support.office_home import office_home
from tests.support.postgres import free_port, server
from tests.support.windows import main_window

pytestmark = pytest.mark.postgres


class Boxes:
    """Answers every question Yes and keeps the texts of the message boxes shown."""

    def __init__(self, monkeypatch):
        self.shown: list[tuple[str, str]] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind))
        monkeypatch.setattr(QMessageBox, "question", self._record("question", yes=True))

    def _record(self, kind, yes=False):
        def show(_parent, _title, text, *args, **kwargs):
            self.shown.append((kind, text))
            return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.Ok

        return staticmethod(show)


def _blkdesk_role(url: str) -> None:
    """The role an office server's clients log in as, on the shared throwaway server."""
    parsed = make_url(url)
    with psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username,
                         dbname=parsed.database, autocommit=True) as conn:  # fmt: skip
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'blkdesk'").fetchone():
            conn.execute("CREATE ROLE blkdesk LOGIN")


def _window(qtbot, db):
    window = main_window(qtbot, db)
    page = window.show_page(SettingsPage)
    page.show_tab(page.office_tab)
    return window, page.office_tab


def test_connect_tests_the_address_and_remembers_only_a_working_one(qtbot, db, postgres_url):
    window, tab = _window(qtbot, db)
    try:
        assert tab.connect_button.isVisible() and not tab.local_button.isVisible()
        dialog = ConnectDialog(tab)
        qtbot.addWidget(dialog)
        dialog.accept()
        assert "Isi alamat" in dialog.errors.labels["host"].text()
        qtbot.keyClicks(dialog.host, "127.0.0.1")
        closed = free_port()  # this PC answers, but nobody listens there
        dialog.port.setValue(closed)
        qtbot.keyClicks(dialog.password, "rahasia")
        dialog.accept()
        assert dialog.result_label.text() == (
            f"PC server kantor 127.0.0.1 menyala, tetapi server BLKDesk tidak berjalan di port "
            f"{closed}; buka BLKDesk di PC server itu, atau periksa port-nya bila server "
            "dipindah."
        )
        assert paths.remembered_server() is None
        port = make_url(postgres_url).port
        _blkdesk_role(postgres_url)
        dialog.port.setValue(port)
        # The throwaway server trusts loopback, so any password opens it.
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert dialog.url.startswith(f"postgresql+psycopg://blkdesk:rahasia@127.0.0.1:{port}/")
    finally:
        window.guard.idle.stop()


@pytest.fixture
def server_home(monkeypatch):
    with office_home(monkeypatch) as home:
        # Loopback only in tests: nothing listens on the real network interface.
        real_create = office_server.create
        monkeypatch.setattr(
            office_server, "create",
            lambda port=0, bindir=None, listen="*": real_create(free_port(), bindir, "127.0.0.1"),
        )  # fmt: skip
        yield home


def test_make_this_pc_the_server_moves_every_record_and_restarts_on_it(
    qtbot, server_home, monkeypatch
):
    path = server_home / "blkdesk.sqlite"
    demo.build(str(path), trainees=60, seed=4, years=1)
    db = open_database(resolve_url(str(path)))
    with db.session() as s:
        trainees = s.scalar(select(func.count(Trainee.id)))
        audits = s.scalar(select(func.count(AuditEvent.id)))
    boxes = Boxes(monkeypatch)
    window, tab = _window(qtbot, db)
    try:
        with qtbot.waitSignal(tab.restart_requested, timeout=240_000):
            qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
        kinds = [k for k, _ in boxes.shown]
        assert kinds == ["question", "information"], boxes.shown
        config = office_server.load_config()
        done = boxes.shown[-1][1]
        assert f"Kata sandi untuk PC lain: {config.password}" in done
        assert "checksum setiap tabel cocok" in done and "firewall" in done
        assert window.restart_requested
    finally:
        window.guard.idle.stop()
        db.dispose()
    assert resolve_url(None) == config.url()
    server = open_database(resolve_url(None))
    try:
        with server.session() as s:
            assert s.scalar(select(func.count(Trainee.id))) == trainees
            assert s.scalar(select(func.count(AuditEvent.id))) == audits
    finally:
        server.dispose()


def test_find_lists_the_servers_that_answered_and_fills_the_address(qtbot, db, monkeypatch):
    # The real mDNS browse runs in test_discovery, inside a network namespace of its own; here
    # no multicast may leave the machine, so the answer is given.
    answered = [discovery.Found("UPTD BLK Lebak", "192.168.1.10", 5433)]
    monkeypatch.setattr(discovery, "browse", lambda *a, **k: answered)
    window, tab = _window(qtbot, db)
    try:
        dialog = ConnectDialog(tab)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.found.count() == 1)
        assert dialog.found.currentText() == "UPTD BLK Lebak · 192.168.1.10:5433"
        assert (dialog.host.text(), dialog.port.value()) == ("192.168.1.10", 5433)
        assert "1 server kantor ditemukan" in dialog.result_label.text()
        monkeypatch.setattr(discovery, "browse", lambda *a, **k: [])
        qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.found.count() == 0)
        assert "ketik alamatnya" in dialog.result_label.text()
    finally:
        window.guard.idle.stop()


def test_the_servers_found_are_named_whole_and_a_long_answer_squeezes_no_field(qtbot, monkeypatch):
    # Two BLKs' names differ only at their end; each is told apart in the closed list too.
    answered = [
        discovery.Found("UPTD Balai Latihan Kerja Kabupaten Lebak", "192.168.50.30", 5433),
        discovery.Found("UPTD Balai Latihan Kerja Kabupaten Serang", "192.168.50.10", 5432),
    ]
    monkeypatch.setattr(discovery, "browse", lambda *a, **k: answered)
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.found.count() == 2)
    for index in range(2):
        dialog.found.setCurrentIndex(index)
        shown = dialog.found.fontMetrics().horizontalAdvance(dialog.found.currentText())
        assert dialog.found.width() > shown

    def unusual(*_args, **_kwargs):  # the system's own words, the longest a search can say
        raise OSError(errno.EIO, "the network adapter reported an unexpected condition while "
                      "joining the multicast group of the local network")  # fmt: skip

    monkeypatch.setattr(discovery, "browse", unusual)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.find_button.isEnabled)
    assert "multicast group" in dialog.result_label.text()
    assert dialog.height() >= dialog.body.totalHeightForWidth(dialog.width())
    for field in (dialog.host, dialog.port, dialog.password):
        assert field.height() >= field.sizeHint().height()


def test_the_dialog_grown_for_a_long_server_name_stays_centred_over_its_window(qtbot, monkeypatch):
    """It grew rightwards from its top-left corner, off-centre from Pengaturan and past the
    right edge of a 1366-pixel screen."""
    long_name = "UPTD Balai Latihan Kerja Kabupaten Pandeglang"
    answered = [discovery.Found(long_name, "192.168.50.30", 5433)]
    monkeypatch.setattr(discovery, "browse", lambda *a, **k: answered)
    parent = QWidget()
    qtbot.addWidget(parent)
    screen = parent.screen().availableGeometry()
    parent.setGeometry(screen)
    parent.show()
    dialog = ConnectDialog(parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    centre, width = dialog.frameGeometry().center(), dialog.width()
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.found.count() == 1)
    assert width < dialog.width() < screen.width()  # it grew for the name...
    moved = dialog.frameGeometry().center() - centre
    assert abs(moved.x()) <= 1 and abs(moved.y()) <= 1  # ...about its centre
    assert screen.contains(dialog.frameGeometry())
    dialog.reject()


def test_the_wizards_join_button_is_clicked_without_an_error_for_the_empty_code(
    qtbot, empty_db, monkeypatch
):
    from blkdesk.ui.wizard import SetupWizard

    monkeypatch.setattr(ConnectDialog, "exec", lambda dialog: 0)  # the clerk thinks again
    wizard = SetupWizard(empty_db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.inst_page
    page.code.setFocus()
    qtbot.waitUntil(page.code.hasFocus)
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    assert page.errors.labels["code"].isHidden()
    assert page.code.hasFocus()


def test_the_first_run_wizard_joins_the_office_server_instead(qtbot, empty_db, monkeypatch):
    from blkdesk.ui import app
    from blkdesk.ui.wizard import SetupWizard

    url = "postgresql+psycopg://blkdesk:rahasia@192.168.1.10:5432/blkdesk"

    def connected(dialog):
        # The connection test itself is covered above; here the clerk's answer is given.
        dialog.url = url
        return 1

    monkeypatch.setattr(ConnectDialog, "exec", connected)
    wizard = SetupWizard(empty_db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.inst_page.join_button, Qt.MouseButton.LeftButton)
    assert wizard.connected and not wizard.isVisible()
    assert paths.remembered_server() == url == resolve_url(None)
    # At start-up the same answer makes BLKDesk open the server instead of this empty file.
    connection.forget()
    monkeypatch.setattr(SetupWizard, "exec", lambda w: w.join_office_server() or 0)
    with pytest.raises(app.Reopen):
        app.login_and_show(empty_db)
    assert paths.remembered_server() == url


def test_a_search_that_cannot_listen_says_why_in_english(qtbot, db, monkeypatch, english):
    def taken(*_args, **_kwargs):  # another program holds the discovery port
        raise OSError(errno.EADDRINUSE, os.strerror(errno.EADDRINUSE))

    monkeypatch.setattr(discovery, "browse", taken)
    window, tab = _window(qtbot, db)
    try:
        dialog = ConnectDialog(tab)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.find_button.isEnabled)
        assert dialog.result_label.text() == (
            "The search could not run (the search port is in use by another program); type the "
            "address below."
        )
    finally:
        window.guard.idle.stop()


def test_a_server_with_too_many_clients_tells_the_clerk_to_close_one_in_english(qtbot, db, english):
    with server() as srv:
        if srv is None:
            pytest.skip("no PostgreSQL server could be started here")
        assert srv.restart_with(max_connections=3, superuser_reserved_connections=0)
        held = [psycopg.connect(host="127.0.0.1", port=srv.port, user="blk", dbname="blkdesk")
                for _ in range(3)]  # fmt: skip
        window, tab = _window(qtbot, db)
        try:
            dialog = ConnectDialog(tab)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.keyClicks(dialog.host, "127.0.0.1")
            dialog.port.setValue(srv.port)
            qtbot.keyClicks(dialog.password, "rahasia")
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
            assert dialog.result_label.text() == (
                f"The office server 127.0.0.1:{srv.port} already serves too many PCs or BLKDesk "
                "windows; close BLKDesk on a PC that is not in use, or ask the administrator."
            )
            assert dialog.isVisible() and paths.remembered_server() is None
        finally:
            window.guard.idle.stop()
            for conn in held:
                conn.close()
