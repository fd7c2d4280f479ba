"""Checking an .xlsx before any XML parser sees it: size, real zip, no encryption, no zip bomb.

An .xlsx is a zip of XML parts. Everything here reads only the zip's directory, so a hostile file
is refused before it can cost memory or time; the XML itself is then parsed by openpyxl through
defusedxml (entity expansion and external entities refused).
"""

import zipfile
from pathlib import Path

import openpyxl.xml

from blkdesk.core.errors import ValidationError

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
        raise RefusedFile("Pustaka defusedxml belum terpasang; pasang ulang BLKDesk.")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
            ole_body = handle.read(64 * 1024) if head == _OLE else b""
    except OSError as exc:
        raise RefusedFile(f"Berkas tidak dapat dibaca: {exc.strerror}.") from exc
    if size > max_bytes:
        raise RefusedFile(
            f"Berkas terlalu besar ({size // (1024 * 1024)} MB); maksimal "
            f"{max_bytes // (1024 * 1024)} MB. Pisahkan menjadi beberapa berkas."
        )
    if head == _OLE:
        if _ENCRYPTION_INFO in ole_body:
            raise RefusedFile(
                "Berkas Excel ini dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata "
                "sandinya, simpan, lalu impor lagi."
            )
        raise RefusedFile(
            "Ini berkas Excel lama (.xls). Buka di Excel dan simpan sebagai .xlsx, lalu impor lagi."
        )
    if not head.startswith(_ZIP):
        raise RefusedFile("Berkas ini bukan berkas Excel .xlsx. Simpan sebagai .xlsx dari Excel.")
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise RefusedFile("Berkas .xlsx ini rusak dan tidak dapat dibuka.") from exc
    if len(parts) > MAX_PARTS:
        raise RefusedFile("Berkas .xlsx ini berisi terlalu banyak bagian; tidak diimpor.")
    names = {part.filename for part in parts}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise RefusedFile("Berkas ini bukan buku kerja Excel .xlsx.")
    total = 0
    for part in parts:
        if part.flag_bits & 0x1:
            raise RefusedFile("Berkas .xlsx ini terenkripsi; simpan ulang tanpa kata sandi.")
        total += part.file_size
        if part.file_size > 1024 * 1024 and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            raise RefusedFile(
                "Berkas .xlsx ini mengembang berlebihan saat dibuka (zip bomb); tidak diimpor."
            )
    if total > max_uncompressed:
        raise RefusedFile("Isi berkas .xlsx ini terlalu besar setelah dibuka; tidak diimpor.")
