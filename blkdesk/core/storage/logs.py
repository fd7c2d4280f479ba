"""The log file: a rotating file in the data folder, so a clerk has something to send when a
problem cannot be reproduced in front of the IT officer."""

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from blkdesk.core.storage.paths import log_dir

LOG_NAME = "blkdesk.log"
# Five files of one megabyte: weeks of normal use, and never more than a few MB on an old disk.
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class ScrubbingFormatter(logging.Formatter):
    """Tracebacks go to the file as the crash report writes them: exception messages (which can
    quote a NIK, a name or a phone number from a failed statement) masked, the code path kept."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler (pytest's, a console) may have cached the raw traceback on the record.
        own = logging.makeLogRecord(record.__dict__)
        own.exc_text = None
        if isinstance(own.args, tuple) and any(isinstance(a, BaseException) for a in own.args):
            from blkdesk.core.storage.crashreport import scrubbed

            # `log.warning("…: %s", exc)` quotes the exception's message: masked as above.
            own.args = tuple(scrubbed(a) if isinstance(a, BaseException) else a for a in own.args)
        return super().format(own)

    def formatException(self, ei: Any) -> str:
        from blkdesk.core.storage.crashreport import build_report

        exc_type, exc, tb = ei
        if exc is None:
            return ""
        return build_report(exc_type, exc, tb).rstrip()


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
    handler.setFormatter(ScrubbingFormatter(FORMAT))
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
