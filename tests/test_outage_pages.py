"""The office server goes away while the clerk opens a page: the box says why and what to do
(asked of the server's PC off the GUI thread), the sidebar still names the page shown, and the
page that could not be built leaves nothing behind. The status bar says why as well, for as long
as the outage lasts. A clerk typing an applicant meanwhile hears of it at Simpan, not mid-NIK."""

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from blkdesk.core.storage import connection
from blkdesk.ui import crash
from blkdesk.ui.context import AppContext
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens.trainees.form import TraineeForm
from blkdesk.ui.screens.trainees.page import TraineesPage
from tests.support.office_window import office_window
from tests.support.postgres import Server
from tests.support.registrants import type_siti

pytestmark = pytest.mark.postgres


@pytest.fixture
def outage(qtbot, qapp, monkeypatch) -> Iterator[tuple[Server, MainWindow, list[str]]]:
    """A window on a running office server, its crash handler installed; `said` collects the
    boxes' sentences (closed as they open)."""
    said: list[str] = []
    # The box really opens and is closed as the clerk would: its own event loop runs inside
    # whatever was happening when it opened (a click on the sidebar), as in the real GUI.
    closer = QTimer(interval=50)

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            said.append(box.text())
            box.done(0)

    closer.timeout.connect(close_box)
    closer.start()
    with office_window() as (srv, db, window):
        window.resize(1366, 768)
        handler = crash.CrashHandler()
        handler.server_url = db.url
        handler.install()
        try:
            assert window.live is not None
            qtbot.waitUntil(lambda: window.live.listener.up is True, timeout=30_000)
            yield srv, window, said
        finally:
            closer.stop()
            handler.uninstall()


def _click_sidebar(qtbot, window: MainWindow, title: str) -> None:
    sidebar = window.sidebar
    item = next(sidebar.item(i) for i in range(sidebar.count()) if sidebar.item(i).text() == title)
    centre: QPoint = sidebar.visualItemRect(item).center()
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=centre)


@pytest.fixture
def asked_on(monkeypatch) -> list[threading.Thread]:
    """The threads on which the server's PC was asked why it cannot be reached."""
    threads: list[threading.Thread] = []
    ask = connection.unreachable_message

    def asked(url: str, exc: BaseException) -> str:
        threads.append(threading.current_thread())
        return ask(url, exc)

    monkeypatch.setattr(connection, "unreachable_message", asked)
    return threads


def test_a_page_opened_while_the_server_is_stopped_says_why_and_what_to_do(qtbot, outage, asked_on):
    srv, window, said = outage
    srv.kill()
    _click_sidebar(qtbot, window, "Kehadiran")
    qtbot.waitUntil(lambda: len(said) == 1, timeout=15_000)
    assert asked_on and threading.main_thread() not in asked_on
    # The server's PC answers, but nothing listens on the port: the box says so, and who fixes it.
    assert f"tidak berjalan di port {srv.port}" in said[0]
    assert "buka BLKDesk di PC server itu" in said[0]
    assert "BLKDesk menyambung lagi sendiri; data yang sudah disimpan tetap aman." in said[0]


def test_a_page_opened_during_an_outage_is_the_one_the_sidebar_names_and_fills_once_back(
    qtbot, outage
):
    """Peserta's list cannot be read: the box says why, the page opens empty with its sidebar
    row, and its list is read by itself once the server answers again."""
    srv, window, said = outage
    _click_sidebar(qtbot, window, "Kehadiran")
    srv.kill()
    _click_sidebar(qtbot, window, "Peserta")
    qtbot.waitUntil(lambda: len(said) == 1, timeout=15_000)
    page = window.stack.currentWidget()
    assert isinstance(page, TraineesPage)
    assert page.count_label.text() == ""
    assert window.sidebar.currentRow() == window.stack.currentIndex()
    assert [i.row() for i in window.sidebar.selectedIndexes()] == [window.stack.currentIndex()]
    assert srv.start()
    qtbot.waitUntil(lambda: page.count_label.text() == "0 peserta ditemukan", timeout=30_000)
    assert len(said) == 1


def test_a_page_whose_build_fails_leaves_nothing_behind_and_is_built_on_the_next_visit(
    qtbot, outage, monkeypatch
):
    """No page reads the database while it is built, but a build that fails half-way (here the
    server going as it ends) must leave none of its widgets as hidden windows of their own, and
    the next visit builds the page afresh."""
    srv, window, said = outage
    build = TraineesPage.__init__

    def half_built(page: TraineesPage, ctx: AppContext) -> None:
        build(page, ctx)
        srv.kill()
        with ctx.db.session() as s:
            s.execute(text("SELECT 1"))

    monkeypatch.setattr(TraineesPage, "__init__", half_built)
    before = set(QApplication.topLevelWidgets())
    _click_sidebar(qtbot, window, "Peserta")
    qtbot.waitUntil(lambda: len(said) == 1, timeout=15_000)
    qtbot.waitUntil(lambda: set(QApplication.topLevelWidgets()) == before, timeout=5_000)
    assert not any(isinstance(p, TraineesPage) for p in window.pages)
    assert not isinstance(window.stack.currentWidget(), TraineesPage)
    assert window.sidebar.currentRow() == window.stack.currentIndex()
    # Back, the next visit builds the page afresh and shows its list.
    monkeypatch.setattr(TraineesPage, "__init__", build)
    assert srv.start()
    qtbot.waitUntil(lambda: window.live.listener.up is True, timeout=30_000)
    _click_sidebar(qtbot, window, "Peserta")
    page = window.stack.currentWidget()
    assert isinstance(page, TraineesPage)
    assert page.view.isVisible() and page.view.window() is window
    assert page.count_label.text() == "0 peserta ditemukan"


def test_the_status_bar_says_why_the_server_is_away_while_it_is_and_clears_once_it_is_back(
    qtbot, outage, asked_on
):
    srv, window, _said = outage
    bar = window.server_label
    srv.kill()
    # Nothing listens on the port: the clerk is sent to the server's PC.
    qtbot.waitUntil(lambda: f"tidak berjalan di port {srv.port}" in bar.text(), timeout=30_000)
    assert bar.isVisible()
    assert bar.text() == (
        f"PC server kantor 127.0.0.1 menyala, tetapi server BLKDesk tidak berjalan di port "
        f"{srv.port}; buka BLKDesk di PC server itu, atau periksa port-nya bila server dipindah "
        "— BLKDesk mencoba menyambung lagi…"
    )
    # The server comes up but stays in recovery (SQLSTATE 57P03): the sentence follows it.
    (srv.data / "standby.signal").write_text("", encoding="utf-8")
    assert srv.restart_with(hot_standby="off")
    qtbot.waitUntil(lambda: "sedang dinyalakan, dimatikan atau dipulihkan" in bar.text(),
                    timeout=30_000)  # fmt: skip
    assert bar.text().endswith("bila tetap begini, buka BLKDesk di PC server itu — BLKDesk "
                               "mencoba menyambung lagi…")  # fmt: skip
    assert asked_on and threading.main_thread() not in asked_on
    # Back: the cause gives way to a short word that BLKDesk is connected, then to nothing.
    srv.kill()
    (srv.data / "standby.signal").unlink()
    assert srv.start()
    qtbot.waitUntil(lambda: bar.text() == "Tersambung lagi ke server kantor.", timeout=30_000)
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=10_000)


def test_an_applicant_typed_during_an_outage_hears_of_it_at_simpan_not_at_the_nik(qtbot, outage):
    """At the NIK's 16th digit the form asks whether it is taken: with the server away that
    question is left to Simpan, and no box about a page that could not be loaded interrupts the
    typing. Simpan says why, and the form keeps everything typed."""
    srv, window, said = outage
    form = TraineeForm(window.ctx)
    qtbot.addWidget(form)
    form.show()
    srv.kill()
    type_siti(qtbot, form)
    qtbot.wait(500)  # a box the crash handler would open, asked off the GUI thread
    assert said == []
    typed = form.values()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=15_000)
    assert f"tidak berjalan di port {srv.port}" in said[0]
    assert said[0].endswith("Perubahan ini belum tersimpan; coba simpan lagi.")
    assert form.isVisible() and form.values() == typed
