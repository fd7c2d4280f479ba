"""What went wrong, in one Indonesian sentence, for failures that are not bugs.

A full disk, a folder without permission, a database another program holds locked or a workbook
with a damaged part are the office's everyday troubles, not BLKDesk's errors: the clerk gets what
happened and what to do, never a traceback. Both faces use `explain`: the CLI prints it and exits
non-zero, the GUI shows it in a dialog instead of the crash report. Only the exception's type and
errno are read, never its text, which may quote a trainee's data.
"""

import errno
import logging
import sqlite3
import zipfile
import zlib

from blkdesk.core.errors import BlkError
from blkdesk.core.sentences import Sentence, clause
from blkdesk.core.storage.safefile import os_error_text

LOCKED = Sentence(
    "Database sedang dikunci oleh proses lain (mis. impor atau pencadangan yang masih berjalan). "
    "Tunggu sampai selesai, lalu ulangi."
)
DISK_FULL = Sentence(
    "Disk penuh. Kosongkan ruang disk, lalu ulangi; data yang sudah tersimpan tetap utuh."
)
READ_ONLY = Sentence(
    "Database hanya bisa dibaca (izin berkas atau disk yang dikunci); perubahan tidak disimpan."
)
CANNOT_OPEN = Sentence("Berkas database tidak dapat dibuka; periksa jalurnya dan izin foldernya.")
DISK_IO = Sentence(
    "Disk gagal membaca atau menulis database; periksa disk, lalu jalankan Periksa Database."
)
CORRUPT = Sentence(
    "Berkas database rusak. Pulihkan dari cadangan yang baik (Pengaturan › Cadangan)."
)
BROKEN_FILE = Sentence(
    "Berkas yang dibuka rusak atau terpotong; simpan ulang dari programnya, lalu ulangi."
)

_SQLITE_CODES = {
    5: LOCKED,  # SQLITE_BUSY
    6: LOCKED,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY
    10: DISK_IO,  # SQLITE_IOERR
    11: CORRUPT,  # SQLITE_CORRUPT
    13: DISK_FULL,  # SQLITE_FULL
    14: CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: CORRUPT,  # SQLITE_NOTADB
}


def _sqlite(exc: sqlite3.Error) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    # Older SQLite bindings carry no code: the engine's own fixed phrases are safe to match.
    text = str(exc).lower()
    for phrase, message in (
        ("locked", LOCKED),
        ("disk is full", DISK_FULL),
        ("readonly", READ_ONLY),
        ("unable to open", CANNOT_OPEN),
        ("disk i/o", DISK_IO),
        ("malformed", CORRUPT),
        ("not a database", CORRUPT),
    ):
        if phrase in text:
            return message
    return None


_log = logging.getLogger(__name__)


def cause(exc: BaseException) -> str:
    """Why `exc` happened, for the blank of a sentence that says what failed ("… cannot be read
    for the backup: {error}."): a common cause (a full disk, a locked or read-only database, a
    failing disk, no permission, a file open in another program, a missing path) as its clear
    sentence in the clerk's language, without the final full stop; anything else as the error's
    own text, the only clue there is. The raw text goes to the log either way."""
    _log.warning("%s: %s", type(exc).__name__, exc)
    known = explain(exc)
    return clause(known) if known is not None else str(exc)


def explain(exc: BaseException) -> str | None:
    """One sentence for an environmental failure, or None for a real bug (crash report)."""
    if isinstance(exc, BlkError):
        return exc.said
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _one(current)
        if found:
            return found
        current = current.__cause__ or current.__context__
    return None


def _one(exc: BaseException) -> str | None:
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, BlkError):
        return exc.said
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return _one(exc.orig)
    if isinstance(exc, sqlite3.Error):
        return _sqlite(exc)
    if type(exc).__module__.startswith("psycopg"):
        return _postgres(exc)
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DISK_FULL
        if exc.filename:
            return Sentence(
                "Berkas atau folder tidak dapat dipakai ({name}): {reason}",
                name=exc.filename,
                reason=os_error_text(exc),
            )
        return Sentence(
            "Berkas atau folder tidak dapat dipakai: {reason}", reason=os_error_text(exc)
        )
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
        return BROKEN_FILE
    if isinstance(exc, MemoryError):
        return Sentence(
            "Memori komputer tidak cukup untuk pekerjaan ini; tutup program lain, lalu ulangi."
        )
    return None


def _postgres(exc: BaseException) -> str | None:
    state = str(getattr(exc, "sqlstate", "") or "")
    if state.startswith("08"):
        return Sentence(
            "Sambungan ke server database terputus; periksa jaringan atau server, lalu ulangi."
        )
    if state in ("55P03", "40P01", "40001"):
        return LOCKED
    if state == "53100":
        return Sentence("Disk server database penuh; hubungi pengelola server.")
    if state.startswith("22"):
        return Sentence("Isian terlalu panjang atau tidak sesuai untuk database; periksa isiannya.")
    if state in {"28P01", "28000"}:
        return Sentence("Server database menolak login; periksa nama pengguna dan kata sandinya.")
    return None
