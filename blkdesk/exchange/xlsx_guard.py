"""Checking an .xlsx before any XML parser sees it: size, real zip, no encryption, no zip bomb.

An .xlsx is a zip of XML parts. Everything here reads only the zip's directory, so a hostile file
is refused before it can cost memory or time; the XML itself is then parsed by openpyxl through
defusedxml (entity expansion and external entities refused).
"""

import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl.xml
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from blkdesk.core.errors import ValidationError
from blkdesk.core.sentences import Sentence, megabytes
from blkdesk.core.sentences import number as counted

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, per part
MAX_PARTS = 5000
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


class RefusedFile(ValidationError):
    """The file is not something BLKDesk will open; nothing was read from it."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="file")


def check_xlsx(
    path: Path,
    *,
    max_bytes: int | None = None,
    max_uncompressed: int | None = None,
) -> None:
    """Refuse the file (RefusedFile) unless it is a plain, reasonably sized .xlsx.

    The limits default to a registrant list's; a BLK's sync workbook is larger by design.
    """
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    max_uncompressed = MAX_UNCOMPRESSED_BYTES if max_uncompressed is None else max_uncompressed
    if not openpyxl.xml.DEFUSEDXML:
        raise RefusedFile(Sentence("Pustaka defusedxml belum terpasang; pasang ulang BLKDesk."))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
            ole_body = handle.read(64 * 1024) if head == _OLE else b""
    except OSError as exc:
        from blkdesk.core.storage.safefile import os_error_text

        raise RefusedFile(
            Sentence(
                "Berkas {name} tidak dapat dibaca: {reason}",
                name=path.name,
                reason=os_error_text(exc),
            )
        ) from exc
    if size > max_bytes:
        raise RefusedFile(
            Sentence(
                "Berkas terlalu besar ({size}); maksimal {most}. Pisahkan menjadi beberapa berkas.",
                size=megabytes(size),
                most=megabytes(max_bytes),
            )
        )
    if head == _OLE:
        if _ENCRYPTION_INFO in ole_body:
            raise RefusedFile(
                Sentence(
                    "Berkas Excel ini dilindungi kata sandi (terenkripsi). Buka di Excel, hapus "
                    "kata sandinya, simpan, lalu impor lagi."
                )
            )
        raise RefusedFile(
            Sentence(
                "Ini berkas Excel lama (.xls). Buka di Excel dan simpan sebagai .xlsx, lalu impor "
                "lagi."
            )
        )
    if not head.startswith(_ZIP):
        raise RefusedFile(
            Sentence("Berkas ini bukan berkas Excel .xlsx. Simpan sebagai .xlsx dari Excel.")
        )
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise RefusedFile(Sentence("Berkas .xlsx ini rusak dan tidak dapat dibuka.")) from exc
    if len(parts) > MAX_PARTS:
        raise RefusedFile(
            Sentence(
                "Berkas .xlsx ini berisi {parts} bagian; maksimal {most}. Tidak diimpor.",
                parts=counted(len(parts)),
                most=counted(MAX_PARTS),
            )
        )
    names = {part.filename for part in parts}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise RefusedFile(Sentence("Berkas ini bukan buku kerja Excel .xlsx."))
    total = 0
    for part in parts:
        if part.flag_bits & 0x1:
            raise RefusedFile(
                Sentence("Berkas .xlsx ini terenkripsi; simpan ulang tanpa kata sandi.")
            )
        total += part.file_size
        if part.file_size > 1024 * 1024 and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            ratio = part.file_size // max(part.compress_size, 1)
            raise RefusedFile(
                Sentence(
                    "Berkas .xlsx ini mengembang {ratio} kali saat dibuka (zip bomb); maksimal "
                    "{most} kali. Tidak diimpor.",
                    ratio=counted(ratio),
                    most=counted(MAX_RATIO),
                )
            )
    if total > max_uncompressed:
        raise RefusedFile(
            Sentence(
                "Isi berkas .xlsx ini {size} setelah dibuka; maksimal {most}. Tidak diimpor.",
                size=megabytes(total),
                most=megabytes(max_uncompressed),
            )
        )
    _check_sheets_present(archive_path=path, names=names)


def _check_sheets_present(archive_path: Path, names: set[str]) -> None:
    """Every sheet the workbook lists must be in the zip: openpyxl would otherwise skip it and an
    import would read another sheet, or nothing, without a word."""
    rels = "xl/_rels/workbook.xml.rels"
    if rels not in names:
        raise RefusedFile(
            Sentence("Berkas .xlsx ini tidak lengkap (daftar lembar hilang); tidak diimpor.")
        )
    try:
        with zipfile.ZipFile(archive_path) as archive:
            info = archive.getinfo(rels)
            if info.file_size > 1024 * 1024:
                raise RefusedFile(
                    Sentence("Daftar lembar berkas .xlsx ini terlalu besar; tidak diimpor.")
                )
            root = defused_fromstring(archive.read(rels))
    except (zipfile.BadZipFile, zlib.error, OSError, SyntaxError, DefusedXmlException) as exc:
        raise RefusedFile(Sentence("Berkas .xlsx ini rusak dan tidak dapat dibuka.")) from exc
    for rel in root:
        if not str(rel.get("Type", "")).endswith("/worksheet"):
            continue
        target = str(rel.get("Target", "")).lstrip("/")
        part = target if target.startswith("xl/") else f"xl/{target}"
        if part not in names:
            raise RefusedFile(
                Sentence(
                    "Berkas .xlsx ini tidak lengkap: lembar {sheet} hilang. Simpan ulang dari "
                    "Excel, lalu impor lagi.",
                    sheet=target,
                )
            )


# What openpyxl and the XML parser raise on a damaged part: a cut-off sheet (ParseError is a
# SyntaxError), a broken styles.xml (TypeError/AttributeError/ValueError from the reader), a part
# the workbook names but the zip lacks (KeyError), a damaged deflate stream (zlib.error, EOFError).
BROKEN = (InvalidFileException, zipfile.BadZipFile, zlib.error, EOFError, KeyError, IndexError,
          ValueError, TypeError, AttributeError, SyntaxError, DefusedXmlException)  # fmt: skip


def unreadable(path: Path, exc: BaseException) -> RefusedFile:
    """The one message for a workbook that passed the checks but cannot be parsed."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return RefusedFile(
                Sentence(
                    "Berkas {name} berisi XML berbahaya (entitas); tidak diimpor.", name=path.name
                )
            )
        cause = cause.__cause__ or cause.__context__
    return RefusedFile(
        Sentence(
            "Berkas {name} rusak dan tidak dapat dibaca; buka di Excel, simpan ulang sebagai "
            ".xlsx, lalu impor lagi.",
            name=path.name,
        )
    )


@contextmanager
def open_xlsx(
    path: Path, *, max_bytes: int | None = None, max_uncompressed: int | None = None
) -> Iterator[Any]:
    """Every xlsx import path opens its file here: the checks above, then openpyxl (read-only,
    values only), with any parse failure while reading turned into one RefusedFile."""
    check_xlsx(path, max_bytes=max_bytes, max_uncompressed=max_uncompressed)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise unreadable(path, exc) from exc
    except BROKEN as exc:
        raise unreadable(path, exc) from exc
    try:
        yield book
    except BROKEN as exc:
        raise unreadable(path, exc) from exc
    finally:
        book.close()
