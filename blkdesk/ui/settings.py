"""Per-PC preferences (language, window geometry) in an INI file in the data folder."""

from PySide6.QtCore import QSettings

from blkdesk.core.storage.paths import data_dir


def app_settings() -> QSettings:
    return QSettings(str(data_dir() / "blkdesk.ini"), QSettings.Format.IniFormat)
