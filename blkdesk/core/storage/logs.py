"""The log file: a rotating file in the data folder, so a clerk has something to send when a
problem cannot be reproduced in front of the IT officer."""

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from blkdesk.core.storage.paths import log_dir

LOG_NAME = "blkdesk.log"
# Five files of one megabyte: weeks of normal use, and never more than a few MB on an old disk.
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> RotatingFileHandler:
    """Send the root logger to the rotating file (once per file); returns the file handler."""
    root = logging.getLogger()
    path = log_file()
    for existing in root.handlers:
        if isinstance(existing, RotatingFileHandler) and Path(existing.baseFilename) == path:
            return existing
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    # SQLAlchemy and Alembic chatter at INFO would bury our own lines.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger(__name__).info(
        "BLKDesk dimulai (Python %s, %s)", sys.version.split()[0], sys.platform
    )
    return handler
