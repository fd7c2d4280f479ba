"""A clerk's PC starts against the office server it remembers, and that server does not open
(moved to another port, or made again with a new password): the clerk changes the connection
from the start-up itself instead of being left with a sentence and a closed BLKDesk."""

from collections.abc import Callable, Iterator

import psycopg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.engine import make_url

from blkdesk.core.storage import connection, office_server, paths
from blkdesk.ui import app as app_module
from blkdesk.ui.screens.settings.office_tab import ConnectDialog
from tests.support.postgres import Server, free_port, server

pytestmark = pytest.mark.postgres


@pytest.fixture
def office() -> Iterator[Server]:
    with server() as srv:
        if srv is None:
            pytest.skip("no PostgreSQL server could be started here")
        with psycopg.connect(host="127.0.0.1", port=srv.port, user="blk", dbname="blkdesk",
                             autocommit=True) as conn:  # fmt: skip
            # What clients log in as; on a real office server it owns the database.
            conn.execute(f"CREATE ROLE {office_server.USER} LOGIN SUPERUSER")
        yield srv


def answer_in_turn(qtbot, answers: list[tuple[type[QWidget], Callable[[QWidget], None]]]) -> list:
    """Each modal dialog, as it opens, is answered by the next of `answers` (kind, drive)."""
    seen: list[QWidget] = []

    def run() -> None:
        if len(seen) == len(answers):
            return
        kind, drive = answers[len(seen)]
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible() or dialog in seen:
            QTimer.singleShot(20, run)
            return
        seen.append(dialog)
        drive(dialog)
        QTimer.singleShot(20, run)

    QTimer.singleShot(0, run)
    return seen


def _press(label: str, offered: list[str] | None = None) -> Callable[[QWidget], None]:
    """Clicks the button `label`; a box without it is closed (the test then fails on `offered`,
    the labels the box had), so that a missing button never leaves the test waiting."""

    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        buttons = {b.text(): b for b in box.buttons()}
        if offered is not None:
            offered.extend(buttons)
        if label in buttons:
            buttons[label].click()
        else:
            box.done(0)

    return press


def test_a_server_that_moved_is_connected_anew_from_the_start_up(qtbot, office):
    moved_from = free_port()
    old = connection.server_url(
        "127.0.0.1", moved_from, "lama", office_server.USER, office_server.DATABASE
    )
    connection.remember(old)
    said: list[str] = []
    offered: list[str] = []

    def note(box: QWidget) -> None:
        said.extend((box.text(), box.informativeText()))
        _press("Tutup", offered)(box)

    answer_in_turn(qtbot, [(QMessageBox, note)])
    assert app_module.open_or_explain(None) is None  # the clerk closes: nothing changes
    assert said == [f"PC server kantor 127.0.0.1 menyala, tetapi server BLKDesk tidak berjalan "
                    f"di port {moved_from}; buka BLKDesk di PC server itu, atau periksa port-nya "
                    "bila server dipindah.",
                    "Coba lagi setelah masalah di atas teratasi, atau hubungkan ke server kantor "
                    "dengan alamat dan kata sandi yang ditampilkan BLKDesk di PC server."
                    ]  # fmt: skip
    assert sorted(offered) == ["Coba lagi", "Tutup", "Ubah koneksi…"]
    assert make_url(paths.remembered_server()).port == moved_from

    def connect(dialog: QWidget) -> None:
        assert isinstance(dialog, ConnectDialog)
        qtbot.keyClicks(dialog.host, "127.0.0.1")
        dialog.port.setValue(office.port)
        qtbot.keyClicks(dialog.password, "baru")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    answered = answer_in_turn(qtbot, [(QMessageBox, _press("Ubah koneksi…")),
                                      (ConnectDialog, connect)])  # fmt: skip
    opened = app_module.open_or_explain(None)
    try:
        assert opened is not None and len(answered) == 2
        assert make_url(opened.db.url).port == office.port
        assert make_url(paths.remembered_server()).port == office.port
    finally:
        if opened is not None:
            opened.close()
