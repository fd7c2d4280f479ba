"""Asking where to save a file: in the folder last used on this PC, else the user's Documents.

A bare suggested file name made Qt's dialog open in the program's working folder (on Windows,
the installation folder), where a clerk cannot find the file again.
"""

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from blkdesk.ui.settings import app_settings

KEY = "paths/last_save_folder"


def start_folder() -> Path:
    last = str(app_settings().value(KEY, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_save_path(parent: QWidget, title: str, filename: str, filters: str) -> Path | None:
    """The path the clerk chose (None when cancelled); its folder is remembered."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start_folder() / filename), filters
    )
    if not path:
        return None
    chosen = Path(path)
    settings = app_settings()
    settings.setValue(KEY, str(chosen.parent))
    settings.sync()
    return chosen
