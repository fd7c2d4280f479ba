"""Where BLKDesk keeps its files. `BLKDESK_DATA_DIR` redirects everything (tests, portable use)."""

import os
from pathlib import Path

import platformdirs

APP_NAME = "BLKDesk"


def data_dir() -> Path:
    override = os.environ.get("BLKDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "blkdesk.sqlite"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
