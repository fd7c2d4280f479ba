"""Hostile and broken .xlsx files, one builder each, for the import-path probes.

Each returns the path it wrote. They start from a real workbook (openpyxl) and break one thing,
as an attacker or an unlucky USB stick would.
"""

import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def plain(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["NIK", "Nama Lengkap", "Status"])
    for n in range(30):
        sheet.append([f"36020157089500{n:02d}", f"Peserta {n}", "bekerja"])
    book.save(path)
    return path


def _rewrite(path: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    source = plain(path.with_name(path.stem + "-asal.xlsx"))
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = change(item.filename, src.read(item.filename))
            if data is not None:
                out.writestr(item.filename, data)
    source.unlink()
    return path


def not_a_zip(path: Path) -> Path:
    path.write_text("NIK;Nama\n3602015708950001;Siti\n", encoding="utf-8")
    return path


def old_xls(path: Path) -> Path:
    path.write_bytes(OLE + b"\0" * 4096)
    return path


def password_protected(path: Path) -> Path:
    path.write_bytes(OLE + b"\0" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def truncated_zip(path: Path) -> Path:
    data = plain(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zip_bomb(path: Path) -> Path:
    """A sheet part that inflates 1 000 times (50 MB from ~50 kB)."""

    def change(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            return data.replace(b"</sheetData>", b"</sheetData><!--" + b" " * 50_000_000 + b"-->")
        return data

    return _rewrite(path, change)


def too_many_parts(path: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        return data

    _rewrite(path, change)
    with zipfile.ZipFile(path, "a") as out:
        for n in range(5001):
            out.writestr(f"customXml/item{n}.xml", b"<a/>")
    return path


def not_a_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("word/document.xml", b"<w/>")
    return path


def cut_off_sheet(path: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        return data[: len(data) // 2] if name == "xl/worksheets/sheet1.xml" else data

    return _rewrite(path, change)


def broken_styles(path: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        return b"<styleSheet><numFmts count='x'><<" if name == "xl/styles.xml" else data

    return _rewrite(path, change)


def missing_sheet(path: Path) -> Path:
    def change(name: str, data: bytes) -> bytes | None:
        return None if name == "xl/worksheets/sheet1.xml" else data

    return _rewrite(path, change)


def entity_expansion(path: Path) -> Path:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )

    def change(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            body = data.split(b"?>", 1)[-1]
            return laughs + body.replace(b"Peserta 1<", b"&lol2;<")
        return data

    return _rewrite(path, change)


HOSTILE: dict[str, Callable[[Path], Path]] = {
    "bukan-zip": not_a_zip,
    "xls-lama": old_xls,
    "berkata-sandi": password_protected,
    "kosong": empty,
    "zip-terpotong": truncated_zip,
    "zip-bomb": zip_bomb,
    "terlalu-banyak-bagian": too_many_parts,
    "bukan-buku-kerja": not_a_workbook,
    "lembar-terpotong": cut_off_sheet,
    "styles-rusak": broken_styles,
    "lembar-hilang": missing_sheet,
    "entitas-xml": entity_expansion,
}
