"""A file dialog opened in the database's folder must not drop SQLite's locks (issue: an outside
sqlite3 read deleted the running app's -wal and -shm files after "Simpan PDF" had been opened
there). Qt's dialog reads unknown files' first bytes to guess their type; opening and closing the
database file inside the process drops every POSIX lock SQLite holds on it."""

import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel
from sqlalchemy import func, select

from blkdesk.core.access import auth
from blkdesk.core.models import User
from blkdesk.core.storage.integrity import quick_check
from blkdesk.ui import filedialogs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")


def _companions(path):
    return {s: path.with_name(path.name + s).exists() for s in ("-wal", "-shm")}


def _browse_until_typed(qtbot, dialog: QFileDialog, folder) -> None:
    """Show the dialog on `folder` until its model has typed every file (what sniffed them)."""
    dialog.setDirectory(str(folder))
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    root = model.index(str(folder))

    def typed() -> bool:
        rows = model.rowCount(root)
        names = {model.index(r, 0, root).data() for r in range(rows)}
        return "blk.sqlite" in names and all(model.index(r, 2, root).data() for r in range(rows))

    qtbot.waitUntil(typed, timeout=10_000)
    dialog.close()


def _outside_read(path) -> str:
    done = subprocess.run(
        ["sqlite3", str(path), "SELECT count(*) FROM app_user"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout.strip()


def _write_user(db, admin, name):
    with db.transaction() as s:
        auth.create_user(s, admin, name, "Pengguna", "viewer", "Sandi1234")


@pytest.fixture
def sqlite3_shell():
    if subprocess.run(["which", "sqlite3"], capture_output=True).returncode:
        pytest.skip("the sqlite3 shell is not installed")


def test_a_plain_qt_file_dialog_drops_the_locks(qtbot, db, admin, sqlite3_shell):
    """The hazard itself, so the fix below is known to address something real here."""
    _write_user(db, admin, "pertama")
    assert all(_companions(db.path).values())
    plain = QFileDialog(None, "x")
    plain.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(plain)
    _browse_until_typed(qtbot, plain, db.path.parent)
    _outside_read(db.path)
    if all(_companions(db.path).values()):
        pytest.skip("this system's MIME database did not sniff the database file")
    assert not any(_companions(db.path).values())  # what the issue saw


def test_blkdesk_file_dialogs_leave_sqlite_undisturbed(qtbot, db, admin, sqlite3_shell):
    filedialogs.install()
    _write_user(db, admin, "sebelum")
    dialog = filedialogs.FileDialog(None, "Simpan PDF", str(db.path.parent))
    qtbot.addWidget(dialog)
    _browse_until_typed(qtbot, dialog, db.path.parent)
    assert _outside_read(db.path) == "2"
    assert _companions(db.path) == {"-wal": True, "-shm": True}
    _write_user(db, admin, "sesudah")  # BLKDesk keeps working...
    assert _outside_read(db.path) == "3"  # ...and an outside reader sees its work
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 3
    db.dispose()
    assert quick_check(db.path).ok


def test_the_static_functions_go_through_the_safe_dialog(qtbot, tmp_path):
    filedialogs.install()
    (tmp_path / "laporan.pdf").write_bytes(b"%PDF")
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, answer)
    assert QFileDialog.getSaveFileName(None, "Simpan", str(tmp_path), "PDF (*.pdf)") == ("", "")
    assert isinstance(seen[0], filedialogs.FileDialog)
    assert isinstance(seen[0].iconProvider(), filedialogs.NameOnlyIconProvider)


def test_type_names_come_from_names_only(tmp_path):
    from PySide6.QtCore import QFileInfo

    secret = tmp_path / "blk.sqlite"
    conn = sqlite3.connect(secret)
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    secret.chmod(0)  # even a file nobody may read gets its type
    provider = filedialogs.NameOnlyIconProvider()
    assert provider.type(QFileInfo(str(secret))) == "SQLITE"
    assert provider.type(QFileInfo(str(tmp_path))) == "Folder"
    assert not provider.icon(QFileInfo(str(secret))).isNull()


@pytest.mark.parametrize(
    ("typed", "chosen_filter", "saved"),
    [
        ("laporan", None, "laporan.xlsx"),  # the type the dialog offers
        ("laporan.xlsx", None, "laporan.xlsx"),  # never twice
        ("rekap", "PDF (*.pdf)", "rekap.pdf"),  # the filter chosen, not the first
    ],
)
def test_a_name_typed_without_its_type_gets_the_filters(qtbot, tmp_path, typed, chosen_filter,
                                                        saved):  # fmt: skip
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QLineEdit

    filedialogs.install()

    def answer():
        dialog = QApplication.activeModalWidget()
        if chosen_filter:  # picked in the dialog's list of types, as a clerk does
            types = dialog.findChild(QComboBox, "fileTypeCombo")
            while types.currentText() != chosen_filter:
                qtbot.keyClick(types, Qt.Key.Key_Down)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        qtbot.keyClicks(name, typed)
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    path, _filter = QFileDialog.getSaveFileName(
        None, "Simpan", str(tmp_path), "Buku kerja Excel (*.xlsx);;PDF (*.pdf)"
    )
    assert path == str(tmp_path / saved)
