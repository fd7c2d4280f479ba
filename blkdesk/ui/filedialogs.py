"""File dialogs that never open the files they list.

Qt's own file dialog (used on Linux; GTK's would do the same) asks the MIME database for each
file's type and icon, and for a name it does not recognise, such as `blk.sqlite`, it reads the
first bytes of the file. Opening and closing any descriptor of the database file inside the
BLKDesk process drops every POSIX (fcntl) lock SQLite holds on it: the next outside reader (a
`sqlite3` shell, an antivirus scan) then believes it is the last user, checkpoints and deletes
the running app's `-wal` and `-shm` files, and the app's next write fails with "disk I/O error"
(tests/test_file_dialog_locks.py reproduces it with a plain QFileDialog).

So every file dialog BLKDesk shows uses Qt's widget dialog with an icon provider that decides
types and icons from names alone. `install()` routes QFileDialog's static functions
(getOpenFileName, getSaveFileName, ...) through it, so every caller in the code, present and
future, gets the safe dialog; Windows keeps its native dialog, which has no such locks.
"""

import re
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

_installed: list[bool] = []


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name; the file itself is never opened."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()

    def icon(self, what: Any) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = (
                QFileIconProvider.IconType.Folder
                if what.isDir()
                else QFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Folder"
        # Matched on the name only: mimeTypeForFile(info) would read the file's first bytes.
        types = self._mime.mimeTypesForFileName(info.fileName())
        return types[0].comment() if types else (info.suffix().upper() or "Berkas")


class FileDialog(QFileDialog):
    """Qt's widget file dialog with the name-only icon provider."""

    def __init__(
        self,
        parent: QWidget | None = None,
        caption: str = "",
        directory: str = "",
        filter: str = "",
    ) -> None:
        super().__init__(parent, caption, directory, filter)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self._provider = NameOnlyIconProvider()
        self.setIconProvider(self._provider)


def _run(dialog: FileDialog, selected_filter: str | None) -> bool:
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    return bool(dialog.exec())


def _args(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, str, str, str, Any]:
    names = ("parent", "caption", "dir", "filter", "selectedFilter", "options")
    values = dict(zip(names, args, strict=False)) | kwargs
    return (values.get("parent"), values.get("caption", "") or "", values.get("dir", "") or "",
            values.get("filter", "") or "", values.get("selectedFilter"))  # fmt: skip


def get_open_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    parent, caption, directory, name_filter, selected = _args(args, kwargs)
    dialog = FileDialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not _run(dialog, selected):
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def get_open_file_names(*args: Any, **kwargs: Any) -> tuple[list[str], str]:
    parent, caption, directory, name_filter, selected = _args(args, kwargs)
    dialog = FileDialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if not _run(dialog, selected):
        return [], ""
    return dialog.selectedFiles(), dialog.selectedNameFilter()


def _suffix_of(name_filter: str) -> str:
    """The file type a filter such as "Buku kerja Excel (*.xlsx)" saves: "xlsx" ("" for none)."""
    match = re.search(r"\*\.(\w+)", name_filter)
    return match.group(1) if match else ""


def get_save_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    parent, caption, directory, name_filter, selected = _args(args, kwargs)
    dialog = FileDialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    # A name typed without its type gets the chosen filter's (`laporan` → `laporan.xlsx`), as
    # Windows' own dialog does: a file without it opens in nothing on a double click.
    dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(_suffix_of(chosen)))
    if selected:
        dialog.selectNameFilter(selected)
    dialog.setDefaultSuffix(_suffix_of(dialog.selectedNameFilter()))
    if not _run(dialog, None):
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def get_existing_directory(*args: Any, **kwargs: Any) -> str:
    parent, caption, directory, _filter, _selected = _args(args, kwargs)
    dialog = FileDialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not _run(dialog, None):
        return ""
    return dialog.selectedFiles()[0]


_SAFE: dict[str, Callable[..., Any]] = {
    "getOpenFileName": get_open_file_name,
    "getOpenFileNames": get_open_file_names,
    "getSaveFileName": get_save_file_name,
    "getExistingDirectory": get_existing_directory,
}


def install() -> None:
    """Route QFileDialog's static functions through FileDialog (idempotent; not on Windows)."""
    if sys.platform == "win32" or _installed:
        return
    for name, function in _SAFE.items():
        setattr(QFileDialog, name, staticmethod(function))
    _installed.append(True)
